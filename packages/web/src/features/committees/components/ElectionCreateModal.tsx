import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { COMMITTEE_KIND_LABELS, ELECTION_KIND_LABELS } from '@zhibu/schemas';
import { minNominees, TERM_YEARS } from '@zhibu/domain';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { createElection, type BranchCommittees, type Committee, type Election } from '../api';
import { inOffice } from './committeeUtils';

interface Values {
  committeeKind: Committee['kind'];
  seats: number;
  termYears?: number;
  plannedOn: Dayjs;
  nomineeIds: string[];
  note?: string;
}

/** The 差额 rule as a sentence for the form and the election page (R-ELECT-5). */
export function nomineeRule(seats: number, needed: number): string {
  return needed > seats ? `应选${seats}人，候选人至少${needed}人（差额不少于20%）` : `应选${seats}人，候选人至少${needed}人`;
}

/** 发起换届选举 / 补选: seats, planned date and the first list of 候选人; the election page takes it from there. */
export function ElectionCreateModal({ data, kind, today, onClose }: {
  data: BranchCommittees;
  kind: Election['kind'];
  today: string;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const current = data.current;
  const openVacancies = current?.vacancies.filter((v) => !v.filledOn).length ?? 0;
  const defaultKind: Committee['kind'] = current?.kind ?? (data.committeeRequired ? 'committee' : 'secretaryOnly');
  const inOfficeCount = current?.members.filter((m) => inOffice(m, today)).length ?? 0;
  const defaultSeats =
    kind === 'byElection' ? Math.max(openVacancies, 1) : defaultKind === 'secretaryOnly' ? 1 : Math.max(inOfficeCount, 3);
  const seats = Form.useWatch('seats', form) ?? defaultSeats;
  const committeeKind = Form.useWatch('committeeKind', form) ?? defaultKind;
  const nominees = Form.useWatch('nomineeIds', form) ?? [];
  const needed = minNominees(seats || 1);

  const submit = async (v: Values) => {
    const e = await createElection(data.branch.id, {
      kind,
      committeeKind: kind === 'general' ? v.committeeKind : defaultKind,
      seats: v.seats,
      termYears: kind === 'general' ? (v.termYears ?? 3) : null,
      plannedOn: fromDayjs(v.plannedOn) ?? today,
      nomineeIds: v.nomineeIds ?? [],
      note: v.note ?? null,
    });
    navigate(`/elections/${e.id}`);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={`${kind === 'general' ? '发起' : ''}${ELECTION_KIND_LABELS[kind]}：${data.branch.shortName}`}
      okText="创建"
      initialValues={{ committeeKind: defaultKind, seats: defaultSeats, termYears: current?.termYears ?? 3, plannedOn: dayjs(today), nomineeIds: [] }}
      onCancel={onClose}
      onSubmit={submit}
    >
      {kind === 'byElection' && (
        <Alert type="info" showIcon className="cm-form-alert" title="补选须先征得机关党委同意，在党员大会上进行，到会人数和当选票数要求与换届选举相同。" />
      )}
      {kind === 'general' && (
        <Form.Item label="选举产生" name="committeeKind" rules={[{ required: true }]}
          extra={data.committeeRequired ? `本支部有正式党员${data.fullMemberCount}名，应设立支部委员会。` : `本支部正式党员${data.fullMemberCount}名，可不设支委会，由党员大会直接选举书记。`}>
          <Radio.Group
            options={(['committee', 'secretaryOnly'] as const).map((k) => ({ value: k, label: COMMITTEE_KIND_LABELS[k] }))}
            onChange={(ev) => form.setFieldValue('seats', ev.target.value === 'committee' ? Math.max(inOfficeCount, 3) : 1)}
          />
        </Form.Item>
      )}
      <div className="cm-form-row">
        <Form.Item label="应选人数" name="seats" rules={[{ required: true, message: '请填写应选人数' }]}
          extra={kind === 'byElection' ? `本届现有${openVacancies}个职务空缺` : committeeKind === 'committee' ? '支委会一般3至5人，为奇数' : '书记1人，必要时加选副书记1人'}>
          <InputNumber
            min={kind === 'general' && committeeKind === 'committee' ? 3 : 1}
            max={committeeKind === 'secretaryOnly' ? 2 : kind === 'byElection' ? Math.max(openVacancies, 1) : 9}
            precision={0}
            style={{ width: '100%' }}
            suffix="人"
          />
        </Form.Item>
        <Form.Item label="计划选举日期" name="plannedOn" rules={[{ required: true, message: '请选择计划选举日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {kind === 'general' && (
          <Form.Item label="新一届任期" name="termYears" rules={[{ required: true, message: '请选择任期' }]}>
            <Radio.Group optionType="button" options={TERM_YEARS.map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
        )}
      </div>
      <Form.Item label="候选人" name="nomineeIds" extra="候选人须为本支部正式党员，可以稍后在选举页面补充。">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择候选人"
          options={data.fullMembers.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      {kind === 'general' && committeeKind === 'committee' && seats > 0 && (
        <Alert
          className="cm-form-alert"
          showIcon
          type={nominees.length >= needed ? 'success' : 'warning'}
          title={`${nomineeRule(seats, needed)}，已选${nominees.length}人`}
        />
      )}
      <Form.Item label="备注" name="note">
        <Input.TextArea maxLength={500} rows={2} placeholder="如：经机关党委同意（可不填）" />
      </Form.Item>
    </FormModal>
  );
}
