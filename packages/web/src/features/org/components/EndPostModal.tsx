import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { endPost } from '../api';

type Officer = Branch['officers'][number];

/** Ends a directly assigned post on a date (离任). */
export function EndPostModal({ officer, today, open, onClose, onSaved }: {
  officer: Officer;
  today: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const submit = async (v: { endOn: Dayjs }) => {
    await endPost(officer.postId, fromDayjs(v.endOn) ?? today);
    onSaved();
  };
  return (
    <FormModal<{ endOn: Dayjs }>
      open={open}
      title={`免去职务：${officer.name}（${officer.roleLabel}）`}
      okText="确认离任"
      initialValues={{ endOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Form.Item label="离任日期" name="endOn" rules={[{ required: true, message: '请选择离任日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
