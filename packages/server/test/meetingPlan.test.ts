import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildWorld, type World } from './fixtures.js';

/**
 * The year plan (issue 5 §3): a draft from the frequencies for the periods still to come that nothing covers yet,
 * saved in one go as planned meetings; a planned meeting whose date has passed becomes a 待办. Today: 2026-11-24.
 */
let w: World;
const cookies = new Map<string, string>();
async function call(user: string, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> {
  let cookie = cookies.get(user);
  if (!cookie) {
    cookie = await w.login(user);
    cookies.set(user, cookie);
  }
  return w.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
}
const ok = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Item = { kind: string; groupId: string | null; groupName: string | null; heldOn: string; title: string | null };
const draft = async (user = 'secretarya', query = 'year=2026') => ok(await call(user, 'GET', `/api/branches/${w.branchA}/meeting-plan/draft?${query}`)).items as Item[];
const meetings = async () => JSON.stringify(await w.database.db.selectFrom('meetings').selectAll().orderBy('id').execute());

async function refused(status: number, message: RegExp, user: string, payload: object): Promise<void> {
  await call(user, 'GET', '/api/me');
  const before = await meetings();
  const res = await call(user, 'POST', `/api/branches/${w.branchA}/meeting-plan`, payload);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(await meetings()).toBe(before);
}

beforeAll(async () => {
  w = await buildWorld();
  // December's 主题党日 is already planned
  ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'themeDay', heldOn: '2026-12-03', title: '十二月主题党日' }));
});
afterAll(async () => {
  await w.close();
});

describe('year plan', () => {
  it('drafts the rest of the year: what the frequencies ask and nothing covers, on working days from today', async () => {
    const items = await draft();
    expect(items.map((i) => `${i.heldOn} ${i.kind}${i.groupName ? ` ${i.groupName}` : ''}`)).toEqual([
      '2026-11-24 groupMeeting 第一党小组',
      '2026-11-24 themeDay',
      '2026-12-15 assembly',
      '2026-12-15 groupMeeting 第一党小组',
      '2026-12-15 partyLecture',
      '2026-12-15 lifeMeeting',
      '2026-12-16 appraisalMeeting',
    ]);
    expect(items.find((i) => i.kind === 'assembly')!.title).toBe('2026年第4季度支部党员大会');
    // day 5 of December 2026 is a Saturday → Monday the 7th
    expect((await draft('secretarya', 'year=2026&day=5')).find((i) => i.kind === 'assembly')!.heldOn).toBe('2026-12-07');
    // a 党小组长 is offered their group's 党小组会 only
    expect([...new Set((await draft('leadera1')).map((i) => i.kind))]).toEqual(['groupMeeting']);
    expect((await call('secretaryb', 'GET', `/api/branches/${w.branchA}/meeting-plan/draft?year=2026`)).statusCode).toBe(404);
    expect((await call('secretarya', 'GET', `/api/branches/${w.branchA}/meeting-plan/draft?year=2026&day=31`)).statusCode).toBe(400);
  });

  it('plans 支委会 when the branch has a committee, and 党课 per quarter when the organ asks', async () => {
    ok(
      await call('admin', 'POST', `/api/branches/${w.branchA}/committees`, {
        kind: 'committee',
        startOn: '2025-01-01',
        termYears: 3,
        members: [{ personId: w.persons.secretaryA, role: 'secretary' }, { personId: w.persons.orgA, role: 'organizationMember' }, { personId: w.persons.pubA, role: 'publicityMember' }],
      }),
    );
    expect((await draft()).filter((i) => i.kind === 'committeeMeeting').map((i) => i.heldOn)).toEqual(['2026-11-24', '2026-12-15']);
    expect((await draft('secretarya', 'year=2027')).filter((i) => i.kind === 'partyLecture')).toHaveLength(2);
    ok(await call('admin', 'POST', '/api/check/params', { key: 'life.partyLecturePeriod', value: 'quarter', effectiveFrom: '2026-01-01', reason: '按季度检查' }));
    expect((await draft('secretarya', 'year=2027')).filter((i) => i.kind === 'partyLecture').map((i) => i.heldOn)).toEqual(['2027-03-15', '2027-06-15', '2027-09-15', '2027-12-15']);
    expect(await draft('secretarya', 'year=2025')).toEqual([]);
  });

  it('refuses a bad plan whole, and saves nothing', async () => {
    await refused(400, /计划日期不能早于今天（2026-11-24）/, 'secretarya', { items: [{ kind: 'assembly', heldOn: '2026-12-15' }, { kind: 'themeDay', heldOn: '2026-11-20' }] });
    await refused(400, /须选择本支部的党小组/, 'secretarya', { items: [{ kind: 'groupMeeting', heldOn: '2026-12-15' }] });
    await refused(400, /只有党小组会可以指定党小组/, 'secretarya', { items: [{ kind: 'assembly', groupId: w.groupA1, heldOn: '2026-12-15' }] });
    await refused(400, /请至少选择一项/, 'secretarya', { items: [] });
    await refused(403, /只有机关党委管理员、本支部书记/, 'membera', { items: [{ kind: 'assembly', heldOn: '2026-12-15' }] });
    await refused(403, /只有机关党委管理员、本支部书记/, 'leadera1', { items: [{ kind: 'groupMeeting', groupId: w.groupA1, heldOn: '2026-12-15' }, { kind: 'assembly', heldOn: '2026-12-15' }] });
    await refused(404, /党支部/, 'secretaryb', { items: [{ kind: 'assembly', heldOn: '2026-12-15' }] });
  });

  it('saves the draft as planned meetings in one go; drafting again proposes nothing', async () => {
    const items = await draft();
    const res = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meeting-plan`, { items: items.map((i) => ({ kind: i.kind, groupId: i.groupId, heldOn: i.heldOn, title: i.title })) }));
    expect(res.created).toBe(items.length);
    const rows = await w.database.db.selectFrom('meetings').select(['kind', 'status', 'held_on', 'title']).where('branch_id', '=', w.branchA).where('status', '=', 'planned').execute();
    expect(rows).toHaveLength(items.length + 1);
    expect(rows.find((r) => r.kind === 'lifeMeeting')).toMatchObject({ held_on: '2026-12-15', title: '2026年组织生活会' });
    const audit = await w.database.db.selectFrom('audit_log').select('action').where('action', '=', 'meeting.planned').execute();
    expect(audit).toHaveLength(items.length + 1);
    expect(await draft()).toEqual([]);
    // a 党小组长 plans their group's meeting themselves
    expect(ok(await call('leadera1', 'POST', `/api/branches/${w.branchA}/meeting-plan`, { items: [{ kind: 'groupMeeting', groupId: w.groupA1, heldOn: '2027-01-15' }] })).created).toBe(1);
  });

  it('lists a planned meeting whose date has passed as a 待办 for who keeps it', async () => {
    ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'assembly', heldOn: '2026-11-10', title: '十一月党员大会' }));
    ok(await call('leadera1', 'POST', `/api/branches/${w.branchA}/meetings`, { kind: 'groupMeeting', groupId: w.groupA1, heldOn: '2026-11-12' }));
    const todos = async (user: string) => (ok(await call(user, 'GET', '/api/todos')).items as { message: string; due: string | null; link: string }[]).filter((t) => t.message.startsWith('计划于'));
    const sec = await todos('secretarya');
    expect(sec.map((t) => t.message)).toEqual([
      '计划于 2026-11-10 召开的支部党员大会（十一月党员大会）尚未登记召开：已召开的请登记会议记录，未召开的请取消或改期。',
      '计划于 2026-11-12 召开的第一党小组党小组会尚未登记召开：已召开的请登记会议记录，未召开的请取消或改期。',
    ]);
    expect(sec[0]!.link).toMatch(/^\/meetings\//);
    expect((await todos('leadera1')).map((t) => t.due)).toEqual(['2026-11-12']);
    expect(await todos('admin')).toHaveLength(2);
    expect(await todos('secretaryb')).toEqual([]);
    expect(await todos('membera')).toEqual([]);
  });
});
