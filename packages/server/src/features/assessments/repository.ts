import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** 检查考核 (REQ-4): the queries of the assessments, their items, scores, submissions, results and nominations. */
type Db = Kysely<DB>;

export const findAssessment = (db: Db, organId: string, id: string) =>
  db.selectFrom('assessments').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

export const findAssessmentOfYear = (db: Db, organId: string, year: number) =>
  db.selectFrom('assessments').select('id').where('organ_id', '=', organId).where('year', '=', year).executeTakeFirst();

/** Every assessment of the organ, newest year first, with its number of items and points. */
export const listAssessmentRows = (db: Db, organId: string) =>
  db
    .selectFrom('assessments as a')
    .leftJoin('assessment_items as i', 'i.assessment_id', 'a.id')
    .selectAll('a')
    .select((eb) => [eb.fn.count<string>('i.id').as('item_count'), eb.fn.coalesce(eb.fn.sum<string>('i.points'), eb.val('0')).as('total_points')])
    .where('a.organ_id', '=', organId)
    .groupBy('a.id')
    .orderBy('a.year', 'desc')
    .execute();

export const itemsOf = (db: Db, assessmentId: string) =>
  db.selectFrom('assessment_items').selectAll().where('assessment_id', '=', assessmentId).orderBy('sort_order').orderBy('id').execute();
export type ItemRow = Awaited<ReturnType<typeof itemsOf>>[number];

export const scoresOf = (db: Db, assessmentId: string, branchId?: string) => {
  let q = db.selectFrom('assessment_scores').selectAll().where('assessment_id', '=', assessmentId);
  if (branchId) q = q.where('branch_id', '=', branchId);
  return q.execute();
};
export type ScoreRow = Awaited<ReturnType<typeof scoresOf>>[number];

export const submissionsOf = (db: Db, assessmentId: string) => db.selectFrom('assessment_submissions').selectAll().where('assessment_id', '=', assessmentId).execute();

export const resultsOf = (db: Db, assessmentId: string) => db.selectFrom('assessment_results').selectAll().where('assessment_id', '=', assessmentId).execute();

/** The organ's branches that take part: the active ones, in the order of their full names. */
export const activeBranches = (db: Db, organId: string) =>
  db.selectFrom('branches').select(['id', 'short_name', 'full_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute();

/** Names of branches by id (a branch dissolved after publishing keeps its row in the results). */
export async function branchNames(db: Db, organId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('branches').select(['id', 'short_name']).where('organ_id', '=', organId).execute();
  return new Map(rows.map((r) => [r.id, r.short_name]));
}

/** The branches the person is on the roster of today (党员 or not): whose assessment they may not score. */
export async function branchesOfPerson(db: Db, personId: string | null, date: string): Promise<Set<string>> {
  if (!personId) return new Set();
  const rows = await db.selectFrom('branch_memberships as bm').select('bm.branch_id').where('bm.person_id', '=', personId).where(inForceOn('bm.start_on', 'bm.end_on', date)).execute();
  return new Set(rows.map((r) => r.branch_id));
}

export const nominationsOf = (db: Db, assessmentId: string) =>
  db
    .selectFrom('assessment_nominations as n')
    .innerJoin('branches as b', 'b.id', 'n.branch_id')
    .leftJoin('persons as p', 'p.id', 'n.person_id')
    .select(['n.id', 'n.kind', 'n.branch_id', 'b.short_name', 'n.person_id', 'p.name as person_name', 'n.reason', 'n.nominated_by', 'n.nominated_at'])
    .where('n.assessment_id', '=', assessmentId)
    .orderBy('n.kind')
    .orderBy('n.nominated_at')
    .orderBy('n.id')
    .execute();

/** The evidence files of some scores (attachments of entity assessmentScore), oldest first. */
export async function evidenceOf(db: Db, organId: string, scoreIds: readonly string[]) {
  if (scoreIds.length === 0) return [];
  return db
    .selectFrom('attachments as a')
    .innerJoin('files as f', 'f.sha256', 'a.file_sha256')
    .select(['a.id', 'a.entity_type', 'a.entity_id', 'a.slot', 'a.file_name', 'a.uploaded_by', 'a.uploaded_at', 'f.size', 'f.mime', 'f.sha256'])
    .where('a.organ_id', '=', organId)
    .where('a.entity_type', '=', 'assessmentScore')
    .where('a.entity_id', 'in', [...scoreIds])
    .where('a.removed_at', 'is', null)
    .orderBy('a.uploaded_at')
    .orderBy('a.id')
    .execute();
}

/**
 * The published results over the years, per branch (for the dashboard's assessment series): `{year, branchId, total,
 * grade, rank}` oldest year first, of every branch or of one. Stored results only: never recomputed.
 */
export async function assessmentSeries(db: Db, organId: string, branchId?: string) {
  let q = db
    .selectFrom('assessment_results as r')
    .innerJoin('assessments as a', 'a.id', 'r.assessment_id')
    .select(['a.year', 'r.branch_id', 'r.total', 'r.grade', 'r.rank'])
    .where('a.organ_id', '=', organId)
    .where('a.status', '=', 'published');
  if (branchId) q = q.where('r.branch_id', '=', branchId);
  const rows = await q.orderBy('a.year').orderBy('r.rank').orderBy('r.branch_id').execute();
  return rows.map((r) => ({ year: r.year, branchId: r.branch_id, total: Number(r.total), grade: r.grade, rank: r.rank }));
}
