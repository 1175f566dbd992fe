import { Alert, Button, Card, Descriptions, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { COMMITTEE_KIND_LABELS } from '@zhibu/schemas';
import { daysBetween } from '@zhibu/domain';
import { orDash } from '../../../lib/dates';
import type { BranchCommittees, Committee } from '../api';
import type { CommitteeDialog } from './CommitteeDialogs';
import { countdown, extendedMonths, inOffice } from './committeeUtils';
import { MemberList } from './MemberList';

const vacantFor = (since: string, today: string): string => {
  const days = daysBetween(since, today);
  return days > 0 ? `已空缺${days}天` : '今天出现';
};

/** The term in office: kind, dates, the countdown to 届满 (after extensions), members, vacancies, extensions. */
export function TermCard({ committee, ordinal, abilities, today, byElectionId, onOpen }: {
  committee: Committee;
  /** 第几届 as far as the system's records go (shown once there is a past term to count from) */
  ordinal: number;
  abilities: BranchCommittees['abilities'];
  today: string;
  /** a 补选 under way, to continue instead of starting another */
  byElectionId?: string | undefined;
  onOpen: (d: CommitteeDialog) => void;
}) {
  const navigate = useNavigate();
  const c = committee;
  const extended = c.extendedEndOn !== c.termEndOn;
  const cd = countdown(today, c.extendedEndOn, extended);
  const current = c.members.filter((m) => inOffice(m, today));
  const left = c.members.filter((m) => !inOffice(m, today));
  const open = c.vacancies.filter((v) => !v.filledOn);
  const filled = c.vacancies.filter((v) => v.filledOn);
  const canRecordVacancy = abilities.record || abilities.admin;

  return (
    <Card
      className="cm-term"
      size="small"
      title={
        <div className="cm-term-title">
          <span>{COMMITTEE_KIND_LABELS[c.kind]}</span>
          {ordinal > 1 && <Tag color="red" title="按本系统记录的届次推算">第{ordinal}届</Tag>}
          <Tag color="green">现任</Tag>
        </div>
      }
    >
      <div className={`cm-countdown cm-countdown-${cd.tone}`} role="status">
        <div className="cm-countdown-text">{cd.text}</div>
        <div className="cm-countdown-sub">
          {extended ? `经批准延期${extendedMonths(c)}个月，须于 ${c.extendedEndOn} 前完成换届` : `届满日 ${c.termEndOn}`}
          {cd.tone === 'overdue' && '，应尽快换届选举或报机关党委批准延期'}
          {cd.tone === 'soon' && '，请提前筹备换届选举'}
        </div>
      </div>
      <Descriptions
        size="small"
        className="cm-term-desc"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'start', label: '任期开始', children: c.startOn },
          { key: 'years', label: '每届任期', children: `${c.termYears}年` },
          { key: 'elected', label: '选举日期', children: orDash(c.electedOn) },
          { key: 'end', label: '届满日', children: c.termEndOn },
          ...(extended ? [{ key: 'ext', label: '延期后期限', children: <Typography.Text strong>{c.extendedEndOn}</Typography.Text> }] : []),
        ]}
      />
      {open.map((v) => (
        <Alert
          key={v.id}
          type="warning"
          showIcon
          className="cm-vacancy"
          title={`${v.roleLabel}空缺（${vacantFor(v.arisenOn, today)}）`}
          description={`原任 ${v.personName} 于 ${v.arisenOn} 离任：${v.reason}。应及时召开党员大会补选。`}
          action={
            <div className="cm-vacancy-actions">
              {byElectionId ? (
                <Button size="small" onClick={() => navigate(`/elections/${byElectionId}`)}>查看补选</Button>
              ) : (
                abilities.elect && <Button size="small" onClick={() => onOpen({ kind: 'election', electionKind: 'byElection' })}>补选</Button>
              )}
              {abilities.admin && (
                <Button size="small" onClick={() => onOpen({ kind: 'fill', vacancy: v })}>补缺（任命）</Button>
              )}
            </div>
          }
        />
      ))}
      <Typography.Title level={5} className="cm-section-title">班子成员（{current.length}人）</Typography.Title>
      <MemberList
        members={current}
        onVacancy={canRecordVacancy ? (member) => onOpen({ kind: 'vacancy', member }) : undefined}
        onApprove={abilities.admin ? (member) => onOpen({ kind: 'approval', member }) : undefined}
      />
      {(left.length > 0 || filled.length > 0) && (
        <div className="cm-left">
          <Typography.Text type="secondary">本届变动：</Typography.Text>
          <ul className="cm-plain-list">
            {left.map((m) => (
              <li key={m.id}>
                {m.name}（{m.roleLabel}）{m.endOn} 离任{m.endReason ? `：${m.endReason}` : ''}
              </li>
            ))}
            {filled.map((v) => (
              <li key={v.id}>
                {v.roleLabel}空缺于 {v.filledOn} 由{v.filledBy === 'appointment' ? '机关党委任命' : '补选'}填补{v.filledByName ? `（${v.filledByName}）` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.extensions.length > 0 && (
        <div className="cm-left">
          <Typography.Text type="secondary">延期换届：</Typography.Text>
          <ul className="cm-plain-list">
            {c.extensions.map((e) => (
              <li key={e.id}>
                延期{e.months}个月，{e.approvedOn} 批准{e.docNo ? `（${e.docNo}）` : ''}：{e.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.note && <Typography.Paragraph type="secondary" className="cm-note">备注：{c.note}</Typography.Paragraph>}
    </Card>
  );
}
