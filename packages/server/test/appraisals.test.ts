import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { insertAccount } from '../src/features/accounts/service.js';
import { createPerson } from '../src/features/persons/service.js';
import { adminCtx, buildWorld, makeIdNumber, PASSWORD, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';
import { pdfPagesText } from '../src/documents/testTools.js';

/**
 * Issue 5 §7 (LIFE-9): 民主评议党员 in four steps, in order. A member writes their own self review; paper tallies
 * must add up; an online ballot records who voted and never what; 组织评定 keeps 优秀 within a third and gives a
 * 预备党员 no grade; the 登记表, 测评表 and 汇总表 print. Every refused input answers in Chinese and changes nothing.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];
// the appraisal tables (tallies, and who voted) and the audit log must not move on a refused call
const { call, ok, refused } = apiClient(() => w, ['appraisals', 'appraisal_members', 'appraisal_voters']);

/** A text that names no grade (the secrecy search below looks for grade words beside a voter's id). */
const REVIEW = '本年度认真学习党的理论，按时参加组织生活，完成支部分配的任务。';

async function start(year: number, startedOn: string, ballotMode: 'paper' | 'online') {
  return ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/appraisals`, { year, startedOn, ballotMode }));
}

/** Self reviews entered by the committee and the peer reviews recorded: the appraisal is at its ballot step. */
async function toBallot(id: string) {
  for (const k of [...FULL_A, 'probA']) ok(await call('secretarya', 'PUT', `/api/appraisals/${id}/self-reviews/${p(k)}`, { text: REVIEW, on: '2026-11-20' }));
  ok(await call('secretarya', 'POST', `/api/appraisals/${id}/advance`, { to: 'peerReview' }));
  ok(await call('secretarya', 'PUT', `/api/appraisals/${id}/peer-reviews`, { on: '2026-11-21', entries: [] }));
  return ok(await call('secretarya', 'POST', `/api/appraisals/${id}/advance`, { to: 'ballot' }));
}

async function pdfText(user: string, url: string): Promise<string> {
  const res = await call(user, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-appraisal-'));
  fs.writeFileSync(path.join(dir, 'a.pdf'), res.rawPayload);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return text;
}

beforeAll(async () => {
  w = await buildWorld();
  // a 预备党员 of branch A with a login: takes part, gets no grade, does not vote
  const ctx = adminCtx(w.database.db, w.organId);
  const prob = await createPerson(ctx, { name: '预备甲', idNumber: makeIdNumber('1998-02-02'), category: 'probationary', joinedOn: '2026-03-01', confirmedOn: null, phone: '13800001111', branchId: w.branchA, startOn: '2025-01-01' });
  w.persons.probA = prob.id;
  await w.database.db.transaction().execute((trx) => insertAccount(trx, 'test:fixture', { organId: w.organId, username: 'proba', personId: prob.id, organRoles: [], password: PASSWORD, mustChange: false }));
});
afterAll(async () => {
  await w.close();
});

describe('online anonymous ballot (contracts §5)', () => {
  let id: string;
  it('opens, takes one ballot per 正式党员, hides the running tallies, and adds up when closed', async () => {
    const a = await start(2025, '2026-01-15', 'online');
    id = a.id;
    expect(a.members).toHaveLength(9);
    await toBallot(id);
    await refused(400, /纸质选票|线上/, 'secretarya', 'PUT', `/api/appraisals/${id}/tallies`, { on: '2026-11-22', ballotsIssued: 8, ballotsReturned: 8, entries: [] });
    await refused(400, /未在进行中/, 'membera', 'POST', `/api/appraisals/${id}/ballot`, { votes: [] });
    const opened = ok(await call('orga', 'POST', `/api/appraisals/${id}/ballot/open`));
    expect(opened.ballotOpen).toBe(true);
    expect(opened.ballotsIssued).toBe(8);
    const ballot = ok(await call('membera', 'GET', `/api/appraisals/${id}`)) as { viewer: { canVote: boolean }; members: { person: { id: string }; graded: boolean; selfReview: string | null }[] };
    expect(ballot.viewer.canVote).toBe(true);
    // the voter sees every name on the ballot (the 8 正式党员), and nothing another member wrote
    expect(ballot.members.filter((m) => m.graded)).toHaveLength(8);
    expect(ballot.members.filter((m) => m.person.id !== p('memberA')).every((m) => m.selfReview === null)).toBe(true);

    const v1 = ok(await call('membera', 'POST', `/api/appraisals/${id}/ballot`, { votes: [{ personId: p('secretaryA'), grade: 'excellent' }, { personId: p('orgA'), grade: 'qualified' }] }));
    expect(v1.viewer).toMatchObject({ hasVoted: true, canVote: false });
    ok(await call('spare1', 'POST', `/api/appraisals/${id}/ballot`, { votes: [{ personId: p('secretaryA'), grade: 'excellent' }, { personId: p('orgA'), grade: 'basic' }, { personId: p('memberA'), grade: 'qualified' }] }));
    // while open, nobody sees running counts (two reads would tell one vote)
    const running = ok(await call('secretarya', 'GET', `/api/appraisals/${id}`));
    expect(running.voted).toBe(2);
    expect(running.members.every((m: { tallies: unknown }) => m.tallies === null)).toBe(true);

    await refused(409, /您已投过票/, 'membera', 'POST', `/api/appraisals/${id}/ballot`, { votes: [{ personId: p('secretaryA'), grade: 'unqualified' }] });
    await refused(403, /预备党员/, 'proba', 'POST', `/api/appraisals/${id}/ballot`, { votes: [] });
    await refused(400, /预备甲是预备党员/, 'spare2', 'POST', `/api/appraisals/${id}/ballot`, { votes: [{ personId: p('probA'), grade: 'qualified' }] });
    await refused(400, /只能选择一个等次/, 'spare2', 'POST', `/api/appraisals/${id}/ballot`, { votes: [{ personId: p('orgA'), grade: 'qualified' }, { personId: p('orgA'), grade: 'basic' }] });
    await refused(404, /不存在/, 'memberb', 'POST', `/api/appraisals/${id}/ballot`, { votes: [] });
    await refused(400, /尚未结束/, 'secretarya', 'POST', `/api/appraisals/${id}/advance`, { to: 'grading' });

    const closed = ok(await call('secretarya', 'POST', `/api/appraisals/${id}/ballot/close`));
    expect(closed).toMatchObject({ ballotOpen: false, ballotsIssued: 8, ballotsReturned: 2, voted: 2, ballotedOn: '2026-11-24' });
    const t = (k: string) => closed.members.find((m: { person: { id: string } }) => m.person.id === p(k)).tallies;
    expect(t('secretaryA')).toEqual({ excellent: 2, qualified: 0, basic: 0, unqualified: 0 });
    expect(t('orgA')).toEqual({ excellent: 0, qualified: 1, basic: 1, unqualified: 0 });
    expect(t('memberA')).toEqual({ excellent: 0, qualified: 1, basic: 0, unqualified: 0 });
    await refused(400, /不能重新开始/, 'secretarya', 'POST', `/api/appraisals/${id}/ballot/open`);
    await refused(400, /未在进行中/, 'spare3', 'POST', `/api/appraisals/${id}/ballot`, { votes: [] });
  });

  it('leaves nothing anywhere in the database that links a voter to a grade', async () => {
    const db = w.database.db;
    const voters = (await db.selectFrom('appraisal_voters').select('person_id').where('appraisal_id', '=', id).execute()).map((r) => r.person_id).sort();
    expect(voters).toEqual([p('memberA'), p('spare1')].sort());
    const GRADE_WORDS = ['excellent', 'qualified', 'basic', 'unqualified', '优秀', '合格', '不合格'];
    const tables = await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = 'public' order by 1`.execute(db);
    expect(tables.rows.length).toBeGreaterThan(20);
    const links: string[] = [];
    for (const { t } of tables.rows) {
      // every row as text (jsonb columns, the audit log's before/after included)
      const rows = await sql<{ x: string }>`select x::text as x from ${sql.table(t)} x`.execute(db);
      for (const { x } of rows.rows) {
        for (const v of voters) if (x.includes(v) && GRADE_WORDS.some((g) => x.includes(g))) links.push(`${t}: ${x.slice(0, 200)}`);
      }
    }
    expect(links).toEqual([]);
    // who voted is audited, with nothing else
    const voted = await db.selectFrom('audit_log').select(['after', 'before']).where('action', '=', 'appraisal.voted').execute();
    expect(voted.map((r) => r.after).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(voters.map((v) => ({ voter_person_id: v })));
    expect(voted.every((r) => r.before === null)).toBe(true);
  });
});

describe('paper appraisal: four steps in order, tallies, grading, printing', () => {
  let id: string;
  const url = () => `/api/appraisals/${id}`;

  it('starts once per branch and year, with the roster of its start date', async () => {
    const committee = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'committeeMeeting', heldOn: '2026-11-10', hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), agenda: ['研究工作'] }));
    await refused(400, /类型不符/, 'secretarya', 'POST', `/api/branches/${w.branchA}/appraisals`, { year: 2026, startedOn: '2026-11-20', meetingId: committee.id });
    await refused(403, /只有/, 'membera', 'POST', `/api/branches/${w.branchA}/appraisals`, { year: 2026, startedOn: '2026-11-20' });
    await refused(400, /不能晚于今天/, 'secretarya', 'POST', `/api/branches/${w.branchA}/appraisals`, { year: 2026, startedOn: '2026-12-20' });
    const meeting = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'appraisalMeeting', heldOn: '2026-11-21', hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), agenda: ['民主评议党员'] }));
    const a = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/appraisals`, { year: 2026, startedOn: '2026-11-20', meetingId: meeting.id }));
    id = a.id;
    expect(a).toMatchObject({ step: 'selfReview', ballotMode: 'paper', meetingId: meeting.id, branchName: '中共测试机关第一党支部', excellentMax: 2 });
    expect(a.members).toHaveLength(9); // 8 正式 + 1 预备; the activist is not appraised
    expect(a.members.find((m: { person: { id: string } }) => m.person.id === p('probA')).graded).toBe(false);
    expect(a.members.filter((m: { graded: boolean }) => m.graded)).toHaveLength(8);
    await refused(409, /已经开始/, 'orga', 'POST', `/api/branches/${w.branchA}/appraisals`, { year: 2026, startedOn: '2026-11-22' });
    const list = ok(await call('secretarya', 'GET', `/api/branches/${w.branchA}/appraisals?year=2026`));
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(ok(await call('memberb', 'GET', `/api/branches/${w.branchA}/appraisals`)).items).toEqual([]);
  });

  it('a member writes their own self review in their own login, and sees only their own record', async () => {
    await refused(400, /不能跳过步骤/, 'secretarya', 'POST', `${url()}/advance`, { to: 'ballot' });
    await refused(400, /尚未填写个人自评：.*钱七/, 'secretarya', 'POST', `${url()}/advance`, { to: 'peerReview' });
    const own = ok(await call('membera', 'PUT', `${url()}/self-reviews/${p('memberA')}`, { text: REVIEW }));
    expect(own.members).toHaveLength(1);
    expect(own.members[0]).toMatchObject({ person: { id: p('memberA') }, selfReview: REVIEW, selfReviewBy: 'self', selfReviewOn: '2026-11-24', tallies: null });
    expect(own.viewer).toMatchObject({ manage: false, ownSelfReview: true });
    expect(own.blockers).toEqual([]);
    await refused(403, /本人/, 'membera', 'PUT', `${url()}/self-reviews/${p('spare1')}`, { text: REVIEW });
    await refused(400, /至少写 10 个字/, 'membera', 'PUT', `${url()}/self-reviews/${p('memberA')}`, { text: '很好' });
    await refused(404, /不存在/, 'memberb', 'GET', url());
    for (const k of [...FULL_A, 'probA'].filter((k) => k !== 'memberA')) ok(await call('orga', 'PUT', `${url()}/self-reviews/${p(k)}`, { text: REVIEW, on: '2026-11-20' }));
    const full = ok(await call('secretarya', 'GET', url()));
    expect(full.members.find((m: { person: { id: string } }) => m.person.id === p('spare1')).selfReviewBy).toBe('committee');
    expect(full.blockers).toEqual([]);
  });

  it('moves on one step at a time: peer reviews need their date, the ballot needs its tallies', async () => {
    ok(await call('secretarya', 'POST', `${url()}/advance`, { to: 'peerReview' }));
    await refused(400, /只能在「个人自评」步骤/, 'membera', 'PUT', `${url()}/self-reviews/${p('memberA')}`, { text: REVIEW });
    await refused(400, /不能退回/, 'secretarya', 'POST', `${url()}/advance`, { to: 'peerReview' });
    await refused(400, /尚未登记党员互评/, 'secretarya', 'POST', `${url()}/advance`, { to: 'ballot' });
    await refused(403, /只有/, 'membera', 'PUT', `${url()}/peer-reviews`, { on: '2026-11-21', entries: [] });
    await refused(400, /不在本次评议名单/, 'secretarya', 'PUT', `${url()}/peer-reviews`, { on: '2026-11-21', entries: [{ personId: p('activistA'), text: '积极' }] });
    const peer = ok(await call('secretarya', 'PUT', `${url()}/peer-reviews`, { on: '2026-11-21', entries: [{ personId: p('memberA'), text: '工作踏实，希望多发言' }] }));
    expect(peer.peerReviewedOn).toBe('2026-11-21');
    expect(peer.members.every((m: { tallies: unknown }) => m.tallies === null)).toBe(true);
    ok(await call('secretarya', 'POST', `${url()}/advance`, { to: 'ballot' }));
    await refused(400, /民主测评开始后/, 'secretarya', 'PATCH', url(), { ballotMode: 'online' });
    await refused(400, /尚未录入民主测评计票结果/, 'secretarya', 'POST', `${url()}/advance`, { to: 'grading' });
  });

  const entry = (k: string, excellent: number, qualified: number, basic = 0, unqualified = 0) => ({ personId: p(k), excellent, qualified, basic, unqualified });
  const tallies = () => ({ on: '2026-11-21', ballotsIssued: 9, ballotsReturned: 8, entries: FULL_A.map((k) => entry(k, 2, 6)) });

  it('paper tallies: a member voted more than the ballots returned is refused by name, nothing saved', async () => {
    const bad = tallies();
    bad.entries[4] = entry('memberA', 5, 4);
    await refused(400, /钱七的得票合计（9）多于收回票数（8）/, 'secretarya', 'PUT', `${url()}/tallies`, bad);
    await refused(400, /收回票数（10）不能多于发出票数（9）/, 'secretarya', 'PUT', `${url()}/tallies`, { ...tallies(), ballotsReturned: 10 });
    await refused(400, /不能多于参加评议的党员人数（9）/, 'secretarya', 'PUT', `${url()}/tallies`, { ...tallies(), ballotsIssued: 10, ballotsReturned: 9 });
    await refused(400, /缺少以下党员的计票结果：.*张三/, 'secretarya', 'PUT', `${url()}/tallies`, { ...tallies(), entries: tallies().entries.slice(1) });
    const good = tallies();
    good.entries[0] = entry('secretaryA', 6, 2);
    good.entries[1] = entry('orgA', 5, 3);
    const a = ok(await call('secretarya', 'PUT', `${url()}/tallies`, good));
    expect(a).toMatchObject({ ballotsIssued: 9, ballotsReturned: 8, ballotedOn: '2026-11-21' });
    expect(a.members.find((m: { person: { id: string } }) => m.person.id === p('secretaryA')).tallies).toEqual({ excellent: 6, qualified: 2, basic: 0, unqualified: 0 });
    expect(a.members.find((m: { person: { id: string } }) => m.person.id === p('probA')).tallies).toEqual({ excellent: 0, qualified: 0, basic: 0, unqualified: 0 });
    ok(await call('secretarya', 'POST', `${url()}/advance`, { to: 'grading' }));
  });

  it('组织评定: 优秀 over a third is refused with the numbers; a 预备党员 gets no grade', async () => {
    const grades = (excellent: string[]) => FULL_A.map((k) => ({ personId: p(k), grade: excellent.includes(k) ? 'excellent' : 'qualified', note: null, feedbackOn: '2026-11-23' }));
    await refused(400, /共8人参加评定，至多2人为优秀，现为3人/, 'secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-22', entries: grades(['secretaryA', 'orgA', 'pubA']) });
    await refused(400, /预备甲是预备党员/, 'secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-22', entries: [...grades(['secretaryA']), { personId: p('probA'), grade: 'qualified' }] });
    await refused(400, /不能早于测评日期/, 'secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-20', entries: grades(['secretaryA']) });
    ok(await call('secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-22', entries: grades(['secretaryA']).slice(0, 3) }));
    await refused(400, /尚未评定等次：.*钱七/, 'secretarya', 'POST', `${url()}/advance`, { to: 'done' });
    const a = ok(await call('secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-22', entries: [...grades(['secretaryA', 'orgA']), { personId: p('probA'), grade: null, note: '预备党员参加评议' }] }));
    expect(a.members.find((m: { person: { id: string } }) => m.person.id === p('probA')).grade).toBeNull();
    const done = ok(await call('secretarya', 'POST', `${url()}/advance`, { to: 'done' }));
    expect(done).toMatchObject({ step: 'done', gradedOn: '2026-11-22', blockers: [] });
    await refused(400, /已完成/, 'secretarya', 'POST', `${url()}/advance`, { to: 'done' });
    await refused(400, /只能在「组织评定」步骤/, 'secretarya', 'PUT', `${url()}/grades`, { gradedOn: '2026-11-22', entries: grades([]) });
    // the member sees their own grade, and nobody else's
    const mine = ok(await call('membera', 'GET', url()));
    expect(mine.members).toHaveLength(1);
    expect(mine.members[0]).toMatchObject({ grade: 'qualified', feedbackOn: '2026-11-23', peerReview: '工作踏实，希望多发言', tallies: null });
  });

  it('prints the 登记表, 测评表 and 汇总表 (forms.md §4)', async () => {
    const flat = (s: string) => s.replace(/\s+/g, '');
    const register = flat(await pdfText('secretarya', `${url()}/register.pdf`));
    expect(register).toContain('中共测试机关第一党支部');
    expect(register).toContain('民主评议');
    expect(register).toContain('钱七');
    expect(register).toContain('预备党员参加评议，不评定等次');
    // one page per member: no form spills onto a page of its own
    const pages = await pdfPagesText((await call('secretarya', 'GET', `${url()}/register.pdf`)).rawPayload);
    expect(pages).toHaveLength(9);
    for (const page of pages) expect(page.replace(/\s+/g, '')).toContain('上级党组织意见');
    const one = flat(await pdfText('membera', `${url()}/register.pdf?personId=${p('memberA')}`));
    expect(one).toContain('钱七');
    expect(one).not.toContain('张三');
    expect((await call('membera', 'GET', `${url()}/register.pdf?personId=${p('spare1')}`)).statusCode).toBe(404);
    const sheet = flat(await pdfText('orga', `${url()}/ballot-sheet.pdf`));
    expect(sheet).toContain('中共测试机关第一党支部2026年度民主评议党员测评表');
    expect(sheet).toContain('至多选2人');
    expect(sheet).not.toContain('预备甲');
    const tally = flat(await pdfText('assessor', `${url()}/tally.pdf`));
    expect(tally).toContain('中共测试机关第一党支部2026年度民主测评汇总表');
    expect(tally).toContain('民主测评');
    expect(tally).toContain('75.0%'); // 张三: 6 of 8 returned
    expect((await call('membera', 'GET', `${url()}/tally.pdf`)).statusCode).toBe(403);
  });
});
