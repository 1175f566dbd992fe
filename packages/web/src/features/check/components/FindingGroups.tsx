import { useState } from 'react';
import { Button, Card, Empty } from 'antd';
import type { Finding } from '../api';
import { clauseTitle, compareClauses, FINDING_STATUS_LABELS, PROBLEM_STATUSES, statusRank } from '../labels';
import { FindingItem } from './FindingItem';
import { FindingStatusTag } from './StatusTag';

interface Group {
  clause: string;
  findings: Finding[];
  worst: number;
}

const isQuiet = (f: Finding) => f.status === 'met' || f.status === 'notApplicable';

/** Findings by clause; the clauses with the worst findings first, and inside each the worst first. */
export function groupByClause(findings: readonly Finding[]): Group[] {
  const byClause = new Map<string, Finding[]>();
  for (const f of findings) byClause.set(f.clause, [...(byClause.get(f.clause) ?? []), f]);
  const groups = [...byClause].map(([clause, list]) => {
    const sorted = [...list].sort((a, b) => statusRank(a.status) - statusRank(b.status));
    return { clause, findings: sorted, worst: statusRank(sorted[0]!.status) };
  });
  return groups.sort((a, b) => a.worst - b.worst || compareClauses(a.clause, b.clause));
}

/** The counts of the statuses that ask for action, as small tags beside a clause heading. */
function ProblemTags({ findings }: { findings: Finding[] }) {
  return (
    <span className="tag-wrap">
      {PROBLEM_STATUSES.map((s) => {
        const n = findings.filter((f) => f.status === s).length;
        return n > 0 ? <FindingStatusTag key={s} status={s} suffix={` ${n}`} /> : null;
      })}
    </span>
  );
}

/** `符合 3 项、不适用 1 项` */
function quietSummary(quiet: Finding[]): string {
  const met = quiet.filter((f) => f.status === 'met').length;
  const na = quiet.length - met;
  return [met && `${FINDING_STATUS_LABELS.met} ${met} 项`, na && `${FINDING_STATUS_LABELS.notApplicable} ${na} 项`].filter(Boolean).join('、');
}

/** One clause: what needs action in full; what is met or does not apply folded into one line until opened. */
function ClauseCard({ group, today, foldQuiet }: { group: Group; today: string; foldQuiet: boolean }) {
  const [open, setOpen] = useState(false);
  const quiet = group.findings.filter(isQuiet);
  const folded = foldQuiet && !open && quiet.length > 0;
  const shown = folded ? group.findings.filter((f) => !isQuiet(f)) : group.findings;
  const title = `${group.clause} ${clauseTitle(group.clause)}`;
  return (
    <Card
      size="small"
      className="check-group"
      title={
        <h3 className="check-group-title">
          <span className="check-clause-id">{group.clause}</span> {clauseTitle(group.clause)}
        </h3>
      }
      extra={<ProblemTags findings={group.findings} />}
    >
      {shown.length > 0 && (
        <ul className="check-findings" aria-label={title}>
          {shown.map((f, i) => (
            <FindingItem key={`${f.rule}-${f.period}-${f.subject?.id ?? ''}-${i}`} finding={f} today={today} />
          ))}
        </ul>
      )}
      {folded && (
        <div className={`check-quiet${shown.length ? '' : ' check-quiet-only'}`}>
          <span>{quietSummary(quiet)}</span>
          <Button type="link" size="small" onClick={() => setOpen(true)} aria-label={`展开${title}中${quietSummary(quiet)}`}>
            展开
          </Button>
        </div>
      )}
    </Card>
  );
}

/**
 * The findings grouped by clause, each clause a card. With `foldQuiet` (no status filter), met and not-applicable
 * findings fold into one line per clause, so that what is wrong stands out.
 */
export function FindingGroups({ findings, today, empty, foldQuiet }: { findings: readonly Finding[]; today: string; empty: string; foldQuiet: boolean }) {
  const groups = groupByClause(findings);
  if (groups.length === 0) return <Empty description={empty} />;
  return (
    <div className="check-groups">
      {groups.map((g) => (
        <ClauseCard key={g.clause} group={g} today={today} foldQuiet={foldQuiet} />
      ))}
    </div>
  );
}
