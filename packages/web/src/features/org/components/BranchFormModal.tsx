import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { BRANCH_KIND_LABELS, optionsOf } from '../../../lib/labels';
import { createBranch, updateBranch } from '../api';
import { UnitSelect } from './UnitSelect';

interface Values {
  fullName: string;
  shortName: string;
  kind: Branch['kind'];
  unitIds: string[];
  foundedOn: Dayjs | null;
}

interface Props {
  open: boolean;
  /** the branch to edit; absent to create one */
  branch?: Branch;
  onClose: () => void;
  onSaved: (b: Branch) => void;
}

/** Creates or edits a branch: full and short name, kind, units, founding date. */
export function BranchFormModal({ open, branch, onClose, onSaved }: Props) {
  const initial: Partial<Values> = branch
    ? {
        fullName: branch.fullName,
        shortName: branch.shortName,
        kind: branch.kind,
        unitIds: branch.units.map((u) => u.id),
        foundedOn: toDayjs(branch.foundedOn),
      }
    : { kind: 'single', unitIds: [] };

  const submit = async (v: Values) => {
    const body = { ...v, foundedOn: fromDayjs(v.foundedOn) };
    const saved = branch ? await updateBranch(branch.id, body) : await createBranch(body);
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      open={open}
      title={branch ? `编辑党支部：${branch.shortName}` : '新建党支部'}
      okText={branch ? '保存' : '创建'}
      initialValues={initial}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Form.Item label="支部全称" name="fullName" rules={[{ required: true, min: 2, message: '请填写支部全称（至少 2 个字）' }]}>
        <Input placeholder="如：中共××市人大常委会办公厅第一支部委员会" maxLength={80} />
      </Form.Item>
      <Form.Item label="支部简称" name="shortName" rules={[{ required: true, min: 2, message: '请填写支部简称（至少 2 个字）' }]}>
        <Input placeholder="如：办公厅第一党支部" maxLength={40} />
      </Form.Item>
      <Form.Item label="类型" name="kind" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(BRANCH_KIND_LABELS)} optionType="button" />
      </Form.Item>
      <Form.Item
        label="覆盖委室/科室"
        name="unitIds"
        dependencies={['kind']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, v: string[] | undefined) => {
              if (getFieldValue('kind') === 'joint' && (v?.length ?? 0) < 2) throw new Error('联合党支部应覆盖两个及以上委室/科室');
            },
          }),
        ]}
      >
        <UnitSelect />
      </Form.Item>
      <Form.Item label="成立日期" name="foundedOn">
        <DatePicker style={{ width: '100%' }} placeholder="选择日期" />
      </Form.Item>
    </FormModal>
  );
}
