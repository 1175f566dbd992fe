import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { addDays, chinaDateOf } from '@zhibu/domain';
import { buildWorld, type World } from './fixtures.js';

/**
 * Issue 5 §1–3: a meeting is planned, its attendance comes from the roster of its date, and it is marked held only
 * when complete; 补录 and back-entries are told apart; the 机关党委 returns a submitted record. Every refused input
 * answers a Chinese message and changes nothing. "Today" is the real date here, because 补录 is judged by the real
 * clock of the recording (contracts §7).
 */
let w: World;
const TODAY = chinaDateOf(new Date());
const p = (key: string) => w.persons[key]!;
const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];
const cookies = new Map<string, string>();

async function call(user: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> {
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

/** Row counts of the meeting tables and the audit log, and the state of every meeting and attendance row. */
async function state(): Promise<string> {
  const db = w.database.db;
  const parts: string[] = [];
  for (const t of ['meetings', 'meeting_attendance', 'audit_log'] as const) {
    const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    parts.push(`${t}:${r.n}`);
  }
  const meetings = await db.selectFrom('meetings').selectAll().orderBy('id').execute();
  const attendance = await db.selectFrom('meeting_attendance').selectAll().orderBy('meeting_id').orderBy('person_id').execute();
  return JSON.stringify({ parts, meetings, attendance });
}

async function refused(status: number, message: RegExp, user: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object): Promise<string> {
  await call(user, 'GET', '/api/me');
  const before = await state();
  const res = await call(user, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  const msg = res.json().error.message as string;
  expect(msg).toMatch(/[\u4e00-\u9fff]/);
  expect(msg).toMatch(message);
  expect(await state()).toBe(before);
  return msg;
}

const complete = (o: Record<string, unknown> = {}) => ({
  kind: 'assembly',
  heldOn: addDays(TODAY, -2),
  startTime: '14:30',
  endTime: '16:00',
  place: '三楼会议室',
  title: '十一月党员大会',
  hostPersonId: p('secretaryA'),
  recorderPersonId: p('orgA'),
  agenda: ['学习党的二十届四中全会精神'],
  ...o,
});
const plan = async (o: Record<string, unknown> = {}, user = 'secretarya') => ok(await call(user, 'POST', `/api/branches/${w.branchA}/meetings`, complete(o)));
const everyone = (status: 'present' | 'absent', except: Record<string, { status: 'present' | 'onLeave' | 'absent'; reason?: string }> = {}) =>
  FULL_A.map((k) => ({ personId: p(k), status, ...except[k] }));

beforeAll(async () => {
  w = await buildWorld({ today: TODAY });
});
afterAll(async () => {
  await w.close();
});

describe('plan → attendance → hold → submit → return', () => {
  it('pre-fills the attendance from the roster, records it, holds the meeting and audits every step', async () => {
    const planned = await plan({ hostPersonId: null, recorderPersonId: null, agenda: [] });
    expect(planned.status).toBe('planned');
    expect(planned.attendance.map((a: { personId: string }) => a.personId).sort()).toEqual(FULL_A.map(p).sort());
    expect(planned.attendance.every((a: { status: unknown; guest: boolean }) => a.status === null && !a.guest)).toBe(true);
    expect(planned.counts).toEqual({ expected: 8, present: 0, onLeave: 0, absent: 0, guests: 0 });
    expect(planned.missing).toEqual(['未填写主持人', '未填写记录人', '未填写议题（至少一项）']);
    expect(planned.durationMinutes).toBe(90);
    expect(planned.abilities).toEqual({ edit: true, submit: false, review: false });
    const id = planned.id as string;

    ok(await call('secretarya', 'PATCH', `/api/meetings/${id}`, { hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), agenda: ['学习党章'] }));
    const attended = ok(
      await call('secretarya', 'PUT', `/api/meetings/${id}/attendance`, {
        entries: [...everyone('present', { spare3: { status: 'onLeave', reason: '出差' } }), { personId: p('activistA'), status: 'present', guest: true }],
      }),
    );
    expect(attended.counts).toEqual({ expected: 8, present: 7, onLeave: 1, absent: 0, guests: 1 });
    expect(attended.attendance.at(-1)).toMatchObject({ personId: p('activistA'), guest: true, status: 'present' });
    expect(attended.missing).toEqual([]);

    const held = ok(await call('secretarya', 'POST', `/api/meetings/${id}/hold`));
    expect(held).toMatchObject({ status: 'held', late: false, backEntry: false, quorum: null });
    expect(chinaDateOf(new Date(held.recordedAt))).toBe(TODAY);
    expect(held.abilities).toMatchObject({ submit: true });
    await refused(400, /会议已标记为已召开/, 'secretarya', 'POST', `/api/meetings/${id}/hold`);

    const submitted = ok(await call('secretarya', 'POST', `/api/meetings/${id}/submit`));
    expect(submitted.reviewStatus).toBe('submitted');
    await refused(400, /已报送机关党委，不能修改/, 'secretarya', 'PATCH', `/api/meetings/${id}`, { place: '改地点' });
    await refused(403, /只有机关党委可以退回/, 'secretarya', 'POST', `/api/meetings/${id}/review`, { action: 'return', note: '自己退回' });
    await refused(400, /请填写退回原因/, 'admin', 'POST', `/api/meetings/${id}/review`, { action: 'return', note: '' });
    const returned = ok(await call('admin', 'POST', `/api/meetings/${id}/review`, { action: 'return', note: '请补充会议纪要' }));
    expect(returned).toMatchObject({ reviewStatus: 'returned', returnReason: '请补充会议纪要' });
    const resubmitted = ok(await call('secretarya', 'POST', `/api/meetings/${id}/submit`));
    expect(resubmitted).toMatchObject({ reviewStatus: 'submitted', returnReason: null });

    const audit = await w.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'meeting').where('entity_id', '=', id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['meeting.planned', 'meeting.updated', 'meeting.attendance', 'meeting.held', 'meeting.submitted', 'meeting.returned', 'meeting.submitted']);

    const list = ok(await call('membera', 'GET', `/api/branches/${w.branchA}/meetings?year=${TODAY.slice(0, 4)}&kind=assembly`));
    expect(list.items.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'held', counts: { expected: 8, present: 7 }, reviewStatus: 'submitted' });
  });

  it('a record held more than 30 days after its date is 补录, shown with both dates', async () => {
    const m = await plan({ heldOn: addDays(TODAY, -40) });
    const held = ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
    expect(held).toMatchObject({ status: 'held', late: true, backEntry: false, heldOn: addDays(TODAY, -40) });
    expect(held.recordedAt).not.toBeNull();
    const list = ok(await call('secretarya', 'GET', `/api/branches/${w.branchA}/meetings`));
    expect(list.items.find((i: { id: string }) => i.id === m.id)).toMatchObject({ late: true, recordedAt: held.recordedAt });
  });

  it('a 主题党日 keeps its ticks, material and dues note (LIFE-5), read back as written', async () => {
    const themeDay = { recitedConstitution: true, studied: true, studyMaterial: '《中国共产党章程》', paidDues: true, duesNote: '当场交纳', forms: ['志愿服务'] };
    const m = await plan({ kind: 'themeDay', title: '十一月主题党日', themeDay });
    expect(m.themeDay).toEqual(themeDay);
    const again = ok(await call('secretarya', 'PATCH', `/api/meetings/${m.id}`, { themeDay: { ...themeDay, duesNote: '' } }));
    expect(again.themeDay).toEqual({ ...themeDay, duesNote: null });
    expect(ok(await call('secretarya', 'GET', `/api/meetings/${m.id}`)).themeDay.forms).toEqual(['志愿服务']);
  });

  it('a record dated before the records start (2025-01-01) is a back-entry, never 补录', async () => {
    await w.database.db.updateTable('branch_memberships').set({ start_on: '2020-01-01' }).where('branch_id', '=', w.branchA).execute();
    const m = await plan({ heldOn: '2024-06-01' });
    const held = ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
    expect(held).toMatchObject({ status: 'held', late: false, backEntry: true });
  });

  it('a 党员大会 that decides needs more than half of those with a vote present (R-ORG-9)', async () => {
    const m = await plan({ decides: true, resolutions: ['同意接收孙八为预备党员'] });
    const url = `/api/meetings/${m.id}`;
    // 8 with a vote: 4 present is not more than half
    ok(await call('secretarya', 'PUT', `${url}/attendance`, { entries: everyone('absent', Object.fromEntries(FULL_A.slice(0, 4).map((k) => [k, { status: 'present' }]))) }));
    expect(ok(await call('secretarya', 'GET', url)).quorum).toEqual({ needed: 5, met: false });
    const msg = await refused(400, /有表决权的党员到会未超过半数/, 'secretarya', 'POST', `${url}/hold`);
    expect(msg).toContain('应到8人，须至少5人出席，实到4人');
    ok(await call('secretarya', 'PUT', `${url}/attendance`, { entries: everyone('absent', Object.fromEntries(FULL_A.slice(0, 5).map((k) => [k, { status: 'present' }]))) }));
    const held = ok(await call('secretarya', 'POST', `${url}/hold`));
    expect(held.quorum).toEqual({ needed: 5, met: true });
    // a later correction cannot take the quorum away
    await refused(400, /到会未超过半数/, 'secretarya', 'PUT', `${url}/attendance`, { entries: everyone('absent') });
  });
});

describe('bad input: a Chinese message, nothing saved', () => {
  it('refuses to mark a meeting in the future held', async () => {
    const m = await plan({ heldOn: addDays(TODAY, 5) });
    expect(m.missing[0]).toMatch(/晚于今天/);
    await refused(400, /晚于今天，尚未召开的会议不能标记为已召开/, 'secretarya', 'POST', `/api/meetings/${m.id}/hold`);
  });

  it('refuses an end before the start', async () => {
    await refused(400, /结束时间（14:00）须晚于开始时间（15:00）/, 'secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, complete({ startTime: '15:00', endTime: '14:00' }));
    const m = await plan();
    await refused(400, /结束时间（13:00）须晚于开始时间（14:30）/, 'secretarya', 'PATCH', `/api/meetings/${m.id}`, { endTime: '13:00' });
  });

  it('refuses a host who is not a 党员 of the branch, and a group of another branch', async () => {
    await refused(400, /周九不是本支部在.*的党员，不能任主持人/, 'secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, complete({ hostPersonId: p('secretaryB') }));
    await refused(400, /孙八不是本支部在.*的党员，不能任记录人/, 'secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, complete({ recorderPersonId: p('activistA') }));
    await refused(400, /党小组会须选择党小组/, 'secretarya', 'POST', `/api/branches/${w.branchA}/meetings`, complete({ kind: 'groupMeeting' }));
    await refused(404, /党支部不存在或您无权查看/, 'secretarya', 'POST', `/api/branches/${w.branchB}/meetings`, complete({ kind: 'groupMeeting', groupId: w.groupA1 }));
  });

  it('refuses an attendee from another branch, and 请假 without a reason', async () => {
    const m = await plan();
    const url = `/api/meetings/${m.id}/attendance`;
    await refused(400, /吴十不是本支部（党小组）在该日的党员/, 'secretarya', 'PUT', url, { entries: [...everyone('present'), { personId: p('memberB'), status: 'present' }] });
    await refused(400, /钱七请假须填写原因/, 'secretarya', 'PUT', url, { entries: everyone('present', { memberA: { status: 'onLeave' } }) });
    await refused(400, /张三是应到会的党员，不能登记为列席人员/, 'secretarya', 'PUT', url, { entries: [{ personId: p('secretaryA'), status: 'present', guest: true }] });
    // a member of another branch may attend as a guest (列席)
    const ok1 = ok(await call('secretarya', 'PUT', url, { entries: [...everyone('present'), { personId: p('memberB'), status: 'present', guest: true }] }));
    expect(ok1.counts).toEqual({ expected: 8, present: 8, onLeave: 0, absent: 0, guests: 1 });
  });

  it('refuses to hold a record without 主持人, 记录人 and 议题, listing them', async () => {
    const m = await plan({ hostPersonId: null, recorderPersonId: null, agenda: [] });
    const msg = await refused(400, /会议记录不完整，不能标记为已召开/, 'secretarya', 'POST', `/api/meetings/${m.id}/hold`);
    expect(msg).toContain('未填写主持人；未填写记录人；未填写议题（至少一项）');
    const lecture = await plan({ kind: 'partyLecture' });
    await refused(400, /党课未填写授课人；党课未填写课题/, 'secretarya', 'POST', `/api/meetings/${lecture.id}/hold`);
  });

  it('refuses to cancel a held meeting, and to edit a cancelled one', async () => {
    const m = await plan();
    ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
    await refused(400, /只有计划中的会议可以取消/, 'secretarya', 'POST', `/api/meetings/${m.id}/cancel`);
    await refused(400, /已召开的会议记录须完整：未填写主持人/, 'secretarya', 'PATCH', `/api/meetings/${m.id}`, { hostPersonId: null });
    const c = await plan();
    expect(ok(await call('secretarya', 'POST', `/api/meetings/${c.id}/cancel`)).status).toBe('cancelled');
    await refused(400, /已取消的会议不能修改/, 'secretarya', 'PATCH', `/api/meetings/${c.id}`, { place: '别处' });
  });
});

describe('who may read and write', () => {
  it('a 书记 of branch B can neither read nor write branch A’s meetings', async () => {
    const m = await plan();
    const u = 'secretaryb';
    await refused(404, /不存在或您无权查看/, u, 'GET', `/api/branches/${w.branchA}/meetings`);
    await refused(404, /不存在或您无权查看/, u, 'POST', `/api/branches/${w.branchA}/meetings`, complete());
    await refused(404, /不存在或您无权查看/, u, 'GET', `/api/meetings/${m.id}`);
    await refused(404, /不存在或您无权查看/, u, 'PATCH', `/api/meetings/${m.id}`, { place: '别处' });
    await refused(404, /不存在或您无权查看/, u, 'PUT', `/api/meetings/${m.id}/attendance`, { entries: [] });
    await refused(404, /不存在或您无权查看/, u, 'POST', `/api/meetings/${m.id}/hold`);
    await refused(404, /不存在或您无权查看/, u, 'POST', `/api/meetings/${m.id}/cancel`);
    await refused(404, /不存在或您无权查看/, u, 'GET', `/api/meetings/${m.id}/sign-in.pdf`);
  });

  it('a member reads the branch’s meetings but changes nothing; a 党小组长 keeps their group’s 党小组会', async () => {
    const m = await plan();
    expect(ok(await call('membera', 'GET', `/api/meetings/${m.id}`)).abilities).toEqual({ edit: false, submit: false, review: false });
    await refused(403, /只有机关党委管理员、本支部书记/, 'membera', 'PATCH', `/api/meetings/${m.id}`, { place: '别处' });
    await refused(403, /只有机关党委管理员、本支部书记/, 'leadera1', 'POST', `/api/branches/${w.branchA}/meetings`, complete());
    const g = ok(await call('leadera1', 'POST', `/api/branches/${w.branchA}/meetings`, complete({ kind: 'groupMeeting', groupId: w.groupA1, hostPersonId: p('leaderA1'), recorderPersonId: p('memberA') })));
    expect(g.attendance.map((a: { personId: string }) => a.personId).sort()).toEqual([p('leaderA1'), p('memberA')].sort());
    expect(g.groupName).toBe('第一党小组');
    await refused(400, /郑一不是本支部（党小组）在该日的党员/, 'leadera1', 'PUT', `/api/meetings/${g.id}/attendance`, { entries: [{ personId: p('spare1'), status: 'present' }] });
    ok(await call('leadera1', 'PUT', `/api/meetings/${g.id}/attendance`, { entries: [{ personId: p('leaderA1'), status: 'present' }, { personId: p('memberA'), status: 'present' }] }));
    expect(ok(await call('leadera1', 'POST', `/api/meetings/${g.id}/hold`)).status).toBe('held');
    await refused(403, /只有本支部书记、副书记、组织委员可以将会议记录报送/, 'leadera1', 'POST', `/api/meetings/${g.id}/submit`);
    // an assessor reads, the activist does not
    ok(await call('assessor', 'GET', `/api/meetings/${g.id}`));
    await refused(404, /会议不存在或您无权查看/, 'activista', 'GET', `/api/meetings/${g.id}`);
  });
});

describe('the 签到表 and attachments', () => {
  it('prints the sign-in sheet pre-filled from the roster', async () => {
    const m = await plan({ title: null });
    ok(await call('secretarya', 'PUT', `/api/meetings/${m.id}/attendance`, { entries: [{ personId: p('spare3'), status: 'onLeave', reason: '出差' }, { personId: p('activistA'), status: 'present', guest: true }] }));
    const res = await call('secretarya', 'GET', `/api/meetings/${m.id}/sign-in.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('支部党员大会签到表');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.MEETING_PDF_OUT) writeFileSync(process.env.MEETING_PDF_OUT, res.rawPayload);
  });

  it('takes attachments in the meeting slots only, from those who may edit the meeting', async () => {
    const m = await plan();
    const upload = (user: string, slot: string) =>
      call(user, 'GET', '/api/me').then(() =>
        w.app.inject({
          method: 'POST',
          url: `/api/attachments?entityType=meeting&entityId=${m.id}&slot=${slot}`,
          headers: { cookie: cookies.get(user)!, 'content-type': 'application/octet-stream', 'x-file-name': 'minutes.pdf' },
          payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
        }),
      );
    expect(ok(await upload('secretarya', 'minutes')).slot).toBe('minutes');
    const bad = await upload('secretarya', 'bogus');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/附件类别「bogus」不正确/);
    expect((await upload('membera', 'photo')).statusCode).toBe(403);
    expect((await upload('secretaryb', 'photo')).statusCode).toBe(404);
    const list = ok(await call('membera', 'GET', `/api/attachments?entityType=meeting&entityId=${m.id}`));
    expect(list.items).toHaveLength(1);
  });
});
