import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { branchesPath } from '../../org/api';
import { createExemption, type RuleInfo } from '../api';
import { compareClauses } from '../labels';

interface Values {
  branchId: string;
  rule: string;
  range: [Dayjs, Dayjs];
  reason: string;
}

/** 新增豁免: a branch is excused from one rule over a span of dates, with the 机关党委's reason. */
export function ExemptionModal({ rules, onClose, onSaved }: { rules: RuleInfo[]; onClose: () => void; onSaved: () => void }) {
  const branches = useApi<{ items: Branch[] }>(branchesPath);
  const branchOptions = (branches.data?.items ?? []).filter((b) => b.status === 'active').map((b) => ({ value: b.id, label: b.shortName }));
  const ruleOptions = rules
    .filter((r) => r.scope === 'branch')
    .sort((a, b) => compareClauses(a.clause, b.clause) || a.id.localeCompare(b.id))
    .map((r) => ({ value: r.id, label: `${r.id} ${r.title}` }));

  const submit = async (v: Values) => {
    await createExemption({
      branchId: v.branchId,
      rule: v.rule,
      fromOn: fromDayjs(v.range[0]) ?? '',
      toOn: fromDayjs(v.range[1]) ?? '',
      reason: v.reason.trim(),
    });
    onSaved();
  };

  return (
    <FormModal<Values> open title="新增豁免" okText="保存" onCancel={onClose} onSubmit={submit}>
      <Form.Item label="党支部" name="branchId" rules={[{ required: true, message: '请选择党支部' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={branches.loading} options={branchOptions} placeholder="选择党支部" />
      </Form.Item>
      <Form.Item label="规则" name="rule" rules={[{ required: true, message: '请选择规则' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={ruleOptions} placeholder="选择要豁免的规则" />
      </Form.Item>
      <Form.Item label="豁免期间" name="range" rules={[{ required: true, message: '请选择起止日期' }]} extra="期间内该规则对该支部记为“不适用”，并注明理由。">
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="豁免理由"
        name="reason"
        rules={[
          { required: true, whitespace: true, message: '请填写豁免理由' },
          { min: 2, message: '请填写豁免理由' },
          { max: 300, message: '理由不超过 300 字' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={300} showCount placeholder="如：支部正在合并重组，经机关党委会议同意暂缓换届" />
      </Form.Item>
    </FormModal>
  );
}
