import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BranchCheck } from '@zhibu/schemas';
import { buildWorld, type World } from './fixtures.js';

/**
 * The rules of issue 5 (LIFE-6..9, MEM-4, LED-1) read their records from the database: records inserted for branch A
 * turn its findings from 即将到期 / 不符合 to 符合 in `GET /api/branches/:id/check` (today is 2026-11-24).
 */
let w: World;
let secA: string;
const backend = inject('backend');

beforeAll(async () => {
  w = await buildWorld();
  secA = await w.login('secretarya');
});
afterAll(async () => w.close());

const check = async () => {
  const r = await w.app.inject({ method: 'GET', url: `/api/branches/${w.branchA}/check`, headers: { cookie: secA } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as BranchCheck;
};
const of = (c: BranchCheck, rule: string) => c.findings.filter((f) => f.rule === rule);
const statusOf = (c: BranchCheck, rule: string, subjectId?: string) => of(c, rule).find((f) => (subjectId ? f.subject?.id === subjectId : !f.subject))?.status;
const base = () => ({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA });

describe(`organisational-life rules from the records (${backend})`, () => {
  it('LIFE-6.branch-report: returned is 不符合 with the reason; received is 符合', async () => {
    expect(statusOf(await check(), 'LIFE-6.branch-report')).toBe('dueSoon');
    const row = { ...base(), year: 2026, kind: 'toOrgan' as const, title: '2026年工作报告', status: 'returned' as const, submitted_on: '2026-11-01', return_reason: '缺少党员发展情况' };
    await w.database.db.insertInto('branch_reports').values(row).execute();
    const returned = of(await check(), 'LIFE-6.branch-report')[0]!;
    expect(returned).toMatchObject({ status: 'unmet', message: '2026年工作报告被机关党委退回：缺少党员发展情况；请修改后重新报送。' });
    await w.database.db.updateTable('branch_reports').set({ status: 'received', received_on: '2026-11-20' }).where('id', '=', row.id).execute();
    expect(of(await check(), 'LIFE-6.branch-report')[0]).toMatchObject({ status: 'met', evidence: [{ kind: 'report', id: row.id }] });
    expect(statusOf(await check(), 'LIFE-6.year-end-report')).toBe('dueSoon');
  });

  it('LIFE-7.life-meeting: an overdue 整改 item is 不符合 (逾期); closing it makes the year 符合', async () => {
    expect(statusOf(await check(), 'LIFE-7.life-meeting')).toBe('dueSoon');
    const meeting = { ...base(), group_id: null, kind: 'lifeMeeting' as const, status: 'held' as const, held_on: '2026-03-10', start_time: '09:00', end_time: '11:00', title: '2025年度组织生活会' };
    await w.database.db.insertInto('meetings').values(meeting).execute();
    // held, no 台账 within 60 days: not met
    expect(of(await check(), 'LIFE-7.life-meeting')[0]!.message).toMatch(/会后未建立整改落实台账/);
    const item = { ...base(), meeting_id: meeting.id, seq: 1, source: 'criticism' as const, problem: '理论学习不够深入', measure: '制定学习计划', deadline: '2026-06-30' };
    await w.database.db.insertInto('rectifications').values(item).execute();
    const overdue = of(await check(), 'LIFE-7.life-meeting')[0]!;
    expect(overdue.status).toBe('unmet');
    expect(overdue.message).toMatch(/1项逾期未完成：1\. 理论学习不够深入/);
    await w.database.db.updateTable('rectifications').set({ status: 'closed', closed_on: '2026-07-10' }).where('id', '=', item.id).execute();
    expect(statusOf(await check(), 'LIFE-7.life-meeting')).toBe('met');
  });

  it('MEM-4.talks and LIFE-8.member-report: one finding per 党员, met for the one with a record', async () => {
    const before = await check();
    // eight 党员 in A (the activist is not judged)
    expect(of(before, 'MEM-4.talks')).toHaveLength(8);
    expect(of(before, 'LIFE-8.member-report')).toHaveLength(8);
    expect(of(before, 'MEM-4.talks').find((f) => f.subject?.id === w.persons.memberA)).toMatchObject({ status: 'dueSoon', subject: { kind: 'member', name: '钱七' } });
    // the 书记 (a post: A has no committee record) talks with 钱七; 李四 and 王五 talk, and 李四 holds a post
    await w.database.db
      .insertInto('talks')
      .values([
        { ...base(), talked_on: '2026-05-01', talker_person_id: w.persons.secretaryA!, talkee_person_id: w.persons.memberA!, topics: '工作和思想情况' },
        { ...base(), talked_on: '2026-05-02', talker_person_id: w.persons.spare1!, talkee_person_id: w.persons.spare2!, topics: '学习体会' },
      ])
      .execute();
    await w.database.db
      .insertInto('member_reports')
      .values({ ...base(), person_id: w.persons.memberA!, year: 2026, reported_on: '2026-11-01', audience: 'group', entered_by: 'self' })
      .execute();
    const after = await check();
    expect(statusOf(after, 'MEM-4.talks', w.persons.memberA)).toBe('met');
    expect(statusOf(after, 'MEM-4.talks', w.persons.secretaryA)).toBe('met');
    // two ordinary members talking is not a talk with the committee
    expect(statusOf(after, 'MEM-4.talks', w.persons.spare1)).toBe('dueSoon');
    expect(statusOf(after, 'LIFE-8.member-report', w.persons.memberA)).toBe('met');
    expect(statusOf(after, 'LIFE-8.member-report', w.persons.orgA)).toBe('dueSoon');
  });

  it('LIFE-9.appraisal: pending at 民主测评, met once 组织评定 is done', async () => {
    expect(statusOf(await check(), 'LIFE-9.appraisal')).toBe('dueSoon');
    const row = { ...base(), year: 2026, step: 'ballot' as const, started_on: '2026-11-01' };
    await w.database.db.insertInto('appraisals').values(row).execute();
    expect(of(await check(), 'LIFE-9.appraisal')[0]).toMatchObject({ status: 'pending', message: '2026年民主评议党员正在进行，目前在“民主测评”环节。' });
    await w.database.db.updateTable('appraisals').set({ step: 'done', graded_on: '2026-11-20' }).where('id', '=', row.id).execute();
    expect(of(await check(), 'LIFE-9.appraisal')[0]).toMatchObject({ status: 'met', evidence: [{ kind: 'appraisal', date: '2026-11-20' }] });
  });

  it('LED-1.record-book-closed reads last year’s books, and each group that met last year', async () => {
    expect(of(await check(), 'LED-1.record-book-closed').map((f) => f.status)).toEqual(['unmet']);
    await w.database.db
      .insertInto('meetings')
      .values({ ...base(), group_id: w.groupA1, kind: 'groupMeeting', status: 'held', held_on: '2025-06-01', title: '党小组会' })
      .execute();
    await w.database.db
      .insertInto('record_books')
      .values({ ...base(), group_id: null, year: 2025, closed_on: '2026-01-15', closed_by: '张三', handed_over_on: '2026-01-20', handed_to: '机关党委' })
      .execute();
    const books = of(await check(), 'LED-1.record-book-closed');
    expect(books.map((f) => [f.subject?.id ?? null, f.status])).toEqual([
      [null, 'met'],
      [w.groupA1, 'unmet'],
    ]);
    // the 2025 group meeting is not a 2025 finding of LIFE-3 in the 2026 check
    expect(of(await check(), 'LIFE-3.monthly').every((f) => f.period.startsWith('2026'))).toBe(true);
  });
});
