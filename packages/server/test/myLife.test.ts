import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildWorld, type World } from './fixtures.js';

/** 我的 组织生活 (issue 5 §10): only my own meetings, attendance, talks and what I owe. Today: 2026-11-24. */
let w: World;
const p = (key: string) => w.persons[key]!;
const cookies = new Map<string, string>();
async function call(user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> {
  let cookie = user ? cookies.get(user) : undefined;
  if (user && !cookie) {
    cookie = await w.login(user);
    cookies.set(user, cookie);
  }
  return w.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
}
const ok = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];

async function held(heldOn: string, mine: { status: string; reason?: string }, title: string): Promise<string> {
  const m = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'assembly', heldOn, title, hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), agenda: ['学习'] }));
  const entries = FULL_A.map((k) => (k === 'memberA' ? { personId: p(k), ...mine } : { personId: p(k), status: 'present' }));
  ok(await call('secretarya', 'PUT', `/api/meetings/${m.id}/attendance`, { entries }));
  ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
  return m.id;
}

let appraisalId: string;
beforeAll(async () => {
  w = await buildWorld();
  await held('2026-03-10', { status: 'present' }, '一季度党员大会');
  await held('2026-06-10', { status: 'onLeave', reason: '出差' }, '二季度党员大会');
  await held('2025-12-10', { status: 'absent' }, '去年的党员大会');
  ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'themeDay', heldOn: '2026-12-03', title: '十二月主题党日' }));
  ok(await call('leadera1', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'groupMeeting', groupId: w.groupA1, heldOn: '2026-12-05' }));
  ok(await call('secretaryb', 'POST', `/api/branches/${w.branchB}/meetings`, { kind: 'themeDay', heldOn: '2026-12-04', title: '二支部主题党日' }));
  const cancelled = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'partyLecture', heldOn: '2026-12-08', title: '取消的党课' }));
  ok(await call('secretarya', 'POST', `/api/meetings/${cancelled.id}/cancel`));
  const db = w.database.db;
  await db
    .insertInto('talks')
    .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, talked_on: '2026-05-06', talker_person_id: p('secretaryA'), talkee_person_id: p('memberA'), topics: '谈思想' })
    .execute();
  await db
    .insertInto('talks')
    .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, talked_on: '2026-05-07', talker_person_id: p('secretaryA'), talkee_person_id: p('orgA'), topics: '别人的谈话' })
    .execute();
  appraisalId = crypto.randomUUID();
  await db.insertInto('appraisals').values({ id: appraisalId, organ_id: w.organId, branch_id: w.branchA, year: 2026, started_on: '2026-11-01' }).execute();
  await db.insertInto('appraisal_members').values(FULL_A.map((k) => ({ appraisal_id: appraisalId, person_id: p(k) }))).execute();
});
afterAll(async () => {
  await w.close();
});

type Life = {
  meetings: { title: string | null; meetingStatus: string; attendance: string | null; reason: string | null; branchName: string; groupName: string | null }[];
  counts: object;
  talks: { withName: string; talkedOn: string; purpose: string; kind: string }[];
  owes: { kind: string; done: boolean; appraisalId: string | null; label: string }[];
};
const life = async (user = 'membera', query = '') => ok(await call(user, 'GET', `/api/me/life${query}`)) as Life;

describe('我的 组织生活', () => {
  it('lists my meetings of the year with my attendance, and the planned meetings of my branch and group', async () => {
    const l = await life();
    expect(l.meetings.map((m) => [m.title, m.meetingStatus, m.attendance, m.reason])).toEqual([
      ['一季度党员大会', 'held', 'present', null],
      ['二季度党员大会', 'held', 'onLeave', '出差'],
      ['十二月主题党日', 'planned', null, null],
      [null, 'planned', null, null],
    ]);
    expect(l.meetings[3]).toMatchObject({ groupName: '第一党小组', branchName: '中共测试机关第一党支部' });
    expect(l.counts).toEqual({ present: 1, onLeave: 1, absent: 0 });
    expect(l.talks).toEqual([expect.objectContaining({ withName: '张三', talkedOn: '2026-05-06', purpose: 'routine', kind: 'heartToHeart' })]);
    const last = await life('membera', '?year=2025');
    expect(last.meetings.map((m) => m.title)).toEqual(['去年的党员大会']);
    expect(last.counts).toEqual({ present: 0, onLeave: 0, absent: 1 });
    // someone not in the group does not see its planned 党小组会
    expect((await life('spare1')).meetings.map((m) => m.title)).toEqual(['一季度党员大会', '二季度党员大会', '十二月主题党日']);
    expect((await life('secretarya')).talks.map((t) => t.withName)).toEqual(['钱七', '李四']);
  });

  it('tells what I owe: my self-review, an open online ballot, my 党员汇报', async () => {
    const db = w.database.db;
    const owes = async () => (await life()).owes.map((o) => `${o.kind}:${o.done}`);
    expect(await owes()).toEqual(['selfReview:false', 'memberReport:false']);
    await db.updateTable('appraisal_members').set({ self_review: '本人自评', self_review_on: '2026-11-10', self_review_by: 'self' }).where('person_id', '=', p('memberA')).execute();
    expect(await owes()).toEqual(['selfReview:true', 'memberReport:false']);
    await db.updateTable('appraisals').set({ step: 'ballot', ballot_mode: 'online', ballot_open: true }).where('id', '=', appraisalId).execute();
    expect((await life()).owes[0]).toMatchObject({ kind: 'ballot', done: false, appraisalId });
    await db.insertInto('appraisal_voters').values({ appraisal_id: appraisalId, person_id: p('memberA') }).execute();
    await db
      .insertInto('member_reports')
      .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, person_id: p('memberA'), year: 2026, reported_on: '2026-11-20', audience: 'group', entered_by: 'self' })
      .execute();
    expect(await owes()).toEqual(['ballot:true', 'memberReport:true']);
    // another member still owes their vote
    expect((await life('spare1')).owes.map((o) => `${o.kind}:${o.done}`)).toEqual(['ballot:false', 'memberReport:false']);
    // a 入党积极分子 owes no 党员汇报; an account without a person has nothing
    expect((await life('activista')).owes).toEqual([]);
    expect(await life('admin')).toEqual({ year: 2026, meetings: [], counts: { present: 0, onLeave: 0, absent: 0 }, talks: [], owes: [] });
  });

  it('needs a session and a sensible year', async () => {
    expect((await call(null, 'GET', '/api/me/life')).statusCode).toBe(401);
    expect((await call('membera', 'GET', '/api/me/life?year=1900')).statusCode).toBe(400);
  });
});
