import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { addDays, allocationShare } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import { keyValue, paragraph, renderPdf } from '../documents/index.js';
import { fileStoreFor, type FileStore } from '../features/attachments/store.js';

const U = 'uuid';
const T = 'text';
const D = 'date';
const I = 'integer';

/** A small 收据 PDF as the receipt copy of a demo expense. */
const receiptPdf = (branch: string, title: string, amountFen: number, on: string) =>
  renderPdf({
    title: '收  据',
    subtitle: `演示票据 · ${on}`,
    blocks: [keyValue([['交款单位', branch], ['事由', title], ['金额（元）', (amountFen / 100).toFixed(2)], ['日期', on]], 1), paragraph('（演示数据，非真实票据）')],
  });

/**
 * The demo's activity funds, care and education (issue 6 items 6, 10, 11), relative to `asOf`: every branch got its
 * share of last year's dues, a few branches spent some of it (each expense with a generated receipt PDF), one venue
 * plan approved and one waiting; two members in difficulty (one visited this year, one not yet); this year's study
 * notebooks issued in every branch but the last; a training for the 书记 of every branch but the last.
 */
export async function loadDemoCare(trx: Kysely<DB>, organId: string, asOf: string, actor: string, files: FileStore = fileStoreFor({ backend: 'postgres', dataDir: null })): Promise<void> {
  const y = Number(asOf.slice(0, 4));
  const branches = await trx.selectFrom('branches').select(['id', 'full_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute();
  if (branches.length === 0) return;
  const members = await sql<{ branch_id: string; person_id: string; name: string }>`
    select bm.branch_id, p.id as person_id, p.name from branch_memberships bm join persons p on p.id = bm.person_id join branches b on b.id = bm.branch_id
    where b.organ_id = ${organId} and p.category in ('full', 'probationary') and p.status = 'active'
      and bm.start_on <= ${asOf}::date and (bm.end_on is null or bm.end_on >= ${asOf}::date)
    order by p.name_pinyin`.execute(trx);
  const secretaries = await sql<{ branch_id: string; person_id: string }>`
    select c.branch_id, cm.person_id from committee_members cm join committees c on c.id = cm.committee_id join branches b on b.id = c.branch_id
    where b.organ_id = ${organId} and cm.role = 'secretary' and c.ended_on is null and cm.end_on is null and cm.start_on <= ${asOf}::date`.execute(trx);
  // last year's dues, allocated in March; early in a year (before its expenses could follow) the year before's
  const early = asOf < `${y}-05-20`;
  const duesYear = early ? y - 2 : y - 1;
  const allocatedOn = early ? `${y - 1}-03-15` : `${y}-03-15`;
  const planYear = duesYear + 1;
  const dues = await sql<{ branch_id: string; s: string }>`select branch_id, sum(amount_fen)::text as s from dues_payments
    where organ_id = ${organId} and paid_on between ${`${duesYear}-01-01`}::date and ${`${duesYear}-12-31`}::date group by branch_id`.execute(trx);
  const duesOf = new Map(dues.rows.map((r) => [r.branch_id, Number(r.s)]));
  const membersOf = (b: string) => members.rows.filter((m) => m.branch_id === b);
  const clamp = (d: string) => (d <= asOf ? d : asOf);

  // allocations (25%; 30 yuan a member where the demo has no dues of that year), and expenses
  const entries: Record<string, unknown>[] = [];
  const plans: Record<string, unknown>[] = [];
  const attachments: Record<string, unknown>[] = [];
  for (const [i, b] of branches.entries()) {
    const n = membersOf(b.id).length;
    const amount = allocationShare(duesOf.get(b.id) ?? 0, 25) || n * 3000;
    if (amount <= 0) continue;
    entries.push({ id: randomUUID(), organ_id: organId, branch_id: b.id, kind: 'allocation', occurred_on: allocatedOn, amount_fen: amount, title: `${duesYear}年度留存党费活动经费（25%）`, dues_year: duesYear });
    if (i === 0) {
      const approved = randomUUID();
      plans.push({ id: approved, organ_id: organId, branch_id: b.id, year: planYear, title: '党员活动室场地租用', amount_fen: Math.floor(amount / 4), details: '主题党日活动借用会议室，全年约4次', status: 'approved', decided_on: `${planYear}-03-20`, decision_note: '同意，按实际发生报销' });
      plans.push({ id: randomUUID(), organ_id: organId, branch_id: b.id, year: planYear, title: '红色教育基地参观场地费', amount_fen: Math.floor(amount / 5), details: '七一前后组织参观', status: 'submitted', decided_on: null, decision_note: null });
      entries.push({ id: randomUUID(), organ_id: organId, branch_id: b.id, kind: 'expense', occurred_on: addDays(allocatedOn, 30), amount_fen: Math.floor(amount / 8), title: '主题党日活动室租金', use_category: 'venue', activity_report: '组织全体党员开展主题党日活动，借用活动室半天，学习党章并重温入党誓词。', venue_plan_id: approved });
    }
    if (i < 3) {
      entries.push({ id: randomUUID(), organ_id: organId, branch_id: b.id, kind: 'expense', occurred_on: addDays(allocatedOn, 20), amount_fen: Math.floor(amount / 5), title: '购买党员教育读本', use_category: 'materials', activity_report: `为支部${n}名党员购买《中国共产党章程》和学习读本，用于集中学习和个人自学。` });
      entries.push({ id: randomUUID(), organ_id: organId, branch_id: b.id, kind: 'expense', occurred_on: addDays(allocatedOn, 60), amount_fen: Math.floor(amount / 6), title: '党员培训资料费', use_category: 'training', activity_report: '组织党员参加党的创新理论专题培训，印制培训资料并购置学习笔记本。' });
    }
  }
  for (const e of entries.filter((x) => x.kind === 'expense')) {
    const b = branches.find((x) => x.id === e.branch_id)!;
    const bytes = await receiptPdf(b.full_name, String(e.title), Number(e.amount_fen), String(e.occurred_on));
    const { sha256 } = await files.put(trx, bytes, 'application/pdf');
    attachments.push({ id: randomUUID(), organ_id: organId, entity_type: 'fundExpense', entity_id: e.id, slot: 'receipt', file_sha256: sha256, file_name: `收据-${e.occurred_on}.pdf`, uploaded_by: actor, uploaded_at: `${e.occurred_on}T10:00:00+08:00` });
  }
  await bulkInsert(trx, 'venue_expense_plans', plans, { id: U, organ_id: U, branch_id: U, year: I, title: T, amount_fen: 'bigint', details: T, status: T, decided_on: D, decision_note: T });
  await bulkInsert(trx, 'fund_entries', entries, {
    id: U, organ_id: U, branch_id: U, kind: T, occurred_on: D, amount_fen: 'bigint', title: T, dues_year: I, use_category: T, activity_report: T, meeting_id: U, venue_plan_id: U,
  });
  await bulkInsert(trx, 'attachments', attachments, { id: U, organ_id: U, entity_type: T, entity_id: U, slot: T, file_sha256: T, file_name: T, uploaded_by: T, uploaded_at: 'timestamptz' });

  // two members in difficulty in the first branch: one visited this year, one not yet
  const first = membersOf(branches[0]!.id);
  const [ill, poor] = [first.at(-1), first.at(-2)];
  const hardships: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  if (ill && poor) {
    const h1 = randomUUID();
    hardships.push({ id: h1, branch_id: branches[0]!.id, person_id: ill.person_id, kind: 'illness', details: '本人患慢性病长期治疗，医疗费用负担较重', since_on: `${y - 1}-09-01` });
    visits.push({ id: randomUUID(), branch_id: branches[0]!.id, person_id: ill.person_id, hardship_id: h1, visited_on: clamp(`${y}-01-20`), kind: 'aid', visitors: '支部书记、组织委员', aid_fen: 100000, description: '春节前上门走访慰问，送去慰问金，了解治疗情况。' });
    hardships.push({ id: randomUUID(), branch_id: branches[0]!.id, person_id: poor.person_id, kind: 'family', details: '家属突发重病住院，家庭负担加重', since_on: clamp(addDays(asOf, -40)) });
  }
  await bulkInsert(trx, 'hardships', hardships, { id: U, branch_id: U, person_id: U, kind: T, details: T, since_on: D });
  await bulkInsert(trx, 'care_visits', visits, { id: U, branch_id: U, person_id: U, hardship_id: U, visited_on: D, kind: T, visitors: T, aid_fen: 'bigint', description: T });

  // this year's notebooks in every branch but the last; a training for the 书记 of every branch but the last
  const last = branches.at(-1)!.id;
  const notebooks = members.rows.filter((m) => m.branch_id !== last).map((m) => ({ person_id: m.person_id, year: y, branch_id: m.branch_id, issued_on: clamp(`${y}-02-20`) }));
  const seen = new Set<string>();
  await bulkInsert(trx, 'study_notebooks', notebooks.filter((n) => !seen.has(n.person_id) && seen.add(n.person_id)), { person_id: U, year: I, branch_id: U, issued_on: D });
  const trainingStart = clamp(`${y}-04-13`);
  const trainings = secretaries.rows
    .filter((s) => s.branch_id !== last)
    .map((s) => ({ id: randomUUID(), branch_id: s.branch_id, person_id: s.person_id, title: `${y}年度党支部书记轮训班`, organizer: '市直机关工委', start_on: trainingStart, end_on: clamp(addDays(trainingStart, 2)), hours_tenths: 240 }));
  await bulkInsert(trx, 'secretary_trainings', trainings, { id: U, branch_id: U, person_id: U, title: T, organizer: T, start_on: D, end_on: D, hours_tenths: I });
  // a few self-recorded study records in the first branch
  await bulkInsert(
    trx,
    'study_records',
    first.slice(0, 4).map((m, i) => ({ id: randomUUID(), branch_id: branches[0]!.id, person_id: m.person_id, studied_on: clamp(`${y}-0${3 + i}-10`), title: '学习《习近平新时代中国特色社会主义思想学习纲要》', form: i % 2 ? 'online' : 'self', hours_tenths: 20 })),
    { id: U, branch_id: U, person_id: U, studied_on: D, title: T, form: T, hours_tenths: I },
  );
}
