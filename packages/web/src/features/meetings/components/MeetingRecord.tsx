import type { ReactNode } from 'react';
import { Alert, Descriptions, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { MEETING_KIND_LABELS } from '@zhibu/schemas';
import { orDash } from '../../../lib/dates';
import type { Meeting } from '../api';
import { durationText, timeText } from '../meetingUtils';
import { ThemeDayDuesLine } from '../../dues/components/ThemeDayDuesLine';

const Tick = ({ ok, children }: { ok: boolean; children: ReactNode }) => (
  <span className={ok ? 'mt-tick-ok' : 'mt-tick-no'}>
    {ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />} {children}
    <span className="mt-sr-only">{ok ? '（已完成）' : '（未完成）'}</span>
  </span>
);

const Numbered = ({ items }: { items: string[] }) =>
  items.length ? (
    <ol className="mt-numbered">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ol>
  ) : (
    <Typography.Text type="secondary">未填写</Typography.Text>
  );

/**
 * The record in the order of the paper 会议记录 (forms.md §1): type, name, time, place, 主持人, 记录人, the counts
 * (computed from the attendance, never typed), those on leave or absent, guests, 议题, 内容/纪要, 决议.
 */
export function MeetingRecord({ m, mobile }: { m: Meeting; mobile: boolean }) {
  const rows = m.attendance;
  const onLeave = rows.filter((r) => !r.guest && r.status === 'onLeave');
  const absent = rows.filter((r) => !r.guest && r.status === 'absent');
  const guests = rows.filter((r) => r.guest);
  const c = m.counts;
  const td = m.themeDay;
  const items: { key: string; label: string; children: ReactNode; span?: number | 'filled' }[] = [
    { key: 'kind', label: '会议类型', children: `${MEETING_KIND_LABELS[m.kind]}${m.groupName ? `（${m.groupName}）` : ''}` },
    { key: 'title', label: '会议名称', children: orDash(m.title) },
    {
      key: 'time',
      label: '时间',
      children: (
        <>
          {timeText(m)}
          {m.durationMinutes !== null && (
            <Typography.Text type={m.kind === 'themeDay' && m.durationMinutes < 60 ? 'danger' : 'secondary'}>
              {' '}
              （{durationText(m.durationMinutes)}）
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'place', label: '地点', children: orDash(m.place) },
    { key: 'host', label: '主持人', children: orDash(m.host?.name) },
    { key: 'recorder', label: '记录人', children: orDash(m.recorder?.name) },
  ];
  if (m.kind === 'partyLecture') {
    items.push({ key: 'lecturer', label: '授课人', children: orDash(m.lecturer?.name ?? m.lecturerName) });
    items.push({ key: 'topic', label: '党课题目', children: orDash(m.topic) });
  }
  items.push({
    key: 'counts',
    label: '出席情况',
    span: 'filled',
    children: (
      <span className="mt-att-counts">
        <span>应到 <strong>{c.expected}</strong> 人</span>
        <span>实到 <strong>{c.present}</strong> 人</span>
        <span>请假 <strong>{c.onLeave}</strong> 人</span>
        <span>缺席 <strong>{c.absent}</strong> 人</span>
        {c.guests > 0 && <span>列席 <strong>{c.guests}</strong> 人</span>}
        {m.quorum && (
          <Tag color={m.quorum.met ? 'green' : 'red'}>
            {m.quorum.met ? '到会人数符合要求' : `到会不足：须超过半数（至少 ${m.quorum.needed} 人）`}
          </Tag>
        )}
      </span>
    ),
  });
  items.push({
    key: 'leave',
    label: '请假人员',
    children: onLeave.length ? onLeave.map((r) => `${r.name}（${r.reason ?? '未填原因'}）`).join('、') : '无',
  });
  items.push({ key: 'absent', label: '缺席人员', children: absent.length ? absent.map((r) => r.name).join('、') : '无' });
  if (guests.length) items.push({ key: 'guests', label: '列席人员', span: 'filled', children: guests.map((r) => r.name).join('、') });
  if (td) {
    items.push({
      key: 'themeDay',
      label: '规定动作',
      span: 'filled',
      children: (
        <div className="mt-ticks">
          <Tick ok={td.recitedConstitution}>集体诵读党章</Tick>
          <Tick ok={td.studied}>组织集中学习{td.studyMaterial ? `：${td.studyMaterial}` : ''}</Tick>
          <ThemeDayDuesLine meetingId={m.id} />
          {td.forms.length > 0 && (
            <span>
              活动形式：
              {td.forms.map((f) => (
                <Tag key={f} color="red" variant="outlined">
                  {f}
                </Tag>
              ))}
            </span>
          )}
        </div>
      ),
    });
  }
  items.push({ key: 'agenda', label: '会议议题', span: 'filled', children: <Numbered items={m.agenda} /> });
  items.push({
    key: 'minutes',
    label: '内容纪要',
    span: 'filled',
    children: m.minutes ? <p className="mt-minutes">{m.minutes}</p> : <Typography.Text type="secondary">未填写</Typography.Text>,
  });
  items.push({ key: 'resolutions', label: '会议决议', span: 'filled', children: <Numbered items={m.resolutions} /> });

  return (
    <>
      {m.reviewStatus === 'returned' && m.returnReason && (
        <Alert type="error" showIcon title="机关党委已退回" description={m.returnReason} style={{ marginBottom: 12 }} />
      )}
      {m.spotCheckNote && <Alert type="info" showIcon title="机关党委抽查意见" description={m.spotCheckNote} style={{ marginBottom: 12 }} />}
      <Descriptions className="mt-record" bordered size="small" column={mobile ? 1 : 2} items={items} />
    </>
  );
}
