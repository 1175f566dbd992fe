import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { PersonSelect } from '../../org/components/PersonSelect';
import { createRectification, updateRectification, type Rectification, type RectificationSource, type RectificationStatus } from '../api';

interface Values {
  source: RectificationSource;
  problem: string;
  measure: string;
  ownerPersonId?: string | null;
  ownerName?: string;
  deadline: Dayjs;
  status?: RectificationStatus;
  progress?: string;
  closedOn?: Dayjs | null;
  carryReason?: string;
}

/** Adds an item to the 整改落实台账, or updates one: progress, 销号 with its date, or 持续整改 with its reason. */
export function RectificationModal(props: { branchId: string; meetingId: string; item?: Rectification; today: string; onCancel: () => void; onSaved: () => void }) {
  const { branchId, meetingId, item, today, onCancel, onSaved } = props;
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const submit = async (v: Values) => {
    const base = {
      source: v.source,
      problem: v.problem.trim(),
      measure: v.measure.trim(),
      ownerPersonId: v.ownerPersonId ?? null,
      ownerName: v.ownerName?.trim() || null,
      deadline: fromDayjs(v.deadline)!,
    };
    if (item) {
      await updateRectification(item.id, {
        ...base,
        status: v.status,
        progress: v.progress?.trim() || null,
        closedOn: v.status === 'closed' ? fromDayjs(v.closedOn) : null,
        carryReason: v.status === 'carriedOver' ? v.carryReason?.trim() || null : null,
      });
    } else {
      await createRectification(meetingId, base);
    }
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      form={form}
      title={item ? `整改事项 ${item.seq}` : '添加整改事项'}
      width={640}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={
        item
          ? {
              source: item.source,
              problem: item.problem,
              measure: item.measure,
              ownerPersonId: item.owner?.id ?? null,
              ownerName: item.owner ? undefined : (item.ownerName ?? undefined),
              deadline: toDayjs(item.deadline) ?? undefined,
              status: item.status,
              progress: item.progress ?? undefined,
              closedOn: toDayjs(item.closedOn ?? today),
              carryReason: item.carryReason ?? undefined,
            }
          : { source: 'selfInspection' }
      }
    >
      <Form.Item name="source" label="问题来源" rules={[{ required: true, message: '请选择问题来源' }]}>
        <Select options={optionsOf(RECTIFICATION_SOURCE_LABELS)} />
      </Form.Item>
      <Form.Item name="problem" label="存在问题" rules={[{ required: true, min: 2, message: '请填写存在问题' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="measure" label="整改措施" rules={[{ required: true, min: 2, message: '请填写整改措施' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <div className="mt-form-row">
        <Form.Item
          name="ownerPersonId"
          label="责任人"
          dependencies={['ownerName']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v) => (v || (getFieldValue('ownerName') as string | undefined)?.trim() ? Promise.resolve() : Promise.reject(new Error('请选择责任人或填写责任人名称'))),
            }),
          ]}
        >
          <PersonSelect branchId={branchId} allowClear placeholder="选择责任人" />
        </Form.Item>
        <Form.Item name="ownerName" label="或责任人/部门名称">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="deadline" label="整改时限" rules={[{ required: true, message: '请选择整改时限' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      {item && (
        <>
          <Form.Item name="status" label="整改状态">
            <Radio.Group optionType="button" options={optionsOf(RECTIFICATION_STATUS_LABELS)} />
          </Form.Item>
          <Form.Item name="progress" label={status === 'closed' ? '完成情况' : '整改进展'} rules={status === 'closed' ? [{ required: true, min: 2, message: '销号须填写完成情况' }] : []}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
          {status === 'closed' && (
            <Form.Item name="closedOn" label="销号日期" rules={[{ required: true, message: '请选择销号日期' }]} extra="销号后请在“佐证”中上传整改完成的材料。">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          )}
          {status === 'carriedOver' && (
            <Form.Item name="carryReason" label="持续整改原因" rules={[{ required: true, min: 2, message: '请填写持续整改的原因' }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
