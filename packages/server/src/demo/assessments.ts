import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { defaultScheme, type SchemeItem } from '@zhibu/domain';
import type { Ctx } from '../context.js';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import { storeResults } from '../features/assessments/service.js';
import { findAssessment } from '../features/assessments/repository.js';

const U = 'uuid';
const T = 'text';
const TS = 'timestamptz';

/** What an assessor writes when a ◐ item loses points (by clause). */
const DEDUCTIONS: Record<string, string> = {
  'MEM-2': '部分党员学习笔记记录不全',
  'LED-2': '组织管理档案个别材料缺页',
  'LED-3': '党员管理档案归档不及时',
  'LED-4': '组织生活档案未按时间顺序整理',
  'LED-5': '集中教育档案缺少学习计划',
  'LED-6': '创先争优档案材料不全',
  'LED-7': '经费保障档案缺少活动书面报告',
  'LED-8': '党费证登记不完整',
  'VEN-1': '个性展板未体现支部特色',
  'VEN-2': '宣传栏内容更新不及时',
  'ROLE-1': '传达学习上级精神不够及时',
  'ROLE-2': '落实机关党委部署的任务有延误',
  'ROLE-3': '支委分工不够明确',
  'ROLE-4': '联系服务群众的举措较少',
  'ROLE-5': '党建与业务结合不够紧密',
  'REQ-1': '书记抓党建工作计划不够具体',
  'REQ-2': '活动阵地经费未列入年度计划',
};

/** A few deductions, spread over branches and items without a random source (the demo is the same every time). */
const deducts = (branchIndex: number, itemIndex: number) => (branchIndex * 7 + itemIndex * 3) % 11 < 2;
const lossOf = (points: number) => (points >= 3 ? 1 : 0.5);

/**
 * The demo's 检查考核 (issue 7 §6), relative to `asOf`: last year's assessment published — every branch self-assessed
 * and scored by the assessor (a few ◐ items with deductions and their reasons), the findings items computed from
 * last year's records, totals, grades and ranks stored — with the first-ranked branch nominated 先进党支部 and its
 * 书记 优秀党务工作者; and this year's assessment open, the first branch's self-assessment submitted and a few of
 * its items scored. Runs after every other demo part, so the findings see the whole demo.
 */
export async function loadDemoAssessments(trx: Transaction<DB>, organId: string, asOf: string, actor: string, order: readonly string[] = []): Promise<void> {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const branches = (await trx.selectFrom('branches').select(['id', 'short_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute()).sort(
    (a, b) => rank(a.id) - rank(b.id),
  );
  if (branches.length === 0) return;
  const year = Number(asOf.slice(0, 4));
  const assessorActor = 'user:assessor';
  const scores: Record<string, unknown>[] = [];
  const submissions: Record<string, unknown>[] = [];

  const create = async (y: number, status: 'open', openedAt: string) => {
    const scheme = defaultScheme(y);
    const id = randomUUID();
    await trx
      .insertInto('assessments')
      .values({ id, organ_id: organId, year: y, title: scheme.title, status, grades: JSON.stringify(scheme.grades), opened_at: openedAt, published_at: null, published_by: null, created_by: actor, created_at: openedAt })
      .execute();
    const items = scheme.items.map((it, i) => ({ id: randomUUID(), assessment_id: id, ...it, sort_order: i }));
    await bulkInsert(trx, 'assessment_items', items, { id: U, assessment_id: U, standard: T, clause: T, title: T, guidance: T, points: 'numeric', method: T, sort_order: 'integer' });
    return { id, items };
  };
  type Item = SchemeItem & { id: string };
  const score = (assessmentId: string, branchId: string, it: Item, s: { self?: number | null; selfNote?: string | null; score?: number | null; note?: string | null; at: string }) =>
    scores.push({
      id: randomUUID(),
      assessment_id: assessmentId,
      item_id: it.id,
      branch_id: branchId,
      self_score: s.self ?? null,
      self_note: s.selfNote ?? null,
      score: s.score ?? null,
      note: s.note ?? null,
      scored_by: s.score === undefined || s.score === null ? null : assessorActor,
      scored_at: s.score === undefined || s.score === null ? null : s.at,
    });

  // last year: every branch self-assessed and scored, then published
  const last = await create(year - 1, 'open', `${year - 1}-12-01T01:00:00Z`);
  const scoredAt = `${year}-01-10T02:00:00Z`;
  branches.forEach((b, bi) => {
    last.items.forEach((it, ii) => {
      if (it.method === 'findings') {
        score(last.id, b.id, it, { self: it.points, at: scoredAt });
        return;
      }
      const loses = deducts(bi, ii);
      const given = loses ? it.points - lossOf(it.points) : it.points;
      score(last.id, b.id, it, { self: it.points, score: given, note: loses ? (DEDUCTIONS[it.clause] ?? '材料不全') : null, at: scoredAt });
    });
    submissions.push({ assessment_id: last.id, branch_id: b.id, summary: `${b.short_name}对照标准逐项自查，材料已报机关党委。`, submitted_by: actor, submitted_at: `${year - 1}-12-20T02:00:00Z` });
  });

  // this year: open; the first branch has submitted its self-assessment and the assessor has scored a few items
  const cur = await create(year, 'open', `${asOf}T01:00:00Z`);
  const first = branches[0]!;
  const selfLoss: Record<string, string> = { 'VEN-2': '宣传栏与第二党支部共用，更新频次偏低', 'ROLE-4': '联系服务群众活动开展次数偏少' };
  for (const it of cur.items) {
    const note = selfLoss[it.clause] ?? null;
    const self = note ? it.points - 0.5 : it.points;
    const assessor =
      it.clause === 'VEN-1'
        ? { score: it.points - 0.5, note: '个性展板未更新，见现场照片' }
        : it.clause === 'ROLE-1' || it.clause === 'ROLE-2'
          ? { score: it.points, note: null }
          : {};
    score(cur.id, first.id, it, { self, selfNote: note, ...assessor, at: `${asOf}T03:00:00Z` });
  }
  submissions.push({ assessment_id: cur.id, branch_id: first.id, summary: '本年度组织生活按计划开展，台账按月整理；宣传栏更新频次仍需提高。', submitted_by: 'user:shuji', submitted_at: `${asOf}T02:00:00Z` });

  await bulkInsert(trx, 'assessment_scores', scores, { id: U, assessment_id: U, item_id: U, branch_id: U, self_score: 'numeric', self_note: T, score: 'numeric', note: T, scored_by: T, scored_at: TS });
  await bulkInsert(trx, 'assessment_submissions', submissions, { assessment_id: U, branch_id: U, summary: T, submitted_by: T, submitted_at: TS });

  // publish last year's as the 机关党委 would have at the start of this year (findings judged on 31 December)
  const ctx: Ctx = { db: trx, viewer: { accountId: 'demo', organId, personId: null, organRoles: ['organAdmin'], branchRoles: {}, ledGroups: [] }, actor, today: asOf };
  const { ranked } = await storeResults(ctx, trx, (await findAssessment(trx, organId, last.id))!);
  await trx.updateTable('assessments').set({ published_at: `${year}-01-15T02:00:00Z` }).where('id', '=', last.id).execute();

  // nominations: the first-ranked branch and its 书记
  const top = ranked[0]!;
  const nominations: Record<string, unknown>[] = [
    { id: randomUUID(), assessment_id: last.id, kind: 'advancedBranch', branch_id: top.branchId, person_id: null, reason: `${year - 1}年度检查考核得分${top.total}分（${top.grade}），排名第1；组织生活规范，台账齐全。`, nominated_by: 'user:admin', nominated_at: `${year}-01-20T02:00:00Z` },
  ];
  const secretary = await secretaryOf(trx, top.branchId, asOf);
  if (secretary) {
    nominations.push({ id: randomUUID(), assessment_id: last.id, kind: 'excellentWorker', branch_id: top.branchId, person_id: secretary, reason: '书记带头讲党课，抓党建责任落实到位，支部考核成绩优秀。', nominated_by: 'user:admin', nominated_at: `${year}-01-20T02:05:00Z` });
  }
  await bulkInsert(trx, 'assessment_nominations', nominations, { id: U, assessment_id: U, kind: T, branch_id: U, person_id: U, reason: T, nominated_by: T, nominated_at: TS });
}

/** The branch's 书记 of the current term who is still a 党员 on its roster. */
async function secretaryOf(db: Kysely<DB>, branchId: string, asOf: string): Promise<string | null> {
  const r = await sql<{ person_id: string }>`
    select cm.person_id from committee_members cm join committees c on c.id = cm.committee_id
    join branch_memberships bm on bm.person_id = cm.person_id and bm.branch_id = c.branch_id
    join persons p on p.id = cm.person_id
    where c.branch_id = ${branchId} and cm.role = 'secretary' and c.ended_on is null and cm.end_on is null
      and bm.start_on <= ${asOf}::date and (bm.end_on is null or bm.end_on > ${asOf}::date)
      and p.category in ('full', 'probationary') and p.status = 'active'
    limit 1`.execute(db);
  return r.rows[0]?.person_id ?? null;
}
