import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Space, Steps, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { electionPath, type Election } from '../api';
import { ELECTION_STATUS_COLORS } from '../components/committeeUtils';
import { DecisionStep } from '../components/DecisionStep';
import { AttachmentList } from '../../attachments/AttachmentList';
import { EarlyApprovalModal } from '../components/EarlyApprovalModal';
import { ElectionMeetingCard } from '../components/ElectionMeetingCard';
import { NomineesStep } from '../components/NomineesStep';
import { ResultStep } from '../components/ResultStep';
import { ResultSummary } from '../components/ResultSummary';
import { SubmitStep } from '../components/SubmitStep';
import '../committees.css';

/** How far an election has come: 0 候选人, 1 选举结果, 2 报批, 3 机关党委审批. */
function reached(e: Election): number {
  switch (e.status) {
    case 'draft':
      return e.nominees.length >= e.minNominees ? 1 : 0;
    case 'held':
      return 2;
    case 'submitted':
    case 'returned':
    case 'approved':
      return 3;
  }
}

/** 换届选举 / 补选: nominees, the result from the meeting, submission, and the 机关党委's decision (R-ELECT). */
export default function ElectionPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const { data: e, error, loading, reload } = useApi<Election>(electionPath(id));
  const [step, setStep] = useState<number | null>(null);
  const [early, setEarly] = useState(false);
  const top = e ? reached(e) : 0;
  const current = step ?? top;

  // a new status (saved result, submission, decision) moves the page to the step it opens
  useEffect(() => setStep(null), [e?.status]);

  /** after a write: a message (unless the action showed its own), back to the step the status opens */
  const saved = (msg: string | null, stay = false) => {
    if (msg) void message.success(msg);
    if (!stay) setStep(null);
    reload();
  };

  const stepStatus = (i: number): 'wait' | 'process' | 'finish' | 'error' => {
    if (!e) return 'wait';
    if (i === 3 && e.status === 'returned') return 'error';
    if (i === 3 && e.status === 'approved') return 'finish';
    return i < top ? 'finish' : i === top ? 'process' : 'wait';
  };

  return (
    <div className="cm-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            <Button
              type="text"
              icon={<ArrowLeftOutlined aria-hidden />}
              onClick={() => (e ? navigate(`/branches/${e.branchId}/committee`) : navigate(-1))}
              aria-label="返回支部委员会"
            />
            {e ? `${e.branchName} · ${ELECTION_KIND_LABELS[e.kind]}` : '选举'}
            {e && <Tag color={ELECTION_STATUS_COLORS[e.status]}>{ELECTION_STATUS_LABELS[e.status]}</Tag>}
          </Space>
        }
        sub={e ? `计划 ${e.plannedOn} 召开党员大会选举，应选${e.seats}人` : undefined}
      />
      <PageState loading={loading && !e} error={error} onRetry={reload}>
        {e && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {e.needsEarlyApproval && (
              <Alert
                type={e.earlyApprovedOn ? 'success' : 'warning'}
                showIcon
                title={e.earlyApprovedOn ? `提前换届已于 ${e.earlyApprovedOn} 经机关党委批准` : '本届尚未届满，提前换届须经机关党委批准'}
                description={e.earlyApprovedOn ? undefined : '机关党委批准后，才能录入选举结果。'}
                action={
                  !e.earlyApprovedOn && e.status === 'draft' && isOrganAdmin(me) ? (
                    <Button size="small" type="primary" onClick={() => setEarly(true)}>批准提前换届</Button>
                  ) : undefined
                }
              />
            )}
            <Card size="small">
              <Steps
                className="el-steps"
                size="small"
                responsive={false}
                titlePlacement={mobile ? 'vertical' : 'horizontal'}
                current={current}
                onChange={(i) => setStep(i)}
                items={['候选人', '选举结果', '报批', mobile ? '审批' : '机关党委审批'].map((title, i) => ({
                  title,
                  status: i === current && stepStatus(i) === 'wait' ? 'process' : stepStatus(i),
                  disabled: i > top,
                }))}
              />
            </Card>
            <Card size="small" className="el-card">
              {current === 0 && <NomineesStep election={e} onSaved={() => saved('候选人已保存', true)} onNext={() => setStep(1)} />}
              {current === 1 &&
                (e.abilities.edit && (e.status === 'draft' || e.status === 'held') ? (
                  <ResultStep key={e.heldOn ?? 'new'} election={e} today={me.today} onSaved={() => saved('选举结果已保存')} />
                ) : (
                  <ResultSummary election={e} />
                ))}
              {current === 2 && <SubmitStep election={e} onSaved={(msg) => saved(msg)} />}
              {current === 3 && <DecisionStep election={e} today={me.today} onSaved={(msg) => saved(msg)} />}
            </Card>
            <ElectionMeetingCard election={e} onSaved={(msg) => saved(msg, true)} />
            <Card size="small" title="选举材料" extra={<span className="el-papers-hint">请示、批复、选票统计表、选举结果报告等扫描件</span>}>
              <AttachmentList entityType="election" entityId={e.id} canWrite={e.abilities.edit || e.abilities.submit || e.abilities.decide} />
            </Card>
          </Space>
        )}
      </PageState>
      {e && early && (
        <EarlyApprovalModal
          election={e}
          today={me.today}
          onClose={() => setEarly(false)}
          onSaved={() => {
            setEarly(false);
            saved('已批准提前换届');
          }}
        />
      )}
    </div>
  );
}
