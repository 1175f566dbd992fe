import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 item 11 (MEM-2): each member's study records — the study meetings they attended (derived) and what they or
 * the committee recorded —, the yearly study notebook (bulk issue, per-member untick) and the secretary's training.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf } = apiClient(() => w, ['study_records', 'study_notebooks', 'secretary_trainings']);
const A = () => `/api/branches/${w.branchA}`;

beforeAll(async () => {
  w = await buildWorld();
  const db = w.database.db;
  // a held 党课 memberA attended, a held 支委会 (not a study kind) and a planned 主题党日
  const meeting = async (kind: 'partyLecture' | 'committeeMeeting' | 'themeDay', status: 'held' | 'planned', heldOn: string, title: string) => {
    const id = crypto.randomUUID();
    await db.insertInto('meetings').values({ id, organ_id: w.organId, branch_id: w.branchA, group_id: null, kind, status, held_on: heldOn, start_time: '14:30', end_time: '16:00', title }).execute();
    await db.insertInto('meeting_attendance').values({ meeting_id: id, person_id: p('memberA'), status: 'present', reason: null }).execute();
    return id;
  };
  await meeting('partyLecture', 'held', '2026-04-10', '学习党的二十大精神');
  await meeting('committeeMeeting', 'held', '2026-04-12', '研究发展党员');
  await meeting('themeDay', 'planned', '2026-12-01', '参观红色教育基地');
});
afterAll(async () => {
  await w.close();
});

describe('my study (我的学习)', () => {
  it('a member sees the study meetings they attended and adds their own records', async () => {
    const before = ok(await call('membera', 'GET', '/api/me/study-records?year=2026'));
    expect(before.items).toEqual([expect.objectContaining({ source: 'meeting', title: '学习党的二十大精神', form: '党课', hours: 1.5, studiedOn: '2026-04-10' })]);
    expect(before.abilities.add).toBe(true);
    const after = ok(await call('membera', 'POST', '/api/me/study-records', { studiedOn: '2026-05-06', title: '学习《习近平谈治国理政》第四卷', form: 'self', hours: 2.5 }));
    expect(after.items.map((i: { source: string; hours: number }) => [i.source, i.hours])).toEqual([
      ['meeting', 1.5],
      ['recorded', 2.5],
    ]);
    const rec = await w.database.db.selectFrom('study_records').select(['id', 'hours_tenths', 'branch_id']).executeTakeFirstOrThrow();
    expect(rec).toMatchObject({ hours_tenths: 25, branch_id: w.branchA });
    expect((await auditOf(rec.id)).map((e) => e.action)).toEqual(['study.recorded']);
  });

  it('refuses bad input', async () => {
    await refused(400, /学习日期不能晚于今天/, 'membera', 'POST', '/api/me/study-records', { studiedOn: '2026-12-01', title: '自学党章', form: 'self' });
    await refused(400, /请填写学习内容/, 'membera', 'POST', '/api/me/study-records', { studiedOn: '2026-05-01', title: ' ', form: 'self' });
    await refused(400, /学时应大于0/, 'membera', 'POST', '/api/me/study-records', { studiedOn: '2026-05-01', title: '自学党章', form: 'self', hours: -1 });
  });

  it('the committee adds for a member and reads their records; another member reads nothing of them', async () => {
    ok(await call('orga', 'POST', `/api/persons/${p('memberA')}/study-records`, { studiedOn: '2026-06-01', title: '参加机关党校轮训', form: 'training', hours: 8 }));
    expect(ok(await call('puba', 'GET', `/api/persons/${p('memberA')}/study-records?year=2026`)).items).toHaveLength(3);
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'puba', 'POST', `/api/persons/${p('memberA')}/study-records`, { studiedOn: '2026-06-01', title: '轮训', form: 'training' });
    await refused(404, /不存在或您无权查看/, 'spare1', 'GET', `/api/persons/${p('memberA')}/study-records`);
    await refused(404, /不存在或您无权查看/, 'leadera1', 'GET', `/api/persons/${p('memberA')}/study-records`);
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'POST', `/api/persons/${p('memberA')}/study-records`, { studiedOn: '2026-06-01', title: '轮训', form: 'training' });
  });
});

describe('notebooks and trainings', () => {
  it('issues the year’s notebook to all members at once, unticks one, and the overview shows it', async () => {
    const o = ok(await call('secretarya', 'POST', `${A()}/study-notebooks/issue`, { year: 2026, issuedOn: '2026-02-10' }));
    expect(o.members).toHaveLength(8);
    expect(o.members.every((m: { notebookIssuedOn: string | null }) => m.notebookIssuedOn === '2026-02-10')).toBe(true);
    expect((await auditOf(w.branchA)).map((e) => e.action)).toContain('studyNotebook.issued');
    const after = ok(await call('orga', 'POST', `${A()}/study-notebooks/untick`, { year: 2026, personId: p('spare3') }));
    expect(after.members.find((m: { person: { id: string } }) => m.person.id === p('spare3')).notebookIssuedOn).toBeNull();
    // issuing again reaches only who lacks it
    ok(await call('secretarya', 'POST', `${A()}/study-notebooks/issue`, { year: 2026, issuedOn: '2026-11-20' }));
    const rows = await w.database.db.selectFrom('study_notebooks').select(['person_id', 'issued_on']).where('year', '=', 2026).execute();
    expect(rows.filter((r) => r.issued_on === '2026-11-20').map((r) => r.person_id)).toEqual([p('spare3')]);
    const memberA = o.members.find((m: { person: { id: string } }) => m.person.id === p('memberA'));
    expect(memberA).toMatchObject({ meetingRecords: 1 });
    expect(ok(await call('membera', 'GET', '/api/me/study-records?year=2026')).notebookIssuedOn).toBe('2026-02-10');
  });

  it('refuses a notebook for someone of another branch, a date in the future, a year mismatch', async () => {
    await refused(400, /不是本支部在发放日期的党员/, 'secretarya', 'POST', `${A()}/study-notebooks/issue`, { year: 2026, issuedOn: '2026-02-10', personIds: [p('memberB')] });
    await refused(400, /发放日期不能晚于今天/, 'secretarya', 'POST', `${A()}/study-notebooks/issue`, { year: 2026, issuedOn: '2026-12-10' });
    await refused(400, /发放日期应在2025年内/, 'secretarya', 'POST', `${A()}/study-notebooks/issue`, { year: 2025, issuedOn: '2026-02-10' });
    await refused(404, /不存在或您无权查看/, 'secretarya', 'POST', `${A()}/study-notebooks/untick`, { year: 2024, personId: p('memberA') });
  });

  it('records the secretary’s training; the check sees it', async () => {
    const o = ok(await call('orga', 'POST', `${A()}/secretary-trainings`, { personId: p('secretaryA'), title: '全市党支部书记示范培训班', organizer: '市直机关工委', startOn: '2026-09-01', endOn: '2026-09-03', hours: 24 }));
    expect(o.trainings).toEqual([expect.objectContaining({ person: { id: p('secretaryA'), name: '张三' }, hours: 24, organizer: '市直机关工委' })]);
    await refused(400, /结束日期不能早于开始日期/, 'orga', 'POST', `${A()}/secretary-trainings`, { personId: p('secretaryA'), title: '培训班', organizer: '市直机关工委', startOn: '2026-09-03', endOn: '2026-09-01' });
    await refused(400, /吴十不是本支部/, 'orga', 'POST', `${A()}/secretary-trainings`, { personId: p('memberB'), title: '培训班', organizer: '市直机关工委', startOn: '2026-09-01', endOn: '2026-09-01' });
    const check = ok(await call('secretarya', 'GET', `${A()}/check?year=2026`));
    const byRule = Object.fromEntries(check.findings.filter((f: { rule: string }) => f.rule.startsWith('MEM-2.')).map((f: { rule: string; status: string }) => [f.rule, f.status]));
    expect(byRule).toEqual({ 'MEM-2.secretary-training': 'met', 'MEM-2.study-notebook': 'met' });
  });

  it('members and a 党小组长 do not see the branch overview; other 支委 read it but record nothing', async () => {
    for (const who of ['membera', 'leadera1']) await refused(403, /只有机关党委和本支部委员/, who, 'GET', `${A()}/education`);
    expect(ok(await call('puba', 'GET', `${A()}/education?year=2026`)).abilities.write).toBe(false);
    await refused(403, /只有机关党委管理员和本支部书记/, 'puba', 'POST', `${A()}/study-notebooks/issue`, { year: 2026, issuedOn: '2026-02-10' });
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `${A()}/education`);
  });
});
