import { isOrganAdmin, planRosterImport, ROSTER_COLUMNS, type RosterPlan, type RowProblem } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../errors.js';
import { recordEvent } from '../../audit/audit.js';
import { readSettings } from '../organ/settings.js';
import { loadExisting, loadTree, refreshRosterStatistics, rememberMapping } from './repository.js';
import type { MappingByName, ParsedSheet } from './parseSheet.js';
import { writePlan } from './writePlan.js';

export interface RosterImportOptions {
  /** field → the file's header text; absent: remembered for this header row, else guessed */
  mapping?: MappingByName;
  createMissing: boolean;
  effectiveOn?: string;
}

export interface RosterImportReport {
  headers: string[];
  mapping: MappingByName;
  missingColumns: string[];
  problems: RowProblem[];
  summary: { rows: number; created: number; changed: number; unchanged: number; moved: number };
  newBranches: string[];
  newGroups: { branch: string; group: string }[];
  applied: boolean;
}

export function requireImporter(ctx: Ctx): void {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden('只有机关党委管理员可以导入花名册');
}

/** Plans a checked sheet against the organ's records. Writes nothing. */
async function analyze(ctx: Ctx, parsed: ParsedSheet, opts: RosterImportOptions) {
  requireImporter(ctx);
  const effectiveOn = opts.effectiveOn ?? ctx.today;
  const organ = await ctx.db.selectFrom('organs').selectAll().where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  const [existing, tree] = await Promise.all([loadExisting(ctx.db, ctx.viewer.organId, effectiveOn), loadTree(ctx.db, ctx.viewer.organId)]);
  const plan: RosterPlan = planRosterImport(parsed.rows, existing, tree, { createMissing: opts.createMissing, effectiveOn }, {
    branch: parsed.mapping.branch ?? ROSTER_COLUMNS.branch.header,
    group: parsed.mapping.group ?? ROSTER_COLUMNS.group.header,
  });
  const problems = [...parsed.problems, ...plan.problems].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  // An organ's first roster import starts memberships at its records start date (contracts §3).
  const startOn = existing.length === 0 ? readSettings(organ).recordsStartOn : effectiveOn;
  return { plan, problems, startOn, effectiveOn };
}

function report(parsed: ParsedSheet, a: Awaited<ReturnType<typeof analyze>>, applied: boolean): RosterImportReport {
  return {
    headers: parsed.headers,
    mapping: parsed.mapping,
    missingColumns: parsed.missingColumns,
    problems: a.problems,
    summary: { rows: parsed.rowCount, created: a.plan.creates.length, changed: a.plan.updates.length, unchanged: a.plan.unchanged, moved: a.plan.moves.length },
    newBranches: a.plan.newBranches,
    newGroups: a.plan.newGroups,
    applied,
  };
}

/** Preview: what the import would do ("n new, m changed, k unchanged"), and every problem. */
export async function previewRosterImport(ctx: Ctx, parsed: ParsedSheet, opts: RosterImportOptions): Promise<RosterImportReport> {
  return report(parsed, await analyze(ctx, parsed, opts), false);
}

/** All or nothing: a file with any problem writes nothing; otherwise one short transaction writes the whole plan. */
export async function applyRosterImport(ctx: Ctx, parsed: ParsedSheet, opts: RosterImportOptions): Promise<RosterImportReport> {
  const a = await analyze(ctx, parsed, opts);
  const result = report(parsed, a, false);
  if (a.problems.length) return result;
  await ctx.db.transaction().execute(async (trx) => {
    await writePlan({ ...ctx, db: trx }, a.plan, { startOn: a.startOn, effectiveOn: a.effectiveOn });
    await rememberMapping(trx, ctx.viewer.organId, parsed.signature, parsed.mapping as Record<string, string>);
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'roster.imported',
      entityType: 'organ',
      entityId: ctx.viewer.organId,
      after: { summary: result.summary, mapping: parsed.mapping, newBranches: result.newBranches, newGroups: result.newGroups, effectiveOn: a.effectiveOn },
    });
  });
  await refreshRosterStatistics(ctx.db);
  return { ...result, applied: true };
}
