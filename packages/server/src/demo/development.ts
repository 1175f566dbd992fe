import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { addDays, addMonths, addWorkdays, addYears, idCheckChar, nameSearchKeys, type DevStepData } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';

/**
 * The demo's 发展党员 files (issue 6 items 1–3), relative to `asOf`, per branch from the people the roster already
 * holds in each category (so the categories agree with the files): an 入党申请人 whose talk is overdue (applied 45
 * days ago, no talk: the first branch only; elsewhere applied 10 days ago), an 入党积极分子 past one year and ready to be a 发展对象, a 发展对象 in the 拟接收预备党员公示
 * running today, and a 预备党员 whose probation ends within a month (入党日期 set to the admission meeting).
 */
type Step = [number, string, DevStepData?];

export interface DemoDevFiles {
  developments: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  evaluations: Record<string, unknown>[];
  notices: Record<string, unknown>[];
  joined: { personId: string; joinedOn: string }[];
}

/** The records of one branch's files (pure, shared with the bench generator). */
export function demoDevelopmentFiles(
  organId: string,
  asOf: string,
  b: { id: string; applicant?: string; appliedOn?: string; activist?: string; candidate?: string; probationary?: string; full: string[]; secretary: string | null },
  out: DemoDevFiles,
): void {
  const clamp = (d: string) => (d <= asOf ? d : asOf);
  const contacts = b.full.slice(0, 1);
  const introducers = b.full.slice(0, 2);
  const expected = b.full.length;
  const vote = { expected, present: Math.max(expected - 1, Math.floor(expected / 2) + 1), writtenOpinions: 0, yes: Math.max(expected - 1, Math.floor(expected / 2) + 1), no: 0, abstain: 0 };
  const add = (personId: string, steps: Step[], evaluations: [string, string][], notices: [string, string, string | null][]) => {
    const id = randomUUID();
    out.developments.push({ id, organ_id: organId, branch_id: b.id, person_id: personId, rule_version: '2014', status: 'open' });
    for (const [step, doneOn, data] of steps) {
      out.steps.push({
        id: randomUUID(),
        development_id: id,
        step,
        done_on: doneOn,
        actor: step === 1 ? '入党申请人' : step === 13 || step === 16 || step === 17 || step === 18 ? '机关党委' : step === 15 ? '支部党员大会' : '支部委员会',
        responsible_person_id: b.secretary,
        note: null,
        data: data ?? {},
      });
    }
    for (const [kind, heldOn] of evaluations) {
      const many = kind === 'massEvaluation' || kind === 'leagueRecommendation';
      out.evaluations.push({ id: randomUUID(), development_id: id, kind, held_on: heldOn, organization: kind === 'leagueRecommendation' ? '机关团委' : null, participant_count: many ? 20 : expected, favourable_count: many ? 18 : expected, general_count: null, poor_count: null, abstain_count: null, note: null });
    }
    for (const [stage, startOn, outcome] of notices) out.notices.push({ id: randomUUID(), development_id: id, stage, start_on: startOn, end_on: addWorkdays(startOn, 5), outcome, feedback: null });
  };
  /** steps 1–6 from the activist date */
  const early = (a3: string): Step[] => [
    [1, addDays(a3, -150)],
    [2, addDays(a3, -135)],
    [3, a3],
    [4, addDays(a3, 5)],
    [5, addDays(a3, 10), { personIds: contacts }],
    [6, addMonths(a3, 6)],
    [6, addDays(addMonths(a3, 12), -5)],
  ];
  const recommend = (a3: string): [string, string][] => [
    ['memberRecommendation', addDays(a3, -12)],
    ['leagueRecommendation', addDays(a3, -10)],
  ];
  /** steps 7–14 from the 发展对象 date */
  const middle = (s7: string): Step[] => [
    [7, s7],
    [8, addDays(s7, 4)],
    [9, addDays(s7, 10), { personIds: introducers }],
    [10, addDays(s7, 20), { result: 'passed' }],
    [11, addDays(s7, 30), { trainingDays: 3, trainingHours: 24 }],
    [12, addDays(s7, 40)],
    [13, addDays(s7, 48), { result: 'passed' }],
    [14, addDays(s7, 52)],
  ];
  const targetEvaluations = (s7: string): [string, string][] => [
    ['massEvaluation', addDays(s7, -20)],
    ['memberEvaluation', addDays(s7, -20)],
  ];

  if (b.applicant) add(b.applicant, [[1, b.appliedOn ?? addDays(asOf, -45)]], [], []);
  if (b.activist) {
    const a3 = addMonths(asOf, -13);
    add(b.activist, early(a3), recommend(a3), []);
  }
  if (b.candidate) {
    const s7 = addMonths(asOf, -3);
    const a3 = addMonths(s7, -13);
    const noticeStart = addDays(asOf, -2);
    add(b.candidate, [...early(a3), ...middle(s7)].filter(([, d]) => d <= asOf), [...recommend(a3), ...targetEvaluations(s7)], [
      ['candidate', addDays(s7, -14), 'noObjection'],
      ['admission', noticeStart, null],
    ]);
  }
  if (b.probationary) {
    const s15 = addDays(addYears(asOf, -1), 20);
    const s7 = addDays(s15, -75);
    const a3 = addMonths(s7, -13);
    const s17 = addDays(s15, 40);
    add(
      b.probationary,
      [
        ...early(a3),
        ...middle(s7),
        [15, s15, vote],
        [16, addDays(s15, 10)],
        [17, s17, { outcome: 'approved' }],
        [18, addDays(s17, 3)],
        [19, addDays(s17, 5)],
        [20, addDays(s17, 15)],
        [21, addDays(s17, 90)],
        [21, addDays(s17, 200)],
      ].filter(([, d]) => (d as string) <= asOf) as Step[],
      [...recommend(a3), ...targetEvaluations(s7)],
      [
        ['candidate', addDays(s7, -14), 'noObjection'],
        ['admission', clamp(addDays(s15, -10)), 'noObjection'],
      ],
    );
    out.joined.push({ personId: b.probationary, joinedOn: s15 });
  }
}

export const emptyDemoDevFiles = (): DemoDevFiles => ({ developments: [], steps: [], evaluations: [], notices: [], joined: [] });

/** Inserts the files (bulk) and sets each 预备党员's 入党日期 to their admission meeting (record once). */
export async function insertDevFiles(trx: Kysely<DB>, f: DemoDevFiles): Promise<void> {
  await bulkInsert(trx, 'developments', f.developments, { id: 'uuid', organ_id: 'uuid', branch_id: 'uuid', person_id: 'uuid', rule_version: 'text', status: 'text' });
  await bulkInsert(trx, 'development_steps', f.steps, { id: 'uuid', development_id: 'uuid', step: 'integer', done_on: 'date', actor: 'text', responsible_person_id: 'uuid', note: 'text', data: 'jsonb' });
  await bulkInsert(trx, 'development_evaluations', f.evaluations, {
    id: 'uuid', development_id: 'uuid', kind: 'text', held_on: 'date', organization: 'text', participant_count: 'integer', favourable_count: 'integer',
    general_count: 'integer', poor_count: 'integer', abstain_count: 'integer', note: 'text',
  });
  await bulkInsert(trx, 'public_notices', f.notices, { id: 'uuid', development_id: 'uuid', stage: 'text', start_on: 'date', end_on: 'date', outcome: 'text', feedback: 'text' });
  if (f.joined.length) {
    await sql`update persons p set joined_on = x.joined_on::date from jsonb_to_recordset(${JSON.stringify(f.joined.map((j) => ({ id: j.personId, joined_on: j.joinedOn })))}::jsonb) as x(id uuid, joined_on text) where p.id = x.id`.execute(trx);
  }
}

/**
 * `firstBranchId`: the demo's first branch (办公厅第一党支部), where the applicant's talk is overdue. `preferred`: the
 * people with a demo account, taken first in their category, so that the demo's 入党积极分子 (jiji) finds their own
 * file in 我的.
 */
export async function loadDemoDevelopment(trx: Kysely<DB>, organId: string, asOf: string, firstBranchId?: string, preferred: string[] = []): Promise<void> {
  const people = await sql<{ branch_id: string; person_id: string; category: string }>`
    select bm.branch_id, p.id as person_id, p.category from branch_memberships bm join persons p on p.id = bm.person_id join branches b on b.id = bm.branch_id
    where b.organ_id = ${organId} and b.status = 'active' and p.status = 'active'
      and bm.start_on <= ${asOf}::date and (bm.end_on is null or bm.end_on >= ${asOf}::date)
    order by b.full_name, p.id = any(${preferred}::uuid[]) desc, p.name_pinyin`.execute(trx);
  const secretaries = await sql<{ branch_id: string; person_id: string }>`
    select c.branch_id, cm.person_id from committee_members cm join committees c on c.id = cm.committee_id join branches b on b.id = c.branch_id
    where b.organ_id = ${organId} and cm.role = 'secretary' and c.ended_on is null and cm.end_on is null`.execute(trx);
  const byBranch = new Map<string, { person_id: string; category: string }[]>();
  for (const r of people.rows) byBranch.set(r.branch_id, [...(byBranch.get(r.branch_id) ?? []), r]);
  const out = emptyDemoDevFiles();
  // the demo roster has no 入党申请人: one new applicant per branch; the first branch's applied 45 days ago (talk overdue),
  // the others' 10 days ago (a single 不符合 in one branch keeps the other branches' 体检 as the demo describes them)
  const NAMES = ['林晓雯', '韩子轩', '唐宁', '冯雨桐', '邓思远', '袁航', '蒋琳', '谢宇航', '曹阳', '彭静怡'];
  const applicants: Record<string, unknown>[] = [];
  const appliedOn = new Map<string, string>();
  const memberships: Record<string, unknown>[] = [];
  const keys = [...byBranch.keys()].filter((b) => byBranch.get(b)!.filter((r) => r.category === 'full').length >= 3);
  keys.sort((a, b) => Number(b === firstBranchId) - Number(a === firstBranchId));
  keys.forEach((branchId, i) => {
    const id = randomUUID();
    const name = `${NAMES[i % NAMES.length]}${i >= NAMES.length ? String(Math.floor(i / NAMES.length) + 1) : ''}`;
    const body = `110101${1998 + (i % 5)}0${1 + (i % 9)}1${i % 10}${String(500 + i).slice(-3)}`;
    const keys = nameSearchKeys(name);
    applicants.push({ id, organ_id: organId, name, id_number: body + idCheckChar(body), category: 'applicant', status: 'active', name_initials: keys.initials, name_pinyin: keys.full, gender: Number(body[16]) % 2 === 1 ? 'male' : 'female', birth_date: `${body.slice(6, 10)}-${body.slice(10, 12)}-${body.slice(12, 14)}` });
    memberships.push({ id: randomUUID(), person_id: id, branch_id: branchId, start_on: addDays(asOf, i === 0 ? -45 : -10) });
    appliedOn.set(id, addDays(asOf, i === 0 ? -45 : -10));
    byBranch.get(branchId)!.push({ person_id: id, category: 'applicant' });
  });
  await bulkInsert(trx, 'persons', applicants, { id: 'uuid', organ_id: 'uuid', name: 'text', id_number: 'text', category: 'text', status: 'text', name_initials: 'text', name_pinyin: 'text', gender: 'text', birth_date: 'date' });
  await bulkInsert(trx, 'branch_memberships', memberships, { id: 'uuid', person_id: 'uuid', branch_id: 'uuid', start_on: 'date' });
  for (const [branchId, rows] of byBranch) {
    const first = (c: string) => rows.find((r) => r.category === c)?.person_id;
    const full = rows.filter((r) => r.category === 'full').map((r) => r.person_id);
    if (full.length < 3) continue;
    demoDevelopmentFiles(
      organId,
      asOf,
      { id: branchId, applicant: first('applicant'), appliedOn: appliedOn.get(first('applicant') ?? ''), activist: first('activist'), candidate: first('candidate'), probationary: first('probationary'), full, secretary: secretaries.rows.find((s) => s.branch_id === branchId)?.person_id ?? null },
      out,
    );
  }
  await insertDevFiles(trx, out);
}
