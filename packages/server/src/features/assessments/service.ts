import { randomUUID } from 'node:crypto';
import { defaultScheme, gradeOf, isBranchOfficer, isOrganAdmin, rankBranches, schemeProblems, standardOfClause, totals } from '@zhibu/domain';
import type { Assessment, AssessmentList, AssessmentResults, AssessmentScheme, NominationInput } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { isPartyMemberOf } from '../meetings/repository.js';
import { loadAssessment, loadForManage, MANAGE_ONLY, NO_PART, officerBranches, ownBranches, readsAll } from './access.js';
import { num, toCard, toItem, toNomination } from './presenter.js';
import { activeBranches, branchNames, findAssessmentOfYear, itemsOf, listAssessmentRows, nominationsOf, resultsOf, scoresOf, submissionsOf, type AssessmentRow, type ItemRow } from './repository.js';
import { conflict, liveLine, published, yearFindings, type Db } from './lines.js';

/**
 * 检查考核 (REQ-4, issue 7 §6): the 机关党委's annual assessment of branches — the scheme per year, self-assessment,
 * scoring from the year's findings or by assessors, publishing (results stored as published, never recomputed:
 * contracts §2) and the nominations of 先进党支部 and 优秀党务工作者.
 */
export async function listAssessments(ctx: Ctx): Promise<AssessmentList> {
  const all = readsAll(ctx.viewer);
  if (!all && officerBranches(ctx.viewer).length === 0) throw forbidden(NO_PART);
  const rows = await listAssessmentRows(ctx.db, ctx.viewer.organId);
  return {
    items: rows
      .filter((a) => all || a.status !== 'draft')
      .map((a) => ({ ...toCard(a, []), totalPoints: Number(a.total_points), items: Number(a.item_count) })),
    abilities: { create: isOrganAdmin(ctx.viewer) },
  };
}

async function presentAssessment(ctx: Ctx, db: Db, a: AssessmentRow): Promise<Assessment> {
  const items = await itemsOf(db, a.id);
  const branches = await activeBranches(db, ctx.viewer.organId);
  const all = readsAll(ctx.viewer);
  let progress: Assessment['branches'] = [];
  if (all) {
    const [scores, submissions, own] = await Promise.all([scoresOf(db, a.id), submissionsOf(db, a.id), ownBranches(ctx, db)]);
    const assessorItems = new Set(items.filter((i) => i.method === 'assessor').map((i) => i.id));
    progress = branches.map((b) => ({
      branch: { id: b.id, name: b.short_name },
      submitted: submissions.some((s) => s.branch_id === b.id),
      scored: scores.filter((s) => s.branch_id === b.id && s.score !== null && assessorItems.has(s.item_id)).length,
      toScore: assessorItems.size,
      ownBranch: own.has(b.id),
    }));
  }
  return {
    ...toCard(a, items),
    grades: a.grades,
    schemeItems: items.map(toItem),
    branches: progress,
    abilities: {
      manage: isOrganAdmin(ctx.viewer),
      score: all && a.status === 'open',
      selfAssessBranches: a.status === 'draft' ? [] : branches.filter((b) => isBranchOfficer(ctx.viewer, b.id)).map((b) => ({ id: b.id, name: b.short_name })),
    },
  };
}

export async function getAssessment(ctx: Ctx, id: string): Promise<Assessment> {
  return presentAssessment(ctx, ctx.db, await loadAssessment(ctx, ctx.db, id));
}

export async function getResults(ctx: Ctx, id: string): Promise<AssessmentResults> {
  return presentResults(ctx, ctx.db, await loadAssessment(ctx, ctx.db, id));
}

async function presentResults(ctx: Ctx, db: Db, a: AssessmentRow): Promise<AssessmentResults> {
  if (a.status !== 'published') throw conflict('考核结果尚未公布');
  const [items, results, names, nominations] = await Promise.all([itemsOf(db, a.id), resultsOf(db, a.id), branchNames(db, ctx.viewer.organId), nominationsOf(db, a.id)]);
  const all = readsAll(ctx.viewer);
  const mine = new Set(officerBranches(ctx.viewer));
  const standardOf = new Map(items.map((i) => [i.id, i.standard]));
  const rows = results
    .filter((r) => all || mine.has(r.branch_id))
    .map((r) => {
      const t = totals(
        r.items.map((p) => ({ id: p.itemId, standard: standardOf.get(p.itemId) ?? standardOfClause(p.clause) ?? 'REQ', points: p.points })),
        new Map(r.items.map((p) => [p.itemId, p.score])),
      );
      return {
        branch: { id: r.branch_id, name: names.get(r.branch_id) ?? '' },
        total: Number(r.total),
        grade: r.grade,
        rank: r.rank,
        byStandard: t.byStandard as AssessmentResults['rows'][number]['byStandard'],
      };
    })
    .sort((x, y) => x.rank - y.rank || x.branch.name.localeCompare(y.branch.name, 'zh-Hans-CN'));
  return {
    assessment: toCard(a, items),
    rows,
    of: results.length,
    nominations: nominations.filter((n) => all || mine.has(n.branch_id)).map(toNomination),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// the organ admin: create, scheme, open, publish, nominate

export async function createAssessment(ctx: Ctx, input: { year: number; title?: string | undefined }): Promise<Assessment> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(MANAGE_ONLY);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (await findAssessmentOfYear(trx, ctx.viewer.organId, input.year)) throw conflict('该年度的考核已存在');
    const scheme = defaultScheme(input.year);
    const row = { id, organ_id: ctx.viewer.organId, year: input.year, title: input.title?.trim() || scheme.title, status: 'draft' as const, created_by: ctx.actor, created_at: new Date() };
    await trx.insertInto('assessments').values({ ...row, grades: JSON.stringify(scheme.grades) }).execute();
    await trx
      .insertInto('assessment_items')
      .values(scheme.items.map((it, i) => ({ id: randomUUID(), assessment_id: id, ...it, sort_order: i })))
      .execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'assessment.created', entityType: 'assessment', entityId: id, after: { ...row, grades: scheme.grades, items: scheme.items.length } });
  });
  return getAssessment(ctx, id);
}

const schemeOf = (a: AssessmentRow, items: readonly ItemRow[]) => ({
  title: a.title,
  grades: a.grades,
  items: items.map((i) => ({ id: i.id, standard: i.standard, clause: i.clause, title: i.title, guidance: i.guidance, points: Number(i.points), method: i.method })),
});

/** Replaces the scheme of a draft: items in order (an item keeping its id keeps its row), the grade bands, the title. */
export async function saveScheme(ctx: Ctx, id: string, input: AssessmentScheme): Promise<Assessment> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadForManage(ctx, trx, id, ['draft'], '考核已开始，指标不能再修改');
    const problems = schemeProblems(input);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const existing = await itemsOf(trx, a.id);
    const known = new Set(existing.map((i) => i.id));
    const kept = input.items.filter((i) => i.id).map((i) => i.id!);
    if (kept.some((k) => !known.has(k))) throw invalid('指标中有不属于本次考核的项目，请刷新后重试');
    if (new Set(kept).size !== kept.length) throw invalid('同一项指标出现了两次');
    const gone = existing.filter((i) => !kept.includes(i.id)).map((i) => i.id);
    if (gone.length) await trx.deleteFrom('assessment_items').where('id', 'in', gone).execute();
    for (const [i, it] of input.items.entries()) {
      const fields = { standard: it.standard, clause: it.clause, title: it.title, guidance: it.guidance, points: it.points, method: it.method, sort_order: i };
      if (it.id) await trx.updateTable('assessment_items').set(fields).where('id', '=', it.id).execute();
      else await trx.insertInto('assessment_items').values({ id: randomUUID(), assessment_id: a.id, ...fields }).execute();
    }
    await trx.updateTable('assessments').set({ title: input.title, grades: JSON.stringify(input.grades) }).where('id', '=', a.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'assessment.schemeSaved', entityType: 'assessment', entityId: a.id, before: schemeOf(a, existing), after: { ...input, removed: gone } });
  });
  return getAssessment(ctx, id);
}

/** draft → open: branches self-assess and assessors score from now on; the scheme is fixed. */
export async function openAssessment(ctx: Ctx, id: string): Promise<Assessment> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadForManage(ctx, trx, id, ['draft'], '考核已开始，不能重复开始');
    const items = await itemsOf(trx, a.id);
    if (items.length === 0) throw invalid('指标至少一项');
    const after = { status: 'open' as const, opened_at: new Date() };
    await trx.updateTable('assessments').set(after).where('id', '=', a.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'assessment.opened', entityType: 'assessment', entityId: a.id, before: { status: a.status }, after });
  });
  return getAssessment(ctx, id);
}

/**
 * open → published: every assessor item of every active branch must be scored (else refused, naming what is
 * missing); findings items are computed now from the year's findings; totals, grades, ranks and each item's score
 * with its reason are stored, and never recomputed after.
 */
export async function publishAssessment(ctx: Ctx, id: string): Promise<AssessmentResults> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadForManage(ctx, trx, id, ['open'], '只有进行中的考核可以公布结果');
    const { after, ranked } = await storeResults(ctx, trx, a);
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'assessment.published',
      entityType: 'assessment',
      entityId: a.id,
      before: { status: a.status },
      after: { ...after, results: ranked.map((r) => ({ branchId: r.branchId, total: r.total, grade: r.grade, rank: r.rank })) },
    });
  });
  return getResults(ctx, id);
}

/**
 * The publishing itself, inside the caller's transaction (the service above, and the demo): refuses while an assessor
 * item of an active branch is unscored, computes the findings items now, and stores every branch's items, total,
 * grade and rank; the assessment becomes published.
 */
export async function storeResults(ctx: Ctx, trx: Transaction<DB>, a: AssessmentRow) {
  const [items, scores, branches] = await Promise.all([itemsOf(trx, a.id), scoresOf(trx, a.id), activeBranches(trx, ctx.viewer.organId)]);
  if (branches.length === 0) throw invalid('没有参加考核的党支部');
  const rowOf = new Map(scores.map((s) => [`${s.branch_id}/${s.item_id}`, s]));
  const assessorItems = items.filter((i) => i.method === 'assessor');
  const missing = branches
    .map((b) => ({ b, n: assessorItems.filter((i) => num(rowOf.get(`${b.id}/${i.id}`)?.score) === null).length }))
    .filter((m) => m.n > 0);
  if (missing.length) throw conflict(`尚有${missing.length}个支部的评分未完成：${missing.map((m) => `${m.b.short_name}（${m.n}项）`).join('、')}`);
  const findings = await yearFindings(ctx, trx, a.year, undefined);
  const perBranch = branches.map((b) => {
    const lines = items.map((i) => liveLine(i, rowOf.get(`${b.id}/${i.id}`), findings.get(b.id) ?? []));
    const t = totals(
      items.map((i) => ({ id: i.id, standard: i.standard, points: Number(i.points) })),
      new Map(lines.map((l) => [l.item.id, l.effective])),
    );
    return { branchId: b.id, name: b.short_name, total: t.total, grade: gradeOf(t.total, a.grades), items: lines.map(published) };
  });
  const ranked = rankBranches(perBranch);
  await trx
    .insertInto('assessment_results')
    .values(ranked.map((r) => ({ assessment_id: a.id, branch_id: r.branchId, total: r.total, grade: r.grade, rank: r.rank, items: JSON.stringify(r.items) })))
    .execute();
  const after = { status: 'published' as const, published_at: new Date(), published_by: ctx.actor };
  await trx.updateTable('assessments').set(after).where('id', '=', a.id).execute();
  return { after, ranked };
}

export async function nominate(ctx: Ctx, id: string, input: NominationInput): Promise<AssessmentResults> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadForManage(ctx, trx, id, ['published'], '考核结果公布后才能推荐评选');
    const result = await trx.selectFrom('assessment_results').select('branch_id').where('assessment_id', '=', a.id).where('branch_id', '=', input.branchId).executeTakeFirst();
    if (!result) throw invalid('该党支部没有参加本次考核');
    const personId = input.personId ?? null;
    const existing = await nominationsOf(trx, a.id);
    if (input.kind === 'advancedBranch') {
      if (personId) throw invalid('推荐先进党支部不需要选择人员');
      if (existing.some((n) => n.kind === 'advancedBranch' && n.branch_id === input.branchId)) throw conflict('已推荐该党支部为先进党支部');
    } else {
      if (!personId) throw invalid('请选择推荐的优秀党务工作者');
      if (!(await isPartyMemberOf(trx, personId, input.branchId, ctx.today))) throw invalid('优秀党务工作者须为该党支部的现有党员');
      if (existing.some((n) => n.kind === 'excellentWorker' && n.person_id === personId)) throw conflict('已推荐此人为优秀党务工作者');
    }
    const row = { id: randomUUID(), assessment_id: a.id, kind: input.kind, branch_id: input.branchId, person_id: personId, reason: input.reason, nominated_by: ctx.actor, nominated_at: new Date() };
    await trx.insertInto('assessment_nominations').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'assessment.nominated', entityType: 'assessmentNomination', entityId: row.id, after: row });
  });
  return getResults(ctx, id);
}

export async function removeNomination(ctx: Ctx, id: string, nominationId: string): Promise<AssessmentResults> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadForManage(ctx, trx, id, ['published'], '考核结果公布后才能推荐评选');
    const n = await trx.selectFrom('assessment_nominations').selectAll().where('id', '=', nominationId).where('assessment_id', '=', a.id).executeTakeFirst();
    if (!n) throw notFound('推荐');
    await trx.deleteFrom('assessment_nominations').where('id', '=', n.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'assessment.nominationRemoved', entityType: 'assessmentNomination', entityId: n.id, before: n });
  });
  return getResults(ctx, id);
}

// a branch's self-assessment and an assessor's score: sheet.ts
