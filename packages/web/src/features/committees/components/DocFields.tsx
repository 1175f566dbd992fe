import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';

/** The date of an act of the 机关党委 (批准, 任命) and the number of its document, as every such form asks them. */
export function DocFields({ dateName, dateLabel, docName = 'docNo', docLabel = '批复文号', maxDate }: {
  dateName: string;
  dateLabel: string;
  docName?: string;
  docLabel?: string;
  maxDate?: Dayjs;
}) {
  return (
    <>
      <Form.Item label={dateLabel} name={dateName} rules={[{ required: true, message: `请选择${dateLabel}` }]}>
        <DatePicker style={{ width: '100%' }} {...(maxDate ? { maxDate } : {})} />
      </Form.Item>
      <Form.Item label={docLabel} name={docName}>
        <Input maxLength={60} placeholder="可不填" />
      </Form.Item>
    </>
  );
}
