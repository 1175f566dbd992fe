import { DatePicker, Form, Input, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Group } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { createGroup, updateGroup } from '../api';
import { PersonSelect } from './PersonSelect';

interface Values {
  name: string;
  leaderPersonId: string | null;
  foundedOn?: Dayjs | null;
}

interface Props {
  open: boolean;
  branchId: string;
  /** the group to edit (name, leader); absent to create one */
  group?: Group;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Creates a 党小组 or changes its name and leader. A new group's leader is picked from the branch;
 * an existing group's leader must be one of its own members.
 */
export function GroupFormModal({ open, branchId, group, onClose, onSaved }: Props) {
  const submit = async (v: Values) => {
    if (group) await updateGroup(group.id, { name: v.name.trim(), leaderPersonId: v.leaderPersonId ?? null });
    else await createGroup(branchId, { name: v.name.trim(), leaderPersonId: v.leaderPersonId ?? null, foundedOn: fromDayjs(v.foundedOn) });
    onSaved();
  };
  return (
    <FormModal<Values>
      open={open}
      title={group ? `党小组：${group.name}` : '新建党小组'}
      okText={group ? '保存' : '创建'}
      initialValues={group ? { name: group.name, leaderPersonId: group.leader?.id ?? null } : { leaderPersonId: null }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Form.Item label="党小组名称" name="name" rules={[{ required: true, whitespace: true, min: 2, message: '请填写党小组名称（至少 2 个字）' }]}>
        <Input placeholder="如：第一党小组" maxLength={40} />
      </Form.Item>
      <Form.Item
        label="党小组长"
        name="leaderPersonId"
        extra={group && group.memberCount === 0 ? '本小组暂无成员：请先在花名册中把党员编入本小组，再设组长。' : undefined}
      >
        <PersonSelect branchId={branchId} groupId={group?.id} allowClear placeholder="选择组长（可暂不设）" />
      </Form.Item>
      {!group && (
        <Form.Item label="成立日期" name="foundedOn">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      {!group && (
        <Typography.Text type="secondary">党小组长须为本支部在册党员。</Typography.Text>
      )}
    </FormModal>
  );
}
