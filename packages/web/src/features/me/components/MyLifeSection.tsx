import { useState } from 'react';
import { useNavigate } from 'react-router';
import { App, Button, Card, Empty, Space, Tag } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { MEETING_KIND_LABELS, TALK_PURPOSE_LABELS, type MyLife } from '@zhibu/schemas';
import { qs } from '../../../api/client';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useMe } from '../../auth/MeContext';
import { MemberReportModal } from '../../reports/components/MemberReportModal';

type Attendance = MyLife['meetings'][number]['attendance'];
const ATT = { present: { label: '出席', color: 'green' }, onLeave: { label: '请假', color: 'orange' }, absent: { label: '缺席', color: 'red' } } as const;
const PAGE = 10;

function AttendanceTag({ a, planned }: { a: Attendance; planned: boolean }) {
  if (planned) return <Tag color="blue">待召开</Tag>;
  return a ? <Tag color={ATT[a].color}>{ATT[a].label}</Tag> : <Tag>未记录</Tag>;
}

/** 我的组织生活 (issue 5 §10): my meetings and attendance this year, my talks, and what I still owe — phone first. */
export function MyLifeSection() {
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const year = Number(me.today.slice(0, 4));
  const life = useApi<MyLife>(`/api/me/life${qs({ year })}`);
  const [reporting, setReporting] = useState<number | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const d = life.data;
  const owes = (d?.owes ?? []).filter((o) => !o.done);
  const doneOwes = (d?.owes ?? []).filter((o) => o.done);
  const branchId = me.ownBranch?.id;
  const meetings = [...(d?.meetings ?? [])].filter((m) => m.meetingStatus !== 'cancelled').sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  const oweAction = (o: MyLife['owes'][number]) => {
    if (o.kind === 'memberReport') {
      return (
        <Button size="small" type="primary" onClick={() => setReporting(o.year)}>
          提交党员汇报
        </Button>
      );
    }
    if (!branchId) return null;
    return (
      <Button size="small" type="primary" onClick={() => navigate(`/branches/${branchId}/appraisals${o.year === year ? '' : `?year=${o.year}`}`)}>
        {o.kind === 'selfReview' ? '去填写' : '去投票'}
      </Button>
    );
  };

  return (
    <PageState loading={life.loading && !d} error={life.error} onRetry={life.reload}>
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title="待完成" size="small">
            {owes.length === 0 ? (
              <span className="lf-tally-ok">
                <CheckCircleOutlined aria-hidden /> 暂无待完成事项
              </span>
            ) : (
              <ul className="lf-list" aria-label="我的待完成事项">
                {owes.map((o) => (
                  <li key={`${o.kind}-${o.year}`} className="lf-item">
                    <div className="lf-item-head">
                      <ExclamationCircleOutlined aria-hidden style={{ color: '#d46b08' }} />
                      <span className="lf-item-title">{o.label}</span>
                      <span className="lf-item-actions">{oweAction(o)}</span>
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {doneOwes.length > 0 && (
              <div className="lf-names" style={{ marginTop: 8 }} aria-label="已完成事项">
                {doneOwes.map((o) => (
                  <Tag key={`${o.kind}-${o.year}`} color="green" icon={<CheckCircleOutlined aria-hidden />}>
                    {o.label}
                  </Tag>
                ))}
              </div>
            )}
          </Card>
          <Card title={`${d.year}年我的组织生活`} size="small">
            <div className="lf-stats" style={{ marginBottom: 8 }} aria-label="出席统计">
              <span>
                出席 <strong className="lf-tally-ok">{d.counts.present}</strong> 次
              </span>
              <span>
                请假 <strong style={{ color: '#d46b08' }}>{d.counts.onLeave}</strong> 次
              </span>
              <span>
                缺席 <strong className={d.counts.absent ? 'lf-tally-bad' : undefined}>{d.counts.absent}</strong> 次
              </span>
            </div>
            {meetings.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今年暂无会议" />
            ) : (
              <ul className="lf-list" aria-label="我的会议">
                {meetings.slice(0, limit).map((m) => (
                  <li key={m.id} className="lf-item">
                    <div className="lf-item-head">
                      <Tag>{MEETING_KIND_LABELS[m.kind]}</Tag>
                      <span className="lf-item-title">{m.title ?? (m.groupName ? `${m.groupName}${MEETING_KIND_LABELS[m.kind]}` : MEETING_KIND_LABELS[m.kind])}</span>
                      <AttendanceTag a={m.attendance} planned={m.meetingStatus === 'planned'} />
                    </div>
                    <div className="lf-item-meta">
                      {m.heldOn} · {m.groupName ?? m.branchName}
                      {m.reason ? ` · ${m.reason}` : ''}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            {meetings.length > limit && (
              <Button type="link" block onClick={() => setLimit((n) => n + PAGE * 3)}>
                显示更多（还有 {meetings.length - limit} 次）
              </Button>
            )}
          </Card>
          <Card title="我的谈心谈话" size="small">
            {d.talks.length === 0 ? (
              <span className="muted">今年暂无谈话记录</span>
            ) : (
              <ul className="lf-list" aria-label="我的谈话">
                {d.talks.map((t) => (
                  <li key={t.id} className="lf-item">
                    <div className="lf-item-head">
                      <span className="lf-item-title">与 {t.withName}</span>
                      <Tag>{(TALK_PURPOSE_LABELS as Record<string, string>)[t.purpose] ?? t.purpose}</Tag>
                    </div>
                    <div className="lf-item-meta">{t.talkedOn}</div>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Space>
      )}
      {reporting !== null && (
        <MemberReportModal
          year={reporting}
          today={me.today}
          onCancel={() => setReporting(null)}
          onSaved={() => {
            setReporting(null);
            void message.success('党员汇报已提交');
            life.reload();
          }}
        />
      )}
    </PageState>
  );
}
