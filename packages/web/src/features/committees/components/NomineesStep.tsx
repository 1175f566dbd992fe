import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Form, InputNumber, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { COMMITTEE_KIND_LABELS } from '@zhibu/schemas';
import { minNominees, TERM_YEARS } from '@zhibu/domain';
import { applyServerErrors } from '../../../lib/formErrors';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { updateElection, type Election } from '../api';
import { nomineeRule } from './ElectionCreateModal';

interface Values {
  seats: number;
  plannedOn: Dayjs;
  termYears?: number;
  nomineeIds: string[];
}

/** Step 1 候选人: seats, date and nominees; the 差额 rule (R-ELECT-5) blocks the next step until met. */
export function NomineesStep({ election, onSaved, onNext }: { election: Election; onSaved: () => void; onNext: () => void }) {
  const e = election;
  const editable = e.abilities.edit && e.status === 'draft';
  const [editing, setEditing] = useState(false);
  const enough = e.nominees.length >= e.minNominees;

  return (
    <div className="el-step">
      <Alert
        showIcon
        type={enough ? 'success' : 'error'}
        className="el-rule"
        title={nomineeRule(e.seats, e.minNominees)}
        description={enough ? `已确定候选人${e.nominees.length}人，符合要求。` : `现有候选人${e.nominees.length}人，还差${e.minNominees - e.nominees.length}人，不能进行选举。`}
      />
      {editing ? (
        <NomineesForm election={e} onCancel={() => setEditing(false)} onSaved={() => { setEditing(false); onSaved(); }} />
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 4 }}
            items={[
              { key: 'kind', label: '选举产生', children: COMMITTEE_KIND_LABELS[e.committeeKind] },
              { key: 'seats', label: '应选人数', children: `${e.seats}人` },
              { key: 'planned', label: '计划选举日期', children: e.plannedOn },
              ...(e.termYears ? [{ key: 'term', label: '新一届任期', children: `${e.termYears}年` }] : []),
            ]}
          />
          <Typography.Text strong>候选人（{e.nominees.length}人）</Typography.Text>
          <div className="tag-wrap el-nominees" aria-label="候选人名单">
            {e.nominees.length ? e.nominees.map((n) => <Tag key={n.id} className="el-nominee">{n.name}</Tag>) : <Typography.Text type="secondary">尚未确定候选人</Typography.Text>}
          </div>
          <Typography.Paragraph type="secondary" className="cm-form-hint">
            候选人由上届支委会根据多数党员意见提出，报机关党委审查同意后，经党员酝酿确定。选票上候选人按姓氏笔画排列。
          </Typography.Paragraph>
          <Space wrap>
            {editable && <Button onClick={() => setEditing(true)}>修改候选人</Button>}
            <Button type="primary" disabled={!enough} onClick={onNext}>
              下一步：录入选举结果
            </Button>
          </Space>
        </>
      )}
    </div>
  );
}

function NomineesForm({ election: e, onCancel, onSaved }: { election: Election; onCancel: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seats = Form.useWatch('seats', form) ?? e.seats;
  const ids = Form.useWatch('nomineeIds', form) ?? [];
  const needed = seats === e.seats ? e.minNominees : minNominees(seats || 1);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await updateElection(e.id, {
        seats: v.seats,
        plannedOn: fromDayjs(v.plannedOn) ?? e.plannedOn,
        nomineeIds: v.nomineeIds,
        ...(e.kind === 'general' ? { termYears: v.termYears ?? null } : {}),
      });
      onSaved();
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="el-form"
      initialValues={{ seats: e.seats, plannedOn: toDayjs(e.plannedOn) ?? dayjs(), termYears: e.termYears ?? 3, nomineeIds: e.nominees.map((n) => n.personId) }}
      onFinish={save}
    >
      {error && <Alert type="error" showIcon title={error} className="cm-form-alert" role="alert" />}
      <div className="cm-form-row">
        <Form.Item label="应选人数" name="seats" rules={[{ required: true, message: '请填写应选人数' }]}>
          <InputNumber min={1} max={9} precision={0} suffix="人" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="计划选举日期" name="plannedOn" rules={[{ required: true, message: '请选择计划选举日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {e.kind === 'general' && (
          <Form.Item label="新一届任期" name="termYears">
            <Radio.Group optionType="button" options={TERM_YEARS.map((y) => ({ value: y, label: `${y}年` }))} />
          </Form.Item>
        )}
      </div>
      <Form.Item label="候选人" name="nomineeIds" extra="候选人须为本支部有选举权和被选举权的正式党员。">
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择候选人"
          options={e.voters.map((p) => ({ value: p.personId, label: p.name }))}
        />
      </Form.Item>
      <Alert
        showIcon
        className="cm-form-alert"
        type={ids.length >= needed ? 'success' : 'warning'}
        title={`${nomineeRule(seats, needed)}，已选${ids.length}人`}
      />
      <Space>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={busy}>保存候选人</Button>
      </Space>
    </Form>
  );
}
