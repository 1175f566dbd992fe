import { assessmentByYear, CLAUSE_TITLES, dashboardMonths, PIPELINE_STAGES, ratio, summarizeCoverage, topUnmetClauses, type CoverageCell } from '@zhibu/domain';
import type { Dashboard, DashboardBranchRow, DashboardMonth } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { invalid } from '../../errors.js';
import { yearOf } from '../check/service.js';
import { recordsStartOf } from '../meetings/repository.js';
import { branchDashboardAccess, organDashboardAccess } from './access.js';
import { checkRuns } from './checkRuns.js';
import { assessmentSeries } from '../assessments/repository.js';
import * as repo from './repository.js';

/**
 * 工作看板 (issue 7 §8): a year's series per month for the organ (the 机关党委, assessors) or one branch (its 支委 too):
 * standards coverage from the check at each month end, 三会一课 held against due, attendance, dues collected, the 发展
 * pipeline, and for the organ one row per branch.
 */
export async function dashboard(ctx: Ctx, q: { year?: number | undefined; branchId?: string | undefined }): Promise<Dashboard> {
  const thisYear = yearOf(ctx.today);
  const year = q.year ?? thisYear;
  const branch = q.branchId ? await branchDashboardAccess(ctx, q.branchId) : (organDashboardAccess(ctx), null);
  if (year > thisYear) throw invalid(`${year}年尚未开始，工作看板只能查看${thisYear}年及以前的年份`);
  const organId = ctx.viewer.organId;
  const start = await recordsStartOf(ctx.db, organId);
  if (year < yearOf(start)) throw invalid(`${year}年早于本机关的启用日期（${start}），没有可查看的记录`);
  const months = dashboardMonths(year, ctx.today);
  const asOf = months.at(-1)!.asOf;
  const scope: repo.DashScope = { organId, months: months.map((m) => m.month), ...(branch ? { branchId: branch.id } : {}) };
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', organId).executeTakeFirstOrThrow();
  const branches = await repo.branchesOf(ctx.db, organId, year, branch?.id);
  const runs = await checkRuns(ctx.db, organId, year, ctx.today, branch ? [branch.id] : undefined);
  // one query per series, each for every branch in scope (one after the other: PGlite has one connection)
  const held = await repo.heldMeetings(ctx.db, scope);
  const att = await repo.attendance(ctx.db, scope);
  const settled = await repo.duesSettled(ctx.db, scope);
  const amounts = await repo.duesAmounts(ctx.db, scope);
  const pipe = await repo.pipeline(ctx.db, organId, asOf, branch?.id);
  // published results only, as stored (contracts §2: never recomputed), every year up to this one
  const assessed = (await assessmentSeries(ctx.db, organId, branch?.id)).filter((r) => r.year <= year);
  runs.startRefresh();

  const inMonth = <T extends { month: string }>(rows: readonly T[], month: string) => rows.filter((r) => r.month === month);
  const sum = <T>(rows: readonly T[], f: (r: T) => number) => rows.reduce((n, r) => n + f(r), 0);

  const series: DashboardMonth[] = runs.months.map(({ month, asOf: judged, cells }) => {
    const a = inMonth(att, month);
    const present = sum(a, (r) => r.present);
    const onLeave = sum(a, (r) => r.onLeave);
    const absent = sum(a, (r) => r.absent);
    const s = inMonth(settled, month);
    const liable = sum(s, (r) => r.liable);
    const paid = sum(s, (r) => r.settled);
    const due = inMonth(runs.meetingsDue, month);
    return {
      month,
      asOf: judged,
      coverage: summarizeCoverage(cells),
      meetings: { held: sum(inMonth(held, month), (r) => r.held), due: sum(due, (r) => r.due), met: sum(due, (r) => r.met) },
      attendance: { expected: present + onLeave + absent, present, onLeave, absent, rate: ratio(present, present + onLeave + absent) },
      dues: { liable, settled: paid, amountFen: sum(inMonth(amounts, month), (r) => r.amountFen), rate: ratio(paid, liable) },
    };
  });

  const ofBranch = <T extends { branchId: string }>(rows: readonly T[], id: string) => rows.filter((r) => r.branchId === id);
  const rows: DashboardBranchRow[] = branch
    ? []
    : branches.map((b) => {
        const cells: CoverageCell[] = ofBranch(runs.latest, b.id);
        const a = ofBranch(att, b.id);
        const present = sum(a, (r) => r.present);
        const expected = present + sum(a, (r) => r.onLeave + r.absent);
        const s = ofBranch(settled, b.id);
        const due = ofBranch(runs.meetingsDue, b.id);
        return {
          branchId: b.id,
          fullName: b.full_name,
          shortName: b.short_name,
          coverageRate: summarizeCoverage(cells).rate,
          unmet: cells.filter((c) => c.status === 'unmet').length,
          meetingsHeld: sum(ofBranch(held, b.id), (r) => r.held),
          meetingsDue: sum(due, (r) => r.due),
          meetingsMet: sum(due, (r) => r.met),
          attendanceRate: ratio(present, expected),
          duesRate: ratio(sum(s, (r) => r.settled), sum(s, (r) => r.liable)),
        };
      });

  return {
    scope: branch ? 'branch' : 'organ',
    year,
    asOf,
    organName: organ.name,
    branch: branch ? { id: branch.id, fullName: branch.full_name, shortName: branch.short_name } : null,
    months: series,
    topUnmet: topUnmetClauses(runs.latest).map((t) => ({ ...t, title: CLAUSE_TITLES[t.clause] ?? t.clause })),
    pipeline: PIPELINE_STAGES.map((st) => ({ category: st.category, label: st.label, count: sum(pipe.filter((p) => p.category === st.category), (p) => p.count) })),
    assessment: assessmentByYear(assessed, branch?.id),
    branches: rows,
    refreshing: runs.refreshing,
  };
}
