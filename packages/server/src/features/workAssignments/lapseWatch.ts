import { addMonthsTo, lapseLevel, lapseWatch, LAPSE_PROCEDURE_TEXT, LAPSE_WARN_MONTHS, lastClosedMonth, monthOfDate, runText, type LapseRun } from '@zhibu/domain';
import type { LapseWatch } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { loadCheckFacts, rangeOf } from '../check/facts.js';
import { talksOf } from '../talks/repository.js';
import { branchForRead } from './access.js';
import { assignmentsOf } from './repository.js';

/**
 * GET /api/branches/:id/lapse-watch (MEM-3): the members of the branch with any counter at 3 months or more, their
 * months, and what the branch has done since (talks, open assignments), with the national procedure as guidance.
 * The same pure watch as the check's MEM-3.lapse-watch, over the same facts.
 */
export async function lapseWatchOf(ctx: Ctx, branchId: string): Promise<LapseWatch> {
  await branchForRead(ctx, ctx.db, branchId);
  const today = ctx.today;
  const year = Number(today.slice(0, 4));
  const facts = await loadCheckFacts(ctx.db, ctx.viewer.organId, rangeOf(year, today), [branchId]);
  const branch = facts.branches.find((b) => b.id === branchId);
  const last = lastClosedMonth(today);
  const base = { asOf: today, lastMonth: last, procedure: LAPSE_PROCEDURE_TEXT };
  if (!branch) return { ...base, emptyMonths: [], members: [] };
  const watch = lapseWatch(branch, today, { recordsStartOn: facts.organ.recordsStartOn }).filter((m) => m.worst >= LAPSE_WARN_MONTHS);
  const held = new Set([...branch.lapse.branchMonths, ...branch.meetings.map((m) => monthOfDate(m.heldOn))]);
  const emptyMonths: string[] = [];
  const startMonth = monthOfDate(facts.organ.recordsStartOn);
  for (let m = `${year}-01`; m <= last; m = addMonthsTo(m, 1)) if (m >= startMonth && !held.has(m)) emptyMonths.push(m);
  if (watch.length === 0) return { ...base, emptyMonths, members: [] };
  const [talks, assignments] = await Promise.all([talksOf(ctx.db, { branchId }), assignmentsOf(ctx.db, branchId)]);
  return {
    ...base,
    emptyMonths,
    members: watch.map(({ person, runs, worst }) => {
      const long = (Object.values(runs) as LapseRun[]).filter((r) => r.months.length >= LAPSE_WARN_MONTHS);
      const since = `${long.map((r) => r.months[0] ?? last).reduce((a, b) => (a < b ? a : b))}-01`;
      return {
        person: { id: person.id, name: person.name },
        level: lapseLevel(worst) === 'limit' ? ('limit' as const) : ('warning' as const),
        runs: long.map((r) => ({ counter: r.counter, months: r.months, capped: r.capped, text: runText(r) })),
        talks: talks
          .filter((t) => t.talkee_person_id === person.id && t.talked_on >= since)
          .map((t) => ({ id: t.id, kind: t.kind, talkedOn: t.talked_on, purpose: t.kind === 'admonition' ? (t.reason ?? '诫勉谈话') : t.topics })),
        openAssignments: assignments.filter((w) => w.person_id === person.id && w.done_on === null).map((w) => ({ id: w.id, title: w.title, dueOn: w.due_on })),
      };
    }),
  };
}
