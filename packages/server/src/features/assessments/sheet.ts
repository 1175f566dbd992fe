import { randomUUID } from 'node:crypto';
import { isBranchOfficer, scoreProblems } from '@zhibu/domain';
import type { ItemScore, ScoreLine, ScoreSheet, SelfAssessment } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { loadAssessment, OWN_BRANCH, ownBranches, readsAll, SCORE_ONLY, scoresBranch, SELF_ONLY, sheetBranch } from './access.js';
import { actorNames } from '../../audit/actorNames.js';
import { actorName, num, toAttachment, toCard, toItem } from './presenter.js';
import { evidenceOf, itemsOf, resultsOf, scoresOf, submissionsOf, type AssessmentRow, type ScoreRow } from './repository.js';
import { conflict, liveLine, orNull, tenths, yearFindings, type Db, type Line } from './lines.js';

/** 检查考核: one branch's score sheet — reading it, the branch's self-assessment, an assessor's score of an item. */
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
