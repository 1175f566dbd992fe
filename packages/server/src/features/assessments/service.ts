import { randomUUID } from 'node:crypto';
import {
  defaultScheme,
  gradeOf,
  isBranchOfficer,
  isOrganAdmin,
  rankBranches,
  schemeProblems,
  scoreFromFindings,
  scoreProblems,
  standardOfClause,
  totals,
  type Finding,
  type FindingsScore,
} from '@zhibu/domain';
import type { Assessment, AssessmentList, AssessmentResults, AssessmentScheme, ItemScore, NominationInput, ScoreLine, ScoreSheet, SelfAssessment } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import type { PublishedItem } from '../../db/typesAssessment.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { checkFindings } from '../check/service.js';
import { findBranchOfOrgan, isPartyMemberOf } from '../meetings/repository.js';
import { loadAssessment, loadForManage, MANAGE_ONLY, NO_PART, officerBranches, OWN_BRANCH, ownBranches, readsAll, SCORE_ONLY, scoresBranch, SELF_ONLY, sheetBranch } from './access.js';
import { actorNames } from '../../audit/actorNames.js';
import { actorName, num, toAttachment, toCard, toItem, toNomination } from './presenter.js';
import {
  activeBranches,
  branchNames,
  evidenceOf,
  findAssessmentOfYear,
  itemsOf,
  listAssessmentRows,
  nominationsOf,
  resultsOf,
  scoresOf,
  submissionsOf,
  type AssessmentRow,
  type ItemRow,
  type ScoreRow,
} from './repository.js';

/**
 * 检查考核 (REQ-4, issue 7 §6): the 机关党委's annual assessment of branches — the scheme per year, self-assessment,
 * scoring from the year's findings or by assessors, publishing (results stored as published, never recomputed:
 * contracts §2) and the nominations of 先进党支部 and 优秀党务工作者.
 */
type Db = Ctx['db'];
const tenths = (n: number) => Math.round(n * 10);
const conflict = (msg: string) => new AppError('CONFLICT', msg);
const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** The date a year's findings are judged at: today while the year runs, else its 31 December. */
const asOfFor = (ctx: Ctx, year: number) => (ctx.today < `${year}-12-31` ? ctx.today : `${year}-12-31`);

/** The year's findings of some branches (all when absent), by branch; none for a year not begun. */
async function yearFindings(ctx: Ctx, db: Db, year: number, branchIds?: readonly string[]): Promise<Map<string, Finding[]>> {
  const asOf = asOfFor(ctx, year);
  const out = new Map<string, Finding[]>();
  if (asOf < `${year}-01-01`) return out;
  for (const f of await checkFindings(db, ctx.viewer.organId, year, asOf, branchIds)) {
    if (f.scope !== 'branch') continue;
    const list = out.get(f.branchId);
    if (list) list.push(f);
    else out.set(f.branchId, [f]);
  }
  return out;
}

interface Line {
  item: ItemRow;
  fromFindings: FindingsScore | null;
  row: ScoreRow | undefined;
  effective: number | null;
  reason: string | null;
}

/** One item of a branch, live: the findings' score, the assessor's score over it, and why points were lost. */
function liveLine(item: ItemRow, row: ScoreRow | undefined, findings: readonly Finding[]): Line {
  const points = Number(item.points);
  const fromFindings = item.method === 'findings' ? scoreFromFindings(points, findings.filter((f) => f.clause === item.clause)) : null;
  const score = num(row?.score);
  const effective = score ?? fromFindings?.score ?? null;
  let reason: string | null = null;
  if (effective !== null && tenths(effective) < tenths(points)) reason = score !== null ? orNull(row?.note) : fromFindings!.reasons.join('；') || null;
  return { item, fromFindings, row, effective, reason };
}

/** What is stored at publishing for a branch's item. */
const published = (l: Line): PublishedItem => ({ itemId: l.item.id, clause: l.item.clause, title: l.item.title, points: Number(l.item.points), score: l.effective ?? 0, reason: l.reason });

// ---------------------------------------------------------------------------------------------------------------
// reading

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

export async function getSheet(ctx: Ctx, id: string, branchId: string): Promise<ScoreSheet> {
  const a = await loadAssessment(ctx, ctx.db, id);
  const b = await sheetBranch(ctx, ctx.db, branchId);
  const [items, rows, submissions, own] = await Promise.all([itemsOf(ctx.db, a.id), scoresOf(ctx.db, a.id, b.id), submissionsOf(ctx.db, a.id), ownBranches(ctx, ctx.db)]);
  const rowOf = new Map(rows.map((r) => [r.item_id, r]));
  let lines: Line[];
  let result: ScoreSheet['result'] = null;
  if (a.status === 'published') {
    // stored as published, never recomputed
    const results = await resultsOf(ctx.db, a.id);
    const mine = results.find((r) => r.branch_id === b.id);
    const stored = new Map((mine?.items ?? []).map((p) => [p.itemId, p]));
    lines = items.map((item) => {
      const p = stored.get(item.id);
      return { item, fromFindings: null, row: rowOf.get(item.id), effective: p ? p.score : null, reason: p?.reason ?? null };
    });
    if (mine) result = { total: Number(mine.total), grade: mine.grade, rank: mine.rank, of: results.length };
  } else {
    const findings = (await yearFindings(ctx, ctx.db, a.year, [b.id])).get(b.id) ?? [];
    lines = items.map((item) => liveLine(item, rowOf.get(item.id), findings));
  }
  const evidence = await evidenceOf(ctx.db, ctx.viewer.organId, rows.map((r) => r.id));
  const sub = submissions.find((s) => s.branch_id === b.id);
  // who scored and who submitted, as the people behind the accounts
  const names = await actorNames(ctx.db, ctx.viewer.organId, [...rows.map((r) => r.scored_by), sub?.submitted_by]);
  const nameOf = (actor: string | null | undefined) => (actor ? (names.get(actor) ?? actorName(actor)) : null);
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + tenths(x ?? 0), 0) / 10;
  return {
    assessment: toCard(a, items),
    branch: { id: b.id, name: b.short_name },
    lines: lines.map(
      (l): ScoreLine => ({
        item: toItem(l.item),
        fromFindings: l.fromFindings ? { score: l.fromFindings.score, met: l.fromFindings.met, judged: l.fromFindings.judged, reasons: l.fromFindings.reasons } : null,
        selfScore: num(l.row?.self_score),
        selfNote: l.row?.self_note ?? null,
        score: num(l.row?.score),
        note: l.row?.note ?? null,
        scoredBy: nameOf(l.row?.scored_by),
        effective: l.effective,
        reason: l.reason,
        evidence: evidence.filter((e) => e.entity_id === l.row?.id).map(toAttachment),
      }),
    ),
    submission: sub ? { summary: sub.summary, submittedAt: sub.submitted_at.toISOString(), submittedBy: nameOf(sub.submitted_by)! } : null,
    result,
    selfTotal: sum(rows.map((r) => num(r.self_score))),
    provisionalTotal: sum(lines.map((l) => l.effective)),
    abilities: {
      selfAssess: a.status === 'open' && !sub && b.status === 'active' && isBranchOfficer(ctx.viewer, b.id),
      score: b.status === 'active' && scoresBranch(ctx.viewer, a, own, b.id),
    },
  };
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

// ---------------------------------------------------------------------------------------------------------------
// a branch's self-assessment; an assessor's score

async function upsertScore(trx: Transaction<DB>, a: AssessmentRow, branchId: string, itemId: string, set: Partial<Pick<ScoreRow, 'self_note' | 'note' | 'scored_by'>> & { self_score?: number | null; score?: number | null; scored_at?: Date | null }) {
  const before = await trx.selectFrom('assessment_scores').selectAll().where('item_id', '=', itemId).where('branch_id', '=', branchId).executeTakeFirst();
  if (before) {
    await trx.updateTable('assessment_scores').set(set).where('id', '=', before.id).execute();
    return { id: before.id, before };
  }
  const id = randomUUID();
  await trx
    .insertInto('assessment_scores')
    .values({ id, assessment_id: a.id, item_id: itemId, branch_id: branchId, self_score: null, self_note: null, score: null, note: null, scored_by: null, scored_at: null, ...set })
    .execute();
  return { id, before: null };
}

/** Saves (and with `submit`, submits) a branch's self-assessment: its 书记 and 支委, while open, until submitted. */
export async function saveSelf(ctx: Ctx, id: string, branchId: string, input: SelfAssessment): Promise<ScoreSheet> {
  await ctx.db.transaction().execute(async (trx) => {
    const a = await loadAssessment(ctx, trx, id);
    const b = await sheetBranch(ctx, trx, branchId);
    if (!isBranchOfficer(ctx.viewer, b.id)) throw forbidden(SELF_ONLY);
    if (a.status === 'published') throw conflict('考核结果已公布，自评不能修改');
    if (a.status !== 'open') throw conflict('考核尚未开始');
    if (b.status !== 'active') throw invalid('已撤销的党支部不参加考核');
    const submitted = await trx.selectFrom('assessment_submissions').select('submitted_at').where('assessment_id', '=', a.id).where('branch_id', '=', b.id).executeTakeFirst();
    if (submitted) throw conflict('本支部的自评已提交，不能修改');
    const items = new Map((await itemsOf(trx, a.id)).map((i) => [i.id, i]));
    const ids = input.items.map((i) => i.itemId);
    if (ids.some((i) => !items.has(i))) throw invalid('自评中有不属于本次考核的指标，请刷新后重试');
    if (new Set(ids).size !== ids.length) throw invalid('同一项指标出现了两次');
    const problems = input.items.flatMap((i) => (i.score === null ? [] : scoreProblems(i.score, Number(items.get(i.itemId)!.points), i.note, { noteRequired: false }).map((p) => `「${items.get(i.itemId)!.title}」${p}`)));
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const changed = [];
    for (const i of input.items) {
      const { before } = await upsertScore(trx, a, b.id, i.itemId, { self_score: i.score, self_note: orNull(i.note) });
      changed.push({ itemId: i.itemId, before: before ? { selfScore: num(before.self_score), selfNote: before.self_note } : null, after: { selfScore: i.score, selfNote: orNull(i.note) } });
    }
    let submission = null;
    if (input.submit) {
      const rows = await scoresOf(trx, a.id, b.id);
      const open = [...items.keys()].filter((k) => num(rows.find((r) => r.item_id === k)?.self_score) === null).length;
      if (open > 0) throw invalid(`提交自评前请为每一项填写自评得分（尚有${open}项未填）`);
      submission = { assessment_id: a.id, branch_id: b.id, summary: input.summary, submitted_by: ctx.actor, submitted_at: new Date() };
      await trx.insertInto('assessment_submissions').values(submission).execute();
    }
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: input.submit ? 'assessment.selfSubmitted' : 'assessment.selfSaved',
      entityType: 'assessment',
      entityId: a.id,
      after: { branchId: b.id, items: changed, submission },
    });
  });
  return getSheet(ctx, id, branchId);
}

/** The checks of an assessor's score, before the files are read and again inside the transaction. */
async function scoreTarget(ctx: Ctx, db: Db, id: string, branchId: string, itemId: string, input: ItemScore) {
  const a = await loadAssessment(ctx, db, id);
  if (!readsAll(ctx.viewer)) throw forbidden(SCORE_ONLY);
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  // never for their own branch (contracts §4): on its roster today, or holding a post there
  if ((await ownBranches(ctx, db)).has(b.id)) throw forbidden(OWN_BRANCH);
  if (a.status === 'draft') throw conflict('考核尚未开始，不能评分');
  if (a.status === 'published') throw conflict('考核结果已公布，不能再评分');
  if (b.status !== 'active') throw invalid('已撤销的党支部不参加考核');
  const item = await db.selectFrom('assessment_items').selectAll().where('id', '=', itemId).where('assessment_id', '=', a.id).executeTakeFirst();
  if (!item) throw notFound('考核指标');
  if (input.score !== null) {
    const problems = scoreProblems(input.score, Number(item.points), input.note);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    if (item.method === 'findings' && !input.note.trim()) throw invalid('改动按达标检查结果计算的得分须写明理由');
  } else if (input.evidence.length) throw invalid('清除评分时不能上传证明材料');
  return { a, b, item };
}

/**
 * An assessor's (or the organ admin's) score of one item of a branch, with its note and evidence files (PDF or
 * images, carried in the request and saved with the score or not at all). A null score clears the assessor's score,
 * its note and its evidence; the branch's self-assessment stays.
 */
export async function scoreItem(ctx: Ctx, store: FileStore, id: string, branchId: string, itemId: string, input: ItemScore): Promise<ScoreSheet> {
  // who and what first (an outsider learns nothing from how their file is judged), the files' bytes next
  await scoreTarget(ctx, ctx.db, id, branchId, itemId, input);
  const files = await decodeCarried(ctx, input.evidence, { test: (m) => m === 'application/pdf' || m.startsWith('image/'), refusal: (name) => `证明材料「${name}」须为PDF或图片` });
  await ctx.db.transaction().execute(async (trx) => {
    const { a, b, item } = await scoreTarget(ctx, trx, id, branchId, itemId, input);
    const set =
      input.score === null
        ? { score: null, note: null, scored_by: null, scored_at: null }
        : { score: input.score, note: orNull(input.note), scored_by: ctx.actor, scored_at: new Date() };
    const { id: scoreId, before } = await upsertScore(trx, a, b.id, item.id, set);
    const evidence = [];
    if (input.score === null) {
      await trx.updateTable('attachments').set({ removed_at: new Date() }).where('entity_type', '=', 'assessmentScore').where('entity_id', '=', scoreId).where('removed_at', 'is', null).execute();
    } else for (const f of files) evidence.push(await attachCarried(trx, store, ctx, { entityType: 'assessmentScore', entityId: scoreId, slot: 'evidence' }, f));
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: input.score === null ? 'assessment.scoreCleared' : 'assessment.scored',
      entityType: 'assessmentScore',
      entityId: scoreId,
      before: before ? { score: num(before.score), note: before.note, scoredBy: before.scored_by } : null,
      after: { assessmentId: a.id, branchId: b.id, itemId: item.id, clause: item.clause, score: input.score, note: set.note, evidence },
    });
  });
  return getSheet(ctx, id, branchId);
}

