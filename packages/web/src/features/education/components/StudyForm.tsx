import { App, Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { STUDY_FORMS, STUDY_FORM_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import type { StudyInput } from '../api';
import { useMe } from '../../auth/MeContext';

/** One study record: date, what, how and hours. */
export function StudyForm({ onSubmit }: { onSubmit: (v: StudyInput) => Promise<unknown> }) {
  const { message } = App.useApp();
  const today = dayjs(useMe().today);
  const [form] = Form.useForm<{ studiedOn: Dayjs; title: string; form: StudyInput['form']; hours?: number }>();
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ studiedOn: today, form: 'self' }}
      onFinish={(v) =>
        void onSubmit({ studiedOn: v.studiedOn.format('YYYY-MM-DD'), title: v.title, form: v.form, hours: v.hours ?? null })
          .then(() => {
            void message.success('学习记录已登记');
            form.resetFields();
          })
          .catch((e: unknown) => void message.error(errorMessage(e)))
      }
    >
      <Form.Item name="studiedOn" label="日期" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="title" label="学习内容" rules={[{ required: true, min: 2, message: '请填写学习内容' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="form" label="形式" rules={[{ required: true }]}>
        <Select options={STUDY_FORMS.map((f) => ({ value: f, label: STUDY_FORM_LABELS[f] }))} />
      </Form.Item>
      <Form.Item name="hours" label="学时（可不填）">
        <InputNumber min={0.1} max={200} step={0.5} precision={1} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        登记
      </Button>
    </Form>
  );
}
