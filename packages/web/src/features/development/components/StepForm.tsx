import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { STEP_OUTCOME_LABELS, type PersonRow } from '@zhibu/schemas';
import { errorMessage, qs } from '../../../api/client';
import { fromDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { noEnterSubmit } from './noEnterSubmit';
import { checkStep, recordStep, type DevIssue, type DevStepInput, type Development } from '../api';

interface Values {
  step: number;
  doneOn: Dayjs;
  actor: string;
  responsiblePersonId?: string;
  note?: string;
  personIds?: string[];
  result?: 'passed' | 'failed';
  trainingDays?: number;
  trainingHours?: number;
  trainingException?: string;
  expected?: number;
  present?: number;
  writtenOpinions?: number;
  yes?: number;
  no?: number;
  abstain?: number;
  outcome?: DevStepInput['data']['outcome'];
  extensionMonths?: number;
  specialNote?: string;
  groupName?: string;
}

const num = (label: string, name: keyof Values, required = false) => (
  <Form.Item key={name} name={name} label={label} rules={required ? [{ required: true, message: `请填写${label}` }] : []}>
    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
  </Form.Item>
);

/** The next step's form: its own fields; the rules' errors and warnings are shown before anything is saved. */
export function StepForm({ file, onSaved }: { file: Development; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [issues, setIssues] = useState<{ errors: DevIssue[]; warnings: DevIssue[] } | null>(null);
  const confirmed = useRef(false);
  const [busy, setBusy] = useState(false);
  const members = useApi<{ items: PersonRow[] }>(`/api/persons${qs({ branchId: file.branch.id, category: 'full', limit: 500 })}`);
  const step: number = Form.useWatch('step', form) ?? file.next[0];
  const def = file.stepDefs.find((s) => s.no === step);
  useEffect(() => {
    form.setFieldsValue({ step: file.next[0] });
  }, [file.next, form]);

  const input = (v: Values): DevStepInput => ({
    step: v.step,
    doneOn: fromDayjs(v.doneOn)!,
    actor: v.actor,
    responsiblePersonId: v.responsiblePersonId ?? null,
    note: v.note ?? null,
    data: Object.fromEntries(
      (['personIds', 'result', 'trainingDays', 'trainingHours', 'trainingException', 'expected', 'present', 'writtenOpinions', 'yes', 'no', 'abstain', 'outcome', 'extensionMonths', 'specialNote', 'groupName'] as const)
        .filter((k) => v[k] !== undefined && v[k] !== null && v[k] !== '')
        .map((k) => [k, v[k]]),
    ),
  });

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body = input(v);
      if (!confirmed.current) {
        const c = await checkStep(file.id, body);
        setIssues(c);
        if (c.errors.length > 0 || c.warnings.length > 0) return;
      }
      const saved = await recordStep(file.id, body);
      void message.success(saved.warnings.length ? '已保存（有提醒）' : '已保存');
      setIssues(null);
      confirmed.current = false;
      form.resetFields(['doneOn', 'note', 'personIds', 'result', 'trainingDays', 'trainingHours', 'trainingException', 'expected', 'present', 'writtenOpinions', 'yes', 'no', 'abstain', 'outcome', 'extensionMonths', 'specialNote', 'groupName']);
      onSaved();
    } catch (e) {
      setIssues({ errors: [{ rule: '', message: errorMessage(e) }], warnings: [] });
    } finally {
      setBusy(false);
    }
  };

  const people = (label: string, max: number) => (
    <Form.Item name="personIds" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <Select mode="multiple" maxCount={max} showSearch={{ optionFilterProp: 'label' }} options={(members.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
    </Form.Item>
  );
  const votes = [num('应到会有表决权的正式党员数', 'expected', true), num('实到会人数', 'present', true), num('会前书面意见数', 'writtenOpinions'), num('赞成票', 'yes', true), num('不赞成票', 'no'), num('弃权票', 'abstain')];
  const outcomes = (values: readonly (keyof typeof STEP_OUTCOME_LABELS)[]) => (
    <Form.Item name="outcome" label={step === 17 || step === 24 ? '审批结果' : '讨论结果'} rules={[{ required: step !== 24, message: '请选择结果' }]}>
      <Radio.Group options={values.map((o) => ({ value: o, label: STEP_OUTCOME_LABELS[o] }))} />
    </Form.Item>
  );
  const outcome = Form.useWatch('outcome', form);
  const special = (
    <Form.Item name="specialNote" label="特殊情况说明（超过3个月审批时必填）">
      <Input maxLength={500} />
    </Form.Item>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ step: file.next[0], actor: '' }}
      onValuesChange={() => {
        setIssues(null);
        confirmed.current = false;
      }}
      onFinish={(v) => void submit(v)}
      aria-label="办理下一步"
      onKeyDown={noEnterSubmit}
    >
      <Form.Item name="step" label="步骤">
        <Select options={file.next.map((n) => ({ value: n, label: `第${n}步 ${file.stepDefs.find((s) => s.no === n)?.name ?? ''}` }))} />
      </Form.Item>
      {def && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          title={`由${def.actor}办理；材料：${def.records.join('、')}${def.limit ? `；时限：${def.limit}` : ''}`}
        />
      )}
      <Form.Item name="doneOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="actor" label="办理人" rules={[{ required: true, message: '请填写办理人' }]} extra="谁做的，如“支部委员会”“张三（组织委员）”">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="responsiblePersonId" label="责任人">
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(members.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      {step === 5 && people('培养联系人（1至2名正式党员）', 2)}
      {step === 9 && people('入党介绍人（2名正式党员）', 2)}
      {(step === 10 || step === 13) && (
        <Form.Item name="result" label={step === 10 ? '政审结论' : '预审结果'} rules={[{ required: true, message: '请选择结论' }]}>
          <Radio.Group
            options={[
              { value: 'passed', label: step === 10 ? '合格' : '通过' },
              { value: 'failed', label: step === 10 ? '不合格' : '未通过' },
            ]}
          />
        </Form.Item>
      )}
      {step === 11 && (
        <>
          {num('培训天数', 'trainingDays')}
          {num('培训学时', 'trainingHours')}
          <Form.Item name="trainingException" label="未达3天或24学时的特殊情况及批准文件">
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
      {(step === 15 || step === 23) && votes}
      {step === 17 && (
        <>
          {outcomes(['approved', 'rejected'])}
          {special}
        </>
      )}
      {step === 23 && outcomes(['confirm', 'extend', 'cancel'])}
      {step === 24 && (
        <>
          {outcomes(['confirm', 'extend', 'cancel'])}
          {special}
        </>
      )}
      {(step === 23 || step === 24) && outcome === 'extend' && num('延长预备期（月，6至12）', 'extensionMonths', true)}
      {step === 19 && (
        <Form.Item name="groupName" label="编入的党小组">
          <Input maxLength={100} />
        </Form.Item>
      )}
      <Form.Item name="note" label="情况记录">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {issues && issues.errors.length > 0 && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title="不能保存" description={<ul className="dev-issues">{issues.errors.map((e, i) => <li key={i}>{e.message}</li>)}</ul>} />
      )}
      {issues && issues.errors.length === 0 && issues.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title="时限提醒"
          description={<ul className="dev-issues">{issues.warnings.map((e, i) => <li key={i}>{e.message}</li>)}</ul>}
        />
      )}
      <Space>
        {issues && issues.errors.length === 0 && issues.warnings.length > 0 ? (
          <Button
            type="primary"
            loading={busy}
            onClick={() => {
              confirmed.current = true;
              form.submit();
            }}
          >
            确认保存
          </Button>
        ) : (
          <Button type="primary" htmlType="submit" loading={busy}>
            保存
          </Button>
        )}
      </Space>
    </Form>
  );
}
