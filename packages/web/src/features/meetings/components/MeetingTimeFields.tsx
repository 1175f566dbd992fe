import { DatePicker, Form, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';

/** `HH:mm` of a picked time, or null. */
export const timeOf = (d: Dayjs | null | undefined): string | null => (d ? d.format('HH:mm') : null);

/** 日期, 开始时间 and 结束时间 of a meeting, on one row; the end must come after the start. */
export function MeetingTimeFields() {
  return (
    <div className="mt-form-row">
      <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="startTime" label="开始时间" className="mt-time">
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="endTime"
        label="结束时间"
        className="mt-time"
        dependencies={['startTime']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v: Dayjs | null | undefined) => {
              const s = timeOf(getFieldValue('startTime') as Dayjs | null | undefined);
              const e = timeOf(v);
              return !e || !s || e > s ? Promise.resolve() : Promise.reject(new Error('结束时间应晚于开始时间'));
            },
          }),
        ]}
      >
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
      </Form.Item>
    </div>
  );
}
