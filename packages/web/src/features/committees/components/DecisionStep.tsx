import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Radio, Result, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { applyServerErrors } from '../../../lib/formErrors';
import { fromDayjs } from '../../../lib/dates';
import { decideElection, type Election } from '../api';
import { ResultSummary } from './ResultSummary';
import { RolesCorrection } from './RolesCorrection';
import { ReportButton } from './ElectionButtons';

/** Step 4 机关党委审批: the organ approves or returns; the branch sees a return's reason and corrects the posts. */
export function DecisionStep({ election: e, today, onSaved }: {
  election: Election;
  today: string;
  /** after a write, with the message to show (null when the action showed its own) */
  onSaved: (msg: string | null) => void;
}) {
  const navigate = useNavigate();
  if (e.status === 'approved') {
    return (
      <Result
        status="success"
        title="机关党委已批准选举结果"
        subTitle={`${e.decidedOn ?? ''} 批准${e.approvalDocNo ? `（${e.approvalDocNo}）` : ''}，新一届班子已生效。`}
        extra={
          <Space wrap>
            <Button type="primary" onClick={() => navigate(`/branches/${e.branchId}/committee`)}>查看支部委员会</Button>
            <ReportButton election={e} />
          </Space>
        }
      />
    );
  }
  if (e.status === 'returned') return <ReturnedView election={e} onSaved={onSaved} />;
  if (e.status !== 'submitted') return <Typography.Text type="secondary">选举结果报批后，由机关党委审批。</Typography.Text>;
  return (
    <div className="el-step">
      <ResultSummary election={e} />
      {e.abilities.decide ? (
        <DecisionForm election={e} today={today} onSaved={onSaved} />
      ) : (
        <Alert type="info" showIcon title={`已于 ${e.submittedOn ?? ''} 报机关党委审批，请等待批复。`} />
      )}
    </div>
  );
}

interface DecisionValues {
  decision: 'approve' | 'return';
  decidedOn: Dayjs;
  docNo?: string;
  reason?: string;
}

function DecisionForm({ election: e, today, onSaved }: { election: Election; today: string; onSaved: (msg: string) => void }) {
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form) ?? 'approve';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: DecisionValues) => {
    setBusy(true);
    setError(null);
    try {
      await decideElection(e.id, {
        decision: v.decision,
        decidedOn: fromDayjs(v.decidedOn) ?? today,
        docNo: v.decision === 'approve' ? v.docNo?.trim() || null : null,
        reason: v.decision === 'return' ? v.reason?.trim() || null : null,
      });
      onSaved(v.decision === 'approve' ? '已批准选举结果' : '已退回支部');
    } catch (err) {
      setError(applyServerErrors(form, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<DecisionValues> form={form} layout="vertical" className="el-form el-decision" initialValues={{ decision: 'approve', decidedOn: dayjs(today) }} onFinish={submit}>
      <Typography.Title level={5}>机关党委审批</Typography.Title>
      {error && <Alert type="error" showIcon title={error} className="cm-form-alert" role="alert" />}
      <Form.Item name="decision" label="审批意见">
        <Radio.Group optionType="button" buttonStyle="solid" options={[{ value: 'approve', label: '批准' }, { value: 'return', label: '退回' }]} />
      </Form.Item>
      <div className="cm-form-row">
        <Form.Item label={decision === 'approve' ? '批准日期' : '退回日期'} name="decidedOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {decision === 'approve' && (
          <Form.Item label="批复文号" name="docNo">
            <Input maxLength={60} placeholder="如：X机党〔2026〕12号" />
          </Form.Item>
        )}
      </div>
      {decision === 'return' && (
        <Form.Item label="退回原因" name="reason" rules={[{ required: true, min: 2, message: '请填写退回原因，支部将据此修改' }]}>
          <Input.TextArea maxLength={500} rows={3} placeholder="如：副书记人选须另行研究" />
        </Form.Item>
      )}
      <Button type="primary" danger={decision === 'return'} htmlType="submit" loading={busy}>
        {decision === 'approve' ? '批准选举结果' : '退回支部'}
      </Button>
    </Form>
  );
}

function ReturnedView({ election: e, onSaved }: { election: Election; onSaved: (msg: string | null) => void }) {
  return (
    <div className="el-step">
      <Alert type="error" showIcon title={`机关党委于 ${e.decidedOn ?? ''} 退回`} description={`退回原因：${e.returnReason ?? '（未说明）'}`} />
      <ResultSummary election={e} />
      {e.abilities.submit ? (
        <RolesCorrection election={e} title="按退回意见更正职务分工后重新报批" submitLabel="重新报批" onSaved={onSaved} />
      ) : (
        <Typography.Text type="secondary">等待支部更正后重新报批。</Typography.Text>
      )}
    </div>
  );
}
