import { Alert, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { BRANCH_ROLE_LABELS, optionsOf } from '../../../lib/labels';
import { assignPost, type PostRole } from '../api';
import { PersonSelect } from './PersonSelect';

interface Values {
  personId: string;
  role: PostRole;
  startOn: Dayjs;
  note?: string;
}

/** Assigns a direct post (书记 … 委员); used while the branch has no committee record (contracts §4). */
export function PostAssignModal({ branch, today, open, onClose, onSaved }: {
  branch: Branch;
  today: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const submit = async (v: Values) => {
    await assignPost(branch.id, {
      personId: v.personId,
      role: v.role,
      startOn: fromDayjs(v.startOn) ?? today,
      note: v.note?.trim() ? v.note.trim() : null,
    });
    onSaved();
  };
  return (
    <FormModal<Values>
      open={open}
      title={`任命职务：${branch.shortName}`}
      okText="任命"
      initialValues={{ role: 'secretary', startOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="直接任命的职务仅在本支部尚无支委会换届记录时使用；建立支委会记录后，以支委会为准。"
      />
      <Form.Item label="职务" name="role" rules={[{ required: true, message: '请选择职务' }]}>
        <Select options={optionsOf(BRANCH_ROLE_LABELS)} />
      </Form.Item>
      <Form.Item label="任职人员" name="personId" rules={[{ required: true, message: '请选择任职人员' }]} extra="支部委员须为本支部的正式党员。">
        <PersonSelect branchId={branch.id} fullOnly />
      </Form.Item>
      <Form.Item label="任职日期" name="startOn" rules={[{ required: true, message: '请选择任职日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input maxLength={200} placeholder="如：经机关党委批复（可不填）" />
      </Form.Item>
    </FormModal>
  );
}
