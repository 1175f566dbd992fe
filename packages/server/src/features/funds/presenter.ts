import { runningBalances } from '@zhibu/domain';
import { MEETING_KIND_LABELS, type FundEntry, type VenuePlan } from '@zhibu/schemas';
import type { FundEntryRow, VenuePlanRow } from './repository.js';

type Receipt = FundEntry['receipts'][number];

/** The ledger's entries with their running balance (all years: the balance carries over). */
export function presentEntries(rows: readonly FundEntryRow[], receipts: ReadonlyMap<string, Receipt[]>): FundEntry[] {
  const withSeq = rows.map((r, i) => ({ row: r, id: r.id, kind: r.kind, occurredOn: r.occurred_on, amountFen: Number(r.amount_fen), seq: i }));
  return runningBalances(withSeq).map(({ row: r, balanceFen }) => ({
    id: r.id,
    kind: r.kind,
    occurredOn: r.occurred_on,
    amountFen: Number(r.amount_fen),
    title: r.title,
    duesYear: r.dues_year,
    useCategory: r.use_category,
    activityReport: r.activity_report,
    meeting: r.meeting_id ? { id: r.meeting_id, label: `${r.meeting_title ?? MEETING_KIND_LABELS[r.meeting_kind as keyof typeof MEETING_KIND_LABELS] ?? '会议'} ${r.meeting_held_on ?? ''}`.trim() } : null,
    venuePlan: r.venue_plan_id ? { id: r.venue_plan_id, title: r.venue_plan_title ?? '' } : null,
    receipts: receipts.get(r.id) ?? [],
    balanceFen,
  }));
}

export const presentPlan = (p: VenuePlanRow): VenuePlan => ({
  id: p.id,
  branch: { id: p.branch_id, name: p.branch_name },
  year: p.year,
  title: p.title,
  amountFen: Number(p.amount_fen),
  details: p.details,
  status: p.status,
  decidedOn: p.decided_on,
  decisionNote: p.decision_note,
  spentFen: Number(p.spent_fen ?? 0),
});
