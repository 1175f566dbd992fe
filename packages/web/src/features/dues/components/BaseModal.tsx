import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DUES_CATEGORIES, categoryUsesBase, type DuesCategory } from '@zhibu/domain';
import { FormModal } from '../../../lib/FormModal';
import { putBase, yuan, type DuesMemberYear } from '../api';

interface Values {
  personId: string;
  fromMonth: Dayjs;
  category: DuesCategory;
  base?: string;
  fixed?: string;
  note?: string;
}

/** 登记基数: a member's category and base (or a farmer's amount) from a month on. */
export function BaseModal(props: { open: boolean; branchId: string; year: number; members: DuesMemberYear[]; member?: DuesMemberYear; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const category = Form.useWatch('category', form);
  const m = props.member;
  return (
    <FormModal<Values>
      open={props.open}
      title="登记交纳基数"
      form={form}
      initialValues={{
        personId: m?.person.id,
        fromMonth: dayjs(`${props.year}-01-01`),
        category: m?.category ?? 'onJob',
        base: m?.baseFen !== null && m?.baseFen !== undefined ? yuan(m.baseFen) : undefined,
      }}
      onCancel={props.onClose}
      onSubmit={async (v) => {
        await putBase(props.branchId, {
          personId: v.personId,
          fromMonth: v.fromMonth.format('YYYY-MM'),
          category: v.category,
          base: categoryUsesBase(v.category) ? (v.base ?? '') : null,
          fixed: v.category === 'farmer' ? (v.fixed ?? '') : null,
          note: v.note ?? null,
        });
        props.onDone();
      }}
    >
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} disabled={!!m} options={props.members.map((x) => ({ value: x.person.id, label: x.person.name }))} />
      </Form.Item>
      <Form.Item name="fromMonth" label="自何月起" rules={[{ required: true, message: '请选择月份' }]} extra="机关一般每年初核定一次，年内不变">
        <DatePicker picker="month" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="category" label="党费类别" rules={[{ required: true }]}>
        <Select options={DUES_CATEGORIES.map((c) => ({ value: c.value, label: c.label }))} />
      </Form.Item>
      {category && categoryUsesBase(category) && (
        <Form.Item name="base" label="交纳基数（元）" rules={[{ required: true, message: '请填写交纳基数' }]} extra={category === 'retired' ? '离退休费或养老金总额' : '税后相对固定的工资收入'}>
          <Input inputMode="decimal" placeholder="如 6000.00" />
        </Form.Item>
      )}
      {category === 'farmer' && (
        <Form.Item name="fixed" label="每月交纳金额（元）" rules={[{ required: true, message: '请填写金额' }]} extra="0.20—1.00 元">
          <Input inputMode="decimal" placeholder="如 0.50" />
        </Form.Item>
      )}
      <Form.Item name="note" label="备注">
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
