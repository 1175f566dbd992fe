import { useMemo } from 'react';
import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DUES_METHOD_LABELS, DUES_METHODS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { monthCn, recordPayment, yuan, type DuesGrid } from '../api';

interface Values {
  personId: string;
  months: string[];
  paidOn: Dayjs;
  method: (typeof DUES_METHODS)[number];
  amount?: string;
  receiptNo?: string;
  collectorPersonId?: string;
  paidBy?: string;
  note?: string;
}

/** The months one may pick: 6 back to 6 ahead of today's month, not yet paid, with something due. */
function pickable(grid: DuesGrid, next: DuesGrid | undefined, personId: string | undefined, today: string) {
  const m = grid.members.find((x) => x.person.id === personId);
  const n = next?.members.find((x) => x.person.id === personId);
  if (!m) return [];
  const cells = [...m.months, ...(n?.months ?? [])];
  const [y, mo] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const idx = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
  const now = y * 12 + mo;
  return cells.filter((c) => c.paidFen === null && c.status !== 'notLiable' && c.status !== 'exempt' && idx(c.month) >= now - 12 && idx(c.month) <= now + 6);
}

/** 登记交费: one member, one or several months (default: the oldest unpaid), showing the computed due. */
export function PaymentModal(props: { open: boolean; branchId: string; grid: DuesGrid; next?: DuesGrid; today: string; personId?: string; collectorId?: string; onClose: () => void; onDone: () => void }) {
  const { grid, next, today } = props;
  const [form] = Form.useForm<Values>();
  const personId = Form.useWatch('personId', form) ?? props.personId;
  const months = Form.useWatch('months', form) ?? [];
  const options = useMemo(() => pickable(grid, next, personId, today), [grid, next, personId, today]);
  const due = options.filter((c) => months.includes(c.month)).reduce((s, c) => s + (c.dueFen ?? 0), 0);
  const oldest = options.find((c) => c.status === 'unpaid' || c.status === 'notYetDue');
  return (
    <FormModal<Values>
      open={props.open}
      title="登记交费"
      form={form}
      okText="登记"
      initialValues={{ personId: props.personId, months: oldest ? [oldest.month] : [], paidOn: dayjs(today), method: 'cash', collectorPersonId: props.collectorId }}
      onCancel={props.onClose}
      onSubmit={async (v) => {
        await recordPayment(props.branchId, {
          personId: v.personId,
          months: v.months,
          paidOn: v.paidOn.format('YYYY-MM-DD'),
          method: v.method,
          amount: v.amount?.trim() ? v.amount.trim() : null,
          receiptNo: v.receiptNo ?? null,
          collectorPersonId: v.collectorPersonId ?? null,
          paidBy: v.paidBy ?? null,
          note: v.note ?? null,
        });
        props.onDone();
      }}
    >
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={grid.members.map((m) => ({ value: m.person.id, label: m.person.name }))}
          onChange={(id: string) => {
            const first = pickable(grid, next, id, today).find((c) => c.status === 'unpaid' || c.status === 'notYetDue');
            form.setFieldValue('months', first ? [first.month] : []);
          }}
        />
      </Form.Item>
      <Form.Item name="months" label="交纳月份" rules={[{ required: true, message: '请选择交纳的月份' }]} extra="可多选：补交以前月份或预交（最多6个月）">
        <Select mode="multiple" options={options.map((c) => ({ value: c.month, label: `${monthCn(c.month)}（应交 ${yuan(c.dueFen)} 元）` }))} />
      </Form.Item>
      <Typography.Paragraph>
        应交合计：<strong>{yuan(due)}</strong> 元{months.length > 1 ? `（${months.length} 个月）` : ''}
      </Typography.Paragraph>
      <Form.Item name="paidOn" label="交纳日期" rules={[{ required: true, message: '请选择交纳日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(today), 'day')} />
      </Form.Item>
      <Form.Item name="method" label="交纳方式" rules={[{ required: true }]}>
        <Select options={DUES_METHODS.map((m) => ({ value: m, label: DUES_METHOD_LABELS[m] }))} />
      </Form.Item>
      <Form.Item name="amount" label="每月实交金额（元）" extra="不填即按应交金额；可多交，不能少交">
        <Input inputMode="decimal" placeholder="如 90.00" />
      </Form.Item>
      <Form.Item name="receiptNo" label="收据号">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="collectorPersonId" label="收款人">
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={grid.members.map((m) => ({ value: m.person.id, label: m.person.name }))} />
      </Form.Item>
      <Form.Item name="paidBy" label="代交人" extra="经支部同意由他人代交时填写">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="note" label="备注" extra="补交超过6个月的，须写明原因（经支部同意）">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
