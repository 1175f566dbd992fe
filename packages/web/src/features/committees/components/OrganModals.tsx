import { DocFields } from './DocFields';
import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { MAX_EXTENSION_MONTHS } from '@zhibu/domain';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { appoint, createExtension, fillVacancy, type BranchCommittees, type Committee, type Vacancy } from '../api';
import { extendedMonths } from './committeeUtils';

type People = BranchCommittees['fullMembers'];
const personOptions = (people: People) => people.map((p) => ({ value: p.id, label: p.name }));
const docNo = (s: string | undefined) => s?.trim() || null;

/** 补缺（任命）: the 机关党委 fills a vacancy by appointment instead of a 补选 (R-ORG-7). */
export function FillVacancyModal({ vacancy, people, today, onClose, onSaved }: {
  vacancy: Vacancy;
  people: People;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  type V = { personId: string; on: Dayjs; docNo?: string };
  const submit = async (v: V) => {
    await fillVacancy(vacancy.id, { personId: v.personId, on: fromDayjs(v.on) ?? today, docNo: docNo(v.docNo) });
    onSaved();
  };
  return (
    <FormModal<V> open title={`补缺（任命）：${vacancy.roleLabel}`} okText="任命" initialValues={{ on: dayjs(today) }} onCancel={onClose} onSubmit={submit}>
      <p className="cm-form-hint">原任 {vacancy.personName} 于 {vacancy.arisenOn} 离任（{vacancy.reason}）。空缺一般应由党员大会补选，确有必要时由机关党委指派。</p>
      <Form.Item label="任命人员" name="personId" rules={[{ required: true, message: '请选择任命人员' }]} extra="须为本支部正式党员">
        <Select showSearch={{ optionFilterProp: 'label' }} options={personOptions(people)} placeholder="选择正式党员" />
      </Form.Item>
      <DocFields dateName="on" dateLabel="任命日期" docLabel="文号" />
    </FormModal>
  );
}

/** 延期换届: the 机关党委 approves a later election; at most 12 months in all (选举条例 Art. 3, ORG-3). */
export function ExtensionModal({ committee, today, onClose, onSaved }: {
  committee: Committee;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  type V = { months: number; reason: string; approvedOn: Dayjs; docNo?: string };
  const already = extendedMonths(committee);
  const left = MAX_EXTENSION_MONTHS - already;
  const submit = async (v: V) => {
    await createExtension(committee.id, { months: v.months, reason: v.reason.trim(), approvedOn: fromDayjs(v.approvedOn) ?? today, docNo: docNo(v.docNo) });
    onSaved();
  };
  return (
    <FormModal<V> open title="延期换届" okText="批准延期" initialValues={{ approvedOn: dayjs(today), months: Math.min(6, Math.max(left, 1)) }} onCancel={onClose} onSubmit={submit}>
      <Alert
        className="cm-form-alert"
        showIcon
        type={left > 0 ? 'info' : 'warning'}
        title={`本届届满日 ${committee.termEndOn}。延期换届总计不得超过12个月${already ? `，已延期${already}个月，本次最多${left}个月` : ''}。`}
      />
      <Form.Item label="延期月数" name="months" rules={[{ required: true, message: '请填写延期月数' }]}>
        <InputNumber min={1} max={Math.max(left, 1)} precision={0} suffix="个月" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="延期原因" name="reason" rules={[{ required: true, min: 2, message: '请填写延期原因' }]}>
        <Input.TextArea maxLength={500} rows={2} placeholder="如：机构改革，人员尚未调整到位" />
      </Form.Item>
      <DocFields dateName="approvedOn" dateLabel="批准日期" docLabel="批复文号" />
    </FormModal>
  );
}

/** 任命书记: the 机关党委 appoints or transfers a 书记 / 副书记 (ORG-3). */
export function AppointModal({ committee, people, today, onClose, onSaved }: {
  committee: Committee;
  people: People;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  type V = { role: 'secretary' | 'deputySecretary'; personId: string; on: Dayjs; docNo?: string; reason: string };
  const submit = async (v: V) => {
    await appoint(committee.id, { role: v.role, personId: v.personId, on: fromDayjs(v.on) ?? today, docNo: docNo(v.docNo), reason: v.reason.trim() });
    onSaved();
  };
  return (
    <FormModal<V> open title="任命（调整）书记、副书记" okText="任命" initialValues={{ role: 'secretary', on: dayjs(today) }} onCancel={onClose} onSubmit={submit}>
      <p className="cm-form-hint">机关党委可以调整或指派党支部书记、副书记。</p>
      <Form.Item label="职务" name="role" rules={[{ required: true }]}>
        <Radio.Group optionType="button" options={[{ value: 'secretary', label: '书记' }, { value: 'deputySecretary', label: '副书记' }]} />
      </Form.Item>
      <Form.Item label="任命人员" name="personId" rules={[{ required: true, message: '请选择任命人员' }]} extra="须为本支部正式党员">
        <Select showSearch={{ optionFilterProp: 'label' }} options={personOptions(people)} placeholder="选择正式党员" />
      </Form.Item>
      <Form.Item label="任命日期" name="on" rules={[{ required: true, message: '请选择任命日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="任命原因" name="reason" rules={[{ required: true, min: 2, message: '请填写任命原因' }]}>
        <Input maxLength={200} placeholder="如：原书记调离，经机关党委研究指派" />
      </Form.Item>
      <Form.Item label="文号" name="docNo">
        <Input maxLength={60} placeholder="可不填" />
      </Form.Item>
    </FormModal>
  );
}
