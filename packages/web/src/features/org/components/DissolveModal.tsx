import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { dissolveBranch } from '../api';

interface Values {
  effectiveOn: Dayjs;
  reason: string;
}

/** Dissolves a branch on a date with a reason; the branch stays in the tree as 已撤销 with its history. */
export function DissolveModal({ branch, today, open, onClose, onSaved }: {
  branch: Branch;
  today: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const submit = async (v: Values) => {
    await dissolveBranch(branch.id, fromDayjs(v.effectiveOn) ?? today, v.reason.trim());
    onSaved();
  };
  return (
    <FormModal<Values>
      open={open}
      title={`撤销党支部：${branch.shortName}`}
      okText="确认撤销"
      initialValues={{ effectiveOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="撤销前须将本支部在册人员全部转入其他支部。撤销后支部记录和历史仍保留，不能再录入人员。"
      />
      <Form.Item label="撤销日期" name="effectiveOn" rules={[{ required: true, message: '请选择撤销日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="撤销原因" name="reason" rules={[{ required: true, whitespace: true, min: 2, message: '请填写撤销原因' }]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：机构改革，委室合并" />
      </Form.Item>
    </FormModal>
  );
}
