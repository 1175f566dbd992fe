import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/FormModal';
import { addReduction, type DuesMemberYear } from '../api';

interface Values {
  personId: string;
  months: [Dayjs, Dayjs];
  amount: string;
  reason: string;
  branchDecidedOn: Dayjs;
  approvalRef: string;
  approvedOn: Dayjs;
}

/** 减交或免交: decided by the branch, approved by the next-higher committee (R-DUES-9). */
export function ReductionModal(props: { open: boolean; branchId: string; members: DuesMemberYear[]; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<Values>
      open={props.open}
      title="登记减免"
      initialValues={{ amount: '0' }}
      onCancel={props.onClose}
      onSubmit={async (v) => {
        await addReduction(props.branchId, {
          personId: v.personId,
          fromMonth: v.months[0].format('YYYY-MM'),
          toMonth: v.months[1].format('YYYY-MM'),
          amount: v.amount,
          reason: v.reason,
          branchDecidedOn: v.branchDecidedOn.format('YYYY-MM-DD'),
          approvalRef: v.approvalRef,
          approvedOn: v.approvedOn.format('YYYY-MM-DD'),
        });
        props.onDone();
      }}
    >
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={props.members.map((x) => ({ value: x.person.id, label: x.person.name }))} />
      </Form.Item>
      <Form.Item name="months" label="起止月份" rules={[{ required: true, message: '请选择起止月份' }]}>
        <DatePicker.RangePicker picker="month" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="amount" label="减免后每月交纳（元）" rules={[{ required: true, message: '请填写金额' }]} extra="填 0 为免交">
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="reason" label="减免原因" rules={[{ required: true, message: '请填写减免原因' }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="branchDecidedOn" label="支部研究日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="approvalRef" label="上级党委批准文号或依据" rules={[{ required: true, message: '请填写批准文号' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="approvedOn" label="批准日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
