import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Dropdown, Empty, Select, Space, Steps, Tag } from 'antd';
import { FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { APPRAISAL_STEPS, APPRAISAL_STEP_LABELS, BALLOT_MODE_LABELS, type Branch } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { isOrganAdmin } from '../../../lib/access';
import { downloadFile } from '../../../lib/files';
import { optionsOf } from '../../../lib/labels';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import {
  appraisalPath,
  appraisalsPath,
  ballotSheetPdfPath,
  registerPdfPath,
  tallyPdfPath,
  updateAppraisal,
  type Appraisal,
  type AppraisalListItem,
  type AppraisalStepCode,
} from '../api';
import { AdvanceBar } from '../components/AdvanceBar';
import { BallotForm } from '../components/BallotForm';
import { GradingStep } from '../components/GradingStep';
import { MemberAppraisalView } from '../components/MemberAppraisalView';
import { PeerReviewStep } from '../components/PeerReviewStep';
import { SelfReviewStep } from '../components/SelfReviewStep';
import { StartAppraisalModal, useAppraisalMeetings } from '../components/StartAppraisalModal';
import { TallyStep } from '../components/TallyStep';
import '../../lifeMeetings/life.css';

const WORK_STEPS = APPRAISAL_STEPS.filter((s) => s !== 'done');

/** 民主评议党员 of a branch and year (LIFE-9): the four steps in order, each with what is to be filled; a member's own part. */
export default function AppraisalPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<{ items: AppraisalListItem[] }>(appraisalsPath(id, year));
  const item = list.data?.items.find((x) => x.year === year) ?? list.data?.items[0];
  const detail = useApi<Appraisal>(item ? appraisalPath(item.id) : null);
  const a = detail.data && detail.data.id === item?.id ? detail.data : undefined;
  const [starting, setStarting] = useState(false);
  const [view, setView] = useState<AppraisalStepCode | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const canStart = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);
  const meetings = useAppraisalMeetings(id, year);
  const changed = () => detail.reload();

  const current = a ? (a.step === 'done' ? 'grading' : a.step) : 'selfReview';
  const shown = view ?? current;
  const fullView = !!a && (a.viewer.manage || a.members.length > 1 || a.blockers.length > 0);

  const pdf = async (key: string, path: string, name: string) => {
    setBusy(key);
    try {
      await downloadFile(path, name);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const set = async (body: Parameters<typeof updateAppraisal>[1]) => {
    if (!a) return;
    try {
      await updateAppraisal(a.id, body);
      void message.success('已保存');
      changed();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const bn = branch.data?.shortName ?? '';

  return (
    <div className="lf-page">
      <PageHeader
        title="民主评议党员"
        sub={branch.data ? `${branch.data.fullName} · ${year}年度` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {a && fullView && (
              <Dropdown
                menu={{
                  items: [
                    { key: 'register', label: '民主评议党员登记表' },
                    { key: 'sheet', label: '民主测评表（空白选票）' },
                    { key: 'tally', label: '民主测评汇总表' },
                  ],
                  onClick: ({ key }) =>
                    void (key === 'register'
                      ? pdf(key, registerPdfPath(a.id), `${bn}${year}年民主评议党员登记表.pdf`)
                      : key === 'sheet'
                        ? pdf(key, ballotSheetPdfPath(a.id), `${bn}${year}年民主测评表.pdf`)
                        : pdf(key, tallyPdfPath(a.id), `${bn}${year}年民主测评汇总表.pdf`)),
                }}
              >
                <Button icon={<FilePdfOutlined aria-hidden />} loading={!!busy}>
                  打印表格
                </Button>
              </Dropdown>
            )}
          </>
        }
      />
      <PageState loading={(list.loading && !list.data) || (!!item && detail.loading && !a)} error={list.error ?? detail.error} onRetry={() => { list.reload(); detail.reload(); }}>
        {!item ? (
          <Card>
            <Empty description={`${year}年度尚未开展民主评议党员`}>
              {canStart && (
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setStarting(true)}>
                  开展民主评议
                </Button>
              )}
            </Empty>
          </Card>
        ) : (
          a && (
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              <Card size="small">
                <Steps
                  className="lf-steps"
                  size="small"
                  responsive={false}
                  titlePlacement={mobile ? 'vertical' : 'horizontal'}
                  current={WORK_STEPS.indexOf(current as (typeof WORK_STEPS)[number])}
                  status={a.step === 'done' ? 'finish' : 'process'}
                  onChange={fullView ? (i) => setView(WORK_STEPS[i] ?? null) : undefined}
                  items={WORK_STEPS.map((s) => ({
                    title: APPRAISAL_STEP_LABELS[s],
                    content: mobile ? undefined : s === 'peerReview' ? a.peerReviewedOn : s === 'ballot' ? a.ballotedOn : s === 'grading' ? a.gradedOn : a.startedOn,
                  }))}
                />
                <div className="lf-row">
                  {a.step === 'done' ? <Tag color="green">已完成</Tag> : <Tag color="processing">当前：{APPRAISAL_STEP_LABELS[a.step]}</Tag>}
                  <span className="lf-item-meta">开始于 {a.startedOn}</span>
                  {a.viewer.manage && (a.step === 'selfReview' || a.step === 'peerReview') ? (
                    <>
                      <Select
                        size="small"
                        aria-label="评议会议"
                        style={{ minWidth: 200 }}
                        allowClear
                        placeholder="选择评议会议"
                        value={a.meetingId ?? undefined}
                        options={meetings}
                        onChange={(v: string | undefined) => void set({ meetingId: v ?? null })}
                      />
                      <Select size="small" aria-label="测评方式" value={a.ballotMode} options={optionsOf(BALLOT_MODE_LABELS)} onChange={(v) => void set({ ballotMode: v })} />
                    </>
                  ) : (
                    <>
                      <span className="lf-item-meta">{BALLOT_MODE_LABELS[a.ballotMode]}</span>
                      {a.meetingId && <Link to={`/meetings/${a.meetingId}`}>查看评议会议</Link>}
                    </>
                  )}
                </div>
              </Card>
              {fullView ? (
                <Card size="small" title={APPRAISAL_STEP_LABELS[shown]}>
                  {shown === 'selfReview' && <SelfReviewStep a={a} today={me.today} onChanged={changed} />}
                  {shown === 'peerReview' && <PeerReviewStep key={a.step} a={a} today={me.today} onChanged={changed} />}
                  {shown === 'ballot' && <TallyStep key={a.step} a={a} today={me.today} onChanged={changed} />}
                  {(shown === 'grading' || shown === 'done') && <GradingStep key={a.step} a={a} today={me.today} onChanged={changed} />}
                  {shown === current && <AdvanceBar a={a} onChanged={changed} />}
                </Card>
              ) : (
                <MemberAppraisalView a={a} onChanged={changed} />
              )}
              {fullView && (a.viewer.canVote || a.viewer.hasVoted) && (
                <Card size="small" title="我的选票">
                  {a.viewer.hasVoted ? <span>您已投票</span> : <BallotForm a={a} onVoted={changed} />}
                </Card>
              )}
            </Space>
          )
        )}
      </PageState>
      {starting && (
        <StartAppraisalModal
          branchId={id}
          year={year}
          today={me.today}
          onCancel={() => setStarting(false)}
          onStarted={() => {
            setStarting(false);
            void message.success('已开始，请各党员填写个人自评');
            list.reload();
          }}
        />
      )}
    </div>
  );
}
