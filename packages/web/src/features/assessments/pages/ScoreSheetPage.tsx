import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Input, Select, Space, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { formatDateTime } from '../../../lib/dates';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useMe } from '../../auth/MeContext';
import { canSeeMatrix } from '../../check/access';
import { actorLabel } from '../../persons/components/historyLabels';
import { assessmentsPath, pts, saveSelfAssessment, sheetPage, sheetPath, type AssessmentList, type ScoreLine, type ScoreSheet } from '../api';
import { ScoreLineView, type SelfDraft } from '../components/ScoreLineView';
import { ScoreModal } from '../components/ScoreModal';
import { byStandard, STATUS_COLORS, standardLabel, statusLabel } from '../labels';
import '../assessments.css';

const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((t, x) => t + (x ?? 0), 0) * 10) / 10;

/** A standard's score out of its points once every item has one; before that, how many are scored. */
function StandardScore({ lines }: { lines: ScoreLine[] }) {
  const done = lines.filter((l) => l.effective !== null).length;
  const points = pts(sum(lines.map((l) => l.item.points)));
  if (done < lines.length) return <span className="muted">已评 {done}/{lines.length} 项 · 满分 {points} 分</span>;
  return <span>{pts(sum(lines.map((l) => l.effective)))}/{points} 分</span>;
}

/**
 * A branch's 考核评分表: every item grouped by standard with the findings' score and its reasons, the branch's self
 * score, the assessor's score, note and evidence, and the score that counts; the branch writes and submits its
 * self-assessment here while the assessment is open, the assessors score here (never their own branch), and once
 * published the stored result shows on top with the reason for each lost point.
 */
export default function ScoreSheetPage() {
  const { id = '', branchId = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const sheet = useApi<ScoreSheet>(sheetPath(id, branchId));
  const list = useApi<AssessmentList>(assessmentsPath);
  const s = sheet.data;
  const [drafts, setDrafts] = useState<Record<string, SelfDraft>>({});
  const [summary, setSummary] = useState('');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [scoring, setScoring] = useState<ScoreLine | null>(null);

  useEffect(() => {
    if (!s) return;
    setDrafts(Object.fromEntries(s.lines.map((l) => [l.item.id, { score: l.selfScore, note: l.selfNote ?? '' }])));
    setSummary(s.submission?.summary ?? '');
    setDirty(false);
  }, [s]);

  const selfAssess = !!s?.abilities.selfAssess;
  const groups = useMemo(() => byStandard(s?.lines ?? [], (l) => l.item.standard), [s]);
  const lostLines = (s?.lines ?? []).filter((l) => l.effective !== null && l.effective < l.item.points);
  const selfTotal = selfAssess ? sum(Object.values(drafts).map((d) => d.score)) : (s?.selfTotal ?? 0);
  const others = (list.data?.items ?? []).filter((a) => a.status !== 'draft');

  const saveSelf = async (submit: boolean) => {
    if (!s) return;
    const over = s.lines.find((l) => (drafts[l.item.id]?.score ?? 0) > l.item.points);
    if (over) {
      void message.error(`${over.item.clause} ${over.item.title}：自评得分不能超过该项分值（${pts(over.item.points)}分）`);
      return;
    }
    setSaving(true);
    try {
      await saveSelfAssessment(id, branchId, {
        items: s.lines.map((l) => ({ itemId: l.item.id, score: drafts[l.item.id]?.score ?? null, note: (drafts[l.item.id]?.note ?? '').trim() })),
        summary: summary.trim(),
        submit,
      });
      void message.success(submit ? '自评已提交' : '自评已保存');
      sheet.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const blanks = (s?.lines ?? []).filter((l) => drafts[l.item.id]?.score === null || drafts[l.item.id]?.score === undefined);
  const fillBlanks = () => {
    setDrafts((ds) => ({ ...ds, ...Object.fromEntries(blanks.map((l) => [l.item.id, { score: l.item.points, note: ds[l.item.id]?.note ?? '' }])) }));
    setDirty(true);
  };
  const submitSelf = () => {
    if (blanks.length > 0) {
      void message.error(`提交自评前请为每一项填写自评得分（尚有${blanks.length}项未填）`);
      return;
    }
    modal.confirm({
      title: '提交自评？',
      content: `自评合计 ${pts(selfTotal)} 分。提交后不能再修改，考核人员将据此评分。`,
      okText: '提交',
      onOk: () => saveSelf(true),
    });
  };

  return (
    <div className="as-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            {canSeeMatrix(me) && (
              <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate(`/assessments/${id}?tab=progress`)} aria-label="返回考核进度" />
            )}
            检查考核
          </Space>
        }
        sub={
          s && (
            <Space wrap size={6}>
              <span>
                {s.branch.name} · {s.assessment.title}
              </span>
              <Tag color={STATUS_COLORS[s.assessment.status]}>{statusLabel(s.assessment.status)}</Tag>
            </Space>
          )
        }
        extra={
          others.length > 1 && others.some((a) => a.id === id) && (
            <Select
              aria-label="选择考核年度"
              value={id}
              style={{ width: 130 }}
              options={others.map((a) => ({ value: a.id, label: `${a.year}年度` }))}
              onChange={(other: string) => void navigate(sheetPage(other, branchId))}
            />
          )
        }
      />
      <PageState loading={sheet.loading && !s} error={sheet.error} onRetry={sheet.reload}>
        {s && (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {s.result && (
              <Alert
                type="success"
                showIcon
                className="as-result"
                title={
                  <span aria-label="考核结果">
                    {s.assessment.year}年度考核结果：总分 <b>{pts(s.result.total)}</b> 分，等次 <b>{s.result.grade}</b>，第{s.result.rank}名/共{s.result.of}个党支部
                  </span>
                }
                description={
                  lostLines.length === 0 ? (
                    '各项均得满分。'
                  ) : (
                    <div>
                      <div>失分项目：</div>
                      <ul className="as-reasons" aria-label="失分项目">
                        {lostLines.map((l) => (
                          <li key={l.item.id}>
                            {l.item.clause} {l.item.title}：扣 {pts(l.item.points - (l.effective ?? 0))} 分{l.reason ? `，${l.reason}` : ''}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )
                }
              />
            )}
            {s.assessment.status === 'open' && canSeeMatrix(me) && !s.abilities.score && (
              <Alert type="warning" showIcon title="这是您本人所在的党支部，不能为其评分。" />
            )}
            {s.assessment.status === 'draft' && <Alert type="info" showIcon title="考核尚未开始，指标确定后由机关党委开始考核。" />}

            <Card size="small">
              <div className="as-totals">
                <span>
                  指标满分 <b>{pts(s.assessment.totalPoints)}</b> 分
                </span>
                <span aria-label="自评合计">
                  自评合计 <b>{pts(selfTotal)}</b> 分
                </span>
                {!s.result && (
                  <span aria-label="当前得分">
                    当前得分 <b>{pts(s.provisionalTotal)}</b> 分<span className="muted">（考核人员评分加达标检查结果，未评的不计）</span>
                  </span>
                )}
              </div>
              {s.submission ? (
                <div className="as-submission">
                  <Tag color="green">已提交自评</Tag>
                  <span className="muted">
                    {actorLabel(s.submission.submittedBy)} 提交于 {formatDateTime(s.submission.submittedAt)}
                  </span>
                  {s.submission.summary && <div className="as-note">{s.submission.summary}</div>}
                </div>
              ) : (
                s.assessment.status === 'open' && (
                  <div className="as-submission">
                    <Tag>未提交自评</Tag>
                    {selfAssess && <span className="muted">请对照每项指标填写自评得分和说明，保存后可继续修改，提交后不能再改。</span>}
                  </div>
                )
              )}
            </Card>

            {groups.map((g) => (
              <Card
                key={g.standard}
                size="small"
                title={standardLabel(g.standard)}
                extra={<StandardScore lines={g.rows} />}
              >
                {g.rows.map((l) => (
                  <ScoreLineView
                    key={l.item.id}
                    line={l}
                    branchId={branchId}
                    self={
                      selfAssess
                        ? {
                            draft: drafts[l.item.id] ?? { score: null, note: '' },
                            onChange: (d) => {
                              setDrafts((ds) => ({ ...ds, [l.item.id]: d }));
                              setDirty(true);
                            },
                          }
                        : undefined
                    }
                    onScore={s.abilities.score ? () => setScoring(l) : undefined}
                  />
                ))}
              </Card>
            ))}

            {selfAssess && (
              <Card size="small" title="自评总结">
                <Input.TextArea
                  aria-label="自评总结"
                  value={summary}
                  maxLength={5000}
                  autoSize={{ minRows: 3, maxRows: 10 }}
                  placeholder="本年度支部标准化建设的主要做法、存在的不足和整改措施"
                  onChange={(e) => {
                    setSummary(e.target.value);
                    setDirty(true);
                  }}
                />
              </Card>
            )}
          </Space>
        )}
        {s && selfAssess && (
          <div className="as-savebar as-savebar-sticky">
            <Button loading={saving} onClick={() => void saveSelf(false)}>
              保存自评
            </Button>
            <Button type="primary" loading={saving} onClick={submitSelf}>
              提交自评
            </Button>
            {blanks.length > 0 && (
              <Button type="link" onClick={fillBlanks}>
                未填的{blanks.length}项按满分填写
              </Button>
            )}
            <span className="muted">{dirty ? '有未保存的修改' : ''}</span>
          </div>
        )}
      </PageState>
      <ScoreModal assessmentId={id} branchId={branchId} line={scoring} onClose={() => setScoring(null)} onSaved={sheet.reload} />
    </div>
  );
}
