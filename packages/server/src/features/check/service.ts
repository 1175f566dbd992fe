import { calendarOf, CLAUSE_TITLES, FINDING_STATUSES, isBranchOfficer, isOrganAdmin, RULES, RULES_BY_ID, runCheck, type Finding, type FindingStatus, type Viewer } from '@zhibu/domain';
import type { BranchCheck, CheckMatrix, FindingDto, Todo } from '@zhibu/schemas';
import type { Kysely } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { forbidden, notFound } from '../../errors.js';
import { loadCheckFacts, rangeOf } from './facts.js';
import { overduePlannedTodos } from '../meetingPlan/todos.js';

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Findings of an organ's branches (all, or some) for a year judged at `asOf` (contracts §2). */
export async function checkFindings(
  db: Kysely<DB>,
  organId: string,
  year: number,
  asOf: string,
  branchIds?: readonly string[],
): Promise<Finding[]> {
  const facts = await loadCheckFacts(db, organId, rangeOf(year, asOf), branchIds);
  return runCheck(facts, RULES, { year, asOf, ...(branchIds ? { branchIds } : {}) });
}

/** The 机关党委, assessors, the branch's officers, and its 党小组长 (their 待办 about their group link here). */
export const canSeeBranchCheck = (v: Viewer, branchId: string) =>
  isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId) || v.ledGroups.some((g) => g.branchId === branchId);

export const canSeeOrganCheck = (v: Viewer) => isOrganAdmin(v) || v.organRoles.includes('assessor');

export const toDto = (f: Finding): FindingDto => ({ ...f, title: RULES_BY_ID.get(f.rule)?.title ?? f.rule });

export function countStatuses(findings: readonly Pick<Finding, 'status'>[]): Record<FindingStatus, number> {
  const counts = Object.fromEntries(FINDING_STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  for (const f of findings) counts[f.status]++;
  return counts;
}

export const ruleInfos = () =>
  RULES.map((r) => ({
    id: r.id,
    clause: r.clause,
    title: r.title,
    basis: r.basis,
    source: r.source,
    severity: r.severity,
    period: r.period,
    scope: r.scope,
    params: [...r.params],
  }));

/** A branch's 标准化体检 for a year: every finding, the counts, and the year's calendar of what is due. */
export async function branchCheck(ctx: Ctx, branchId: string, year: number): Promise<BranchCheck> {
  if (!canSeeBranchCheck(ctx.viewer, branchId)) throw notFound('党支部');
  const branch = await ctx.db
    .selectFrom('branches')
    .select(['id', 'full_name', 'short_name'])
    .where('id', '=', branchId)
    .where('organ_id', '=', ctx.viewer.organId)
    .executeTakeFirst();
  if (!branch) throw notFound('党支部');
  const findings = await checkFindings(ctx.db, ctx.viewer.organId, year, ctx.today, [branchId]);
  return {
    branch: { id: branch.id, fullName: branch.full_name, shortName: branch.short_name },
    year,
    asOf: ctx.today,
    counts: countStatuses(findings),
    findings: findings.map(toDto),
    calendar: calendarOf(findings, RULES, year, ctx.today),
    rules: ruleInfos().filter((r) => r.scope === 'branch'),
  };
}

/** Branches × clauses for the 机关党委, each cell the worst finding of that clause (issue 4 §4). */
export async function checkMatrix(ctx: Ctx, year: number): Promise<CheckMatrix> {
  if (!canSeeOrganCheck(ctx.viewer)) throw forbidden('只有机关党委和考核人员可以查看体检总览');
  const findings = await checkFindings(ctx.db, ctx.viewer.organId, year, ctx.today);
  const clauses = [...new Set(RULES.map((r) => r.clause))];
  const cellsOf = (fs: Finding[]) =>
    Object.fromEntries(
      clauses.map((c) => {
        const of = fs.filter((f) => f.clause === c);
        const binding = of.filter((f) => f.severity === 'violation');
        return [c, { worst: worstOf(binding.length ? binding : of.map((f) => (f.status === 'unmet' ? { ...f, status: 'met' as const } : f))), counts: countStatuses(binding), advisories: of.filter((f) => f.severity === 'advisory' && f.status === 'unmet').length }];
      }),
    );
  const byBranch = new Map<string, Finding[]>();
  const organFindings: Finding[] = [];
  for (const f of findings) {
    if (f.scope === 'organ') organFindings.push(f);
    else byBranch.set(f.branchId, [...(byBranch.get(f.branchId) ?? []), f]);
  }
  const names = await ctx.db.selectFrom('branches').select(['id', 'short_name']).where('organ_id', '=', ctx.viewer.organId).execute();
  const short = new Map(names.map((n) => [n.id, n.short_name]));
  const rows = [...byBranch.entries()].map(([branchId, fs]) => ({
    branchId,
    branch: fs[0]!.branch,
    shortName: short.get(branchId) ?? fs[0]!.branch,
    worst: worstOf(fs.filter((f) => f.severity === 'violation')),
    cells: cellsOf(fs),
  }));
  return {
    year,
    asOf: ctx.today,
    clauses: clauses.map((id) => ({ id, title: CLAUSE_TITLES[id] ?? id })),
    rows,
    organRow: organFindings.length ? { cells: cellsOf(organFindings), findings: organFindings.map(toDto) } : null,
  };
}

function worstOf(fs: readonly Finding[]): FindingStatus | null {
  for (const s of FINDING_STATUSES) if (fs.some((f) => f.status === s)) return s;
  return null;
}

/** What the viewer should act on: `unmet` and `dueSoon` findings in their scope, and approvals waiting for them. */
export async function todos(ctx: Ctx): Promise<Todo[]> {
  const v = ctx.viewer;
  const admin = isOrganAdmin(v);
  const officerOf = Object.keys(v.branchRoles);
  const groupIds = new Set(v.ledGroups.map((g) => g.groupId));
  const groupBranches = v.ledGroups.map((g) => g.branchId);
  const scope = admin ? undefined : [...new Set([...officerOf, ...groupBranches])];
  const out: Todo[] = [];
  if (admin || (scope && scope.length > 0)) {
    const findings = await checkFindings(ctx.db, v.organId, yearOf(ctx.today), ctx.today, scope);
    // One item per (branch, rule, subject): a group that missed several months is one thing to act on, not eleven.
    const items = new Map<string, { f: Finding; periods: string[] }>();
    for (const f of findings) {
      if (f.status !== 'unmet' && f.status !== 'dueSoon') continue;
      const mine = admin || (f.scope === 'branch' && officerOf.includes(f.branchId)) || (f.subject?.kind === 'group' && groupIds.has(f.subject.id));
      if (!mine) continue;
      const key = `${f.branchId}/${f.rule}/${f.subject?.id ?? ''}`;
      const it = items.get(key);
      if (!it) items.set(key, { f, periods: [f.period] });
      else {
        it.periods.push(f.period);
        // the latest period speaks for the item, an unmet one before a dueSoon one
        if (f.status === 'unmet' || it.f.status !== 'unmet') it.f = f;
      }
    }
    for (const { f, periods } of items.values()) {
      const more = periods.length > 1 ? `（共${periods.length}个期间：${periods.join('、')}）` : '';
      out.push({
        kind: 'finding',
        status: f.status,
        branchId: f.branchId,
        branch: f.branch,
        title: `${RULES_BY_ID.get(f.rule)?.title ?? f.rule}${f.subject ? `（${f.subject.name}）` : ''}`,
        message: f.message + more,
        due: f.due ?? null,
        link: f.scope === 'organ' ? '/check' : `/branches/${f.branchId}/check`,
      });
    }
  }
  if (admin) {
    const waiting = await ctx.db
      .selectFrom('elections')
      .innerJoin('branches', 'branches.id', 'elections.branch_id')
      .select(['elections.id', 'elections.branch_id', 'branches.full_name', 'elections.submitted_on', 'elections.kind'])
      .where('elections.organ_id', '=', v.organId)
      .where('elections.status', '=', 'submitted')
      .execute();
    for (const e of waiting) {
      out.push({
        kind: 'approval',
        status: 'dueSoon',
        branchId: e.branch_id,
        branch: e.full_name,
        title: e.kind === 'general' ? '换届选举结果待审批' : '补选结果待审批',
        message: `${e.full_name}于${e.submitted_on ?? ''}报送的选举结果待机关党委审批（书记、副书记任职须经批准）。`,
        due: null,
        link: `/elections/${e.id}`,
      });
    }
  }
  out.push(...(await overduePlannedTodos(ctx)));
  const rank = (t: Todo) => (t.kind === 'approval' ? 0 : t.status === 'unmet' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.branch.localeCompare(b.branch, 'zh-Hans-CN'));
}
