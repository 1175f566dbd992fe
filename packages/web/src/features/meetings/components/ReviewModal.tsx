import { Form, Input, Radio } from 'antd';
import { FormModal } from '../../../lib/FormModal';
import { reviewMeeting } from '../api';

interface Values {
  action: 'return' | 'spotCheck';
  note: string;
}

/** The 机关党委 returns a submitted record with a reason, or spot-checks it with its own note. */
export function ReviewModal({ meetingId, action, onCancel, onSaved }: { meetingId: string; action: Values['action']; onCancel: () => void; onSaved: () => void }) {
  return (
    <FormModal<Values>
      open
      title="机关党委审核"
      okText="提交"
      initialValues={{ action }}
      onCancel={onCancel}
      onSubmit={async (v) => {
        await reviewMeeting(meetingId, { action: v.action, note: v.note.trim() });
        onSaved();
      }}
    >
      <Form.Item name="action" label="处理方式">
        <Radio.Group
          options={[
            { value: 'return', label: '退回支部补正' },
            { value: 'spotCheck', label: '抽查' },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label="退回原因或抽查意见" rules={[{ required: true, min: 2, message: '请填写退回原因或抽查意见（至少 2 个字）' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
