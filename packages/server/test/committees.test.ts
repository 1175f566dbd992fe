import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { committeeHelpers, ok } from './committeeSupport.js';

/** Issue 4 §5: committees by term — the page, back-entry, vacancies, extensions, appointments, approvals, roles. */
let w: World;
const { call, refused } = committeeHelpers(() => w);
const p = (key: string) => w.persons[key]!;
let committeeId: string;
const rowOf = (c: { members: { id: string; personId: string; endOn: string | null }[] }, key: string) => c.members.find((m) => m.personId === p(key) && m.endOn === null)!.id;

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

const termA = () => ({
  kind: 'committee',
  startOn: '2025-01-01',
  electedOn: '2025-01-01',
  termYears: 3,
  members: [
    { personId: p('secretaryA'), role: 'secretary', approvedOn: '2025-01-10', approvalDocNo: '机党〔2025〕1号' },
    { personId: p('orgA'), role: 'organizationMember' },
    { personId: p('pubA'), role: 'publicityMember' },
    { personId: p('leaderA1'), role: 'disciplineMember' },
    { personId: p('spare1'), role: 'deputySecretary' },
  ],
});

describe('the committee page (GET /api/branches/:id/committees)', () => {
  it('shows the organ admin the branch with no term yet, its 正式党员 and that a committee is required (8 ≥ 7)', async () => {
    const page = ok(await call('admin', 'GET', `/api/branches/${w.branchA}/committees`));
    expect(page).toMatchObject({ current: null, history: [], elections: [], fullMemberCount: 8, committeeRequired: true, abilities: { record: true, elect: true, admin: true } });
    expect(page.fullMembers).toHaveLength(8);
    expect(page.fullMembers.map((m: { id: string }) => m.id)).not.toContain(p('activistA'));
    const b = ok(await call('assessor', 'GET', `/api/branches/${w.branchB}/committees`));
    expect(b).toMatchObject({ fullMemberCount: 2, committeeRequired: false, abilities: { record: false, elect: false, admin: false } });
  });

  it('is closed to a plain member of the branch (403), to another branch (404) and to anonymous (401)', async () => {
    await refused(403, /只有机关党委和本支部委员/, 'membera', 'GET', `/api/branches/${w.branchA}/committees`);
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `/api/branches/${w.branchA}/committees`);
    expect((await call(null, 'GET', `/api/branches/${w.branchA}/committees`)).statusCode).toBe(401);
  });
});

describe('recording a term (POST /api/branches/:id/committees)', () => {
  it('refuses a member of another branch, a non-member, a term of 2 or 6 years, dates in the wrong order — changing nothing', async () => {
    const url = `/api/branches/${w.branchA}/committees`;
    const t = termA();
    await refused(400, /吴十不是本支部的正式党员/, 'secretarya', 'POST', url, { ...t, members: [...t.members, { personId: p('memberB'), role: 'committeeMember' }] });
    await refused(400, /孙八不是本支部的正式党员/, 'secretarya', 'POST', url, { ...t, members: [...t.members, { personId: p('activistA'), role: 'committeeMember' }] });
    await refused(400, /任期应为3至5年，不能是2年/, 'secretarya', 'POST', url, { ...t, termYears: 2 });
    await refused(400, /任期应为3至5年，不能是6年/, 'secretarya', 'POST', url, { ...t, termYears: 6 });
    await refused(400, /结束日期（2024-12-01）须晚于任期开始日期（2025-01-01）/, 'secretarya', 'POST', url, { ...t, endedOn: '2024-12-01' });
    await refused(400, /选举日期不能晚于任期开始日期/, 'secretarya', 'POST', url, { ...t, electedOn: '2025-02-01' });
    await refused(400, /任期开始日期不能晚于今天/, 'secretarya', 'POST', url, { ...t, startOn: '2027-01-01', electedOn: null });
    await refused(400, /批准日期不能早于选举日期/, 'secretarya', 'POST', url, { ...t, members: [{ ...t.members[0], approvedOn: '2024-12-01' }, ...t.members.slice(1)] });
    await refused(400, /书记只能有一名/, 'secretarya', 'POST', url, { ...t, members: [...t.members, { personId: p('spare2'), role: 'secretary' }] });
    await refused(403, /只有机关党委管理员或本支部书记、副书记、组织委员/, 'puba', 'POST', url, t);
    await refused(404, /不存在/, 'secretaryb', 'POST', url, t);
  });

  it('the branch 书记 records the term in force; its posts, not the assigned ones, now give the branch roles', async () => {
    const c = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/committees`, termA()));
    committeeId = c.id;
    expect(c).toMatchObject({ startOn: '2025-01-01', termYears: 3, termEndOn: '2028-01-01', extendedEndOn: '2028-01-01', endedOn: null });
    expect(c.members.map((m: { roleLabel: string }) => m.roleLabel)).toEqual(['书记', '副书记', '组织委员', '宣传委员', '纪检委员']);
    expect(c.members[0]).toMatchObject({ origin: 'recorded', approvedOn: '2025-01-10', approvalDocNo: '机党〔2025〕1号' });
    expect(c.members.find((m: { role: string }) => m.role === 'publicityMember').approvedOn).toBeNull();
    // spare1 (副书记 on the committee, no assigned post) is now a branch officer and lead
    const page = ok(await call('spare1', 'GET', `/api/branches/${w.branchA}/committees`));
    expect(page.current.id).toBe(c.id);
    expect(page.abilities.record).toBe(true);
    const audit = await w.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', c.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['committee.recorded']);
  });

  it('refuses a second term in force for the branch, starting on or before the one in force', async () => {
    const url = `/api/branches/${w.branchA}/committees`;
    await refused(409, /一个党支部同时只能有一届在任/, 'admin', 'POST', url, termA());
    await refused(409, /一个党支部同时只能有一届在任/, 'admin', 'POST', url, { ...termA(), startOn: '2025-01-01', electedOn: null, endedOn: '2025-06-01' });
  });

  it('recording a newer term ends the one in force that day, and its posts', async () => {
    const first = ok(await call('admin', 'POST', `/api/branches/${w.branchB}/committees`, { kind: 'secretaryOnly', startOn: '2025-01-01', termYears: 3, members: [{ personId: p('secretaryB'), role: 'secretary' }] }));
    await refused(409, /同时只能有一届在任/, 'admin', 'POST', `/api/branches/${w.branchB}/committees`, { kind: 'secretaryOnly', startOn: '2025-01-01', termYears: 3, members: [{ personId: p('memberB'), role: 'secretary' }] });
    const next = ok(await call('admin', 'POST', `/api/branches/${w.branchB}/committees`, { kind: 'secretaryOnly', startOn: '2026-06-01', termYears: 5, members: [{ personId: p('memberB'), role: 'secretary' }] }));
    const page = ok(await call('memberb', 'GET', `/api/branches/${w.branchB}/committees`));
    expect(page.current.id).toBe(next.id);
    expect(page.history[0]).toMatchObject({ id: first.id, endedOn: '2026-06-01', members: [{ endOn: '2026-06-01', endReason: '换届' }] });
    // the former 书记 holds no post now (their assigned post no longer counts either)
    await refused(403, /只有机关党委和本支部委员/, 'secretaryb', 'GET', `/api/branches/${w.branchB}/committees`);
    const me = ok(await call('memberb', 'GET', '/api/me'));
    expect(me.branchRoles).toEqual([{ branchId: w.branchB, branchName: '第二党支部', roles: ['secretary'] }]);
  });
});

describe('changes to the term in force', () => {
  it('a vacancy cannot arise before the term began, nor be entered twice; a member who leaves loses the role', async () => {
    const c = ok(await call('admin', 'GET', `/api/branches/${w.branchA}/committees`)).current;
    const url = `/api/committees/${committeeId}/vacancies`;
    await refused(400, /空缺发生日期（2024-12-31）不能早于本届任期开始日期（2025-01-01）/, 'secretarya', 'POST', url, { memberId: rowOf(c, 'orgA'), arisenOn: '2024-12-31', reason: '调离本单位' });
    await refused(400, /不能晚于今天/, 'secretarya', 'POST', url, { memberId: rowOf(c, 'orgA'), arisenOn: '2026-12-31', reason: '调离本单位' });
    await refused(403, /只有机关党委管理员或本支部书记/, 'puba', 'POST', url, { memberId: rowOf(c, 'orgA'), arisenOn: '2026-11-01', reason: '调离本单位' });
    const after = ok(await call('secretarya', 'POST', url, { memberId: rowOf(c, 'orgA'), arisenOn: '2026-11-01', reason: '调离本单位' }));
    expect(after.vacancies).toEqual([expect.objectContaining({ role: 'organizationMember', personName: '李四', arisenOn: '2026-11-01', filledOn: null })]);
    expect(after.members.find((m: { personId: string }) => m.personId === p('orgA'))).toMatchObject({ endOn: '2026-11-01', endReason: '调离本单位' });
    await refused(409, /已于2026-11-01离任/, 'secretarya', 'POST', url, { memberId: rowOf(c, 'orgA'), arisenOn: '2026-11-02', reason: '再次离任' });
    // 李四 still has an assigned 组织委员 post, but the committee wins: no branch role now
    await refused(403, /只有机关党委和本支部委员/, 'orga', 'GET', `/api/branches/${w.branchA}/committees`);
    // a 组织委员 vacancy is filled by 补选, not by appointment
    await refused(400, /应召开党员大会补选/, 'admin', 'POST', `/api/vacancies/${after.vacancies[0].id}/fill`, { personId: p('spare2'), on: '2026-11-20' });
  });

  it('extensions: the 机关党委 alone; 13 months refused, 12 accepted, then no more', async () => {
    const url = `/api/committees/${committeeId}/extensions`;
    const ext = { reason: '机构改革期间', approvedOn: '2026-11-01', docNo: '机党〔2026〕9号' };
    await refused(403, /只有机关党委可以批准延期换届/, 'secretarya', 'POST', url, { ...ext, months: 6 });
    await refused(400, /延期不能超过1年（12个月），不能是13个月/, 'admin', 'POST', url, { ...ext, months: 13 });
    const c = ok(await call('admin', 'POST', url, { ...ext, months: 12 }));
    expect(c).toMatchObject({ termEndOn: '2028-01-01', extendedEndOn: '2029-01-01', extensions: [{ months: 12, docNo: '机党〔2026〕9号' }] });
    await refused(400, /延期总计不能超过1年（已延期12个月/, 'admin', 'POST', url, { ...ext, months: 1 });
  });

  it('approval of a 书记/副书记: only by the 机关党委, only for those posts, not before the election', async () => {
    const c = ok(await call('admin', 'GET', `/api/branches/${w.branchA}/committees`)).current;
    const deputy = rowOf(c, 'spare1');
    const msg = await refused(403, /只有机关党委可以批准/, 'secretarya', 'PATCH', `/api/committee-members/${deputy}/approval`, { approvedOn: '2025-01-10' });
    expect(msg).toBe('只有机关党委可以批准书记、副书记的任职');
    await refused(400, /只有书记、副书记的任职须报机关党委批准/, 'admin', 'PATCH', `/api/committee-members/${rowOf(c, 'pubA')}/approval`, { approvedOn: '2025-01-10' });
    await refused(400, /不能早于选举（任职）日期（2025-01-01）/, 'admin', 'PATCH', `/api/committee-members/${deputy}/approval`, { approvedOn: '2024-12-20' });
    const after = ok(await call('admin', 'PATCH', `/api/committee-members/${deputy}/approval`, { approvedOn: '2025-01-10', approvalDocNo: '机党〔2025〕2号' }));
    expect(after.members.find((m: { id: string }) => m.id === deputy)).toMatchObject({ approvedOn: '2025-01-10', approvalDocNo: '机党〔2025〕2号' });
    const audit = await w.database.db.selectFrom('audit_log').select(['action', 'before', 'after']).where('entity_id', '=', deputy).execute();
    expect(audit).toEqual([{ action: 'committee.member.approved', before: { approved_on: null, approval_doc_no: null }, after: { approved_on: '2025-01-10', approval_doc_no: '机党〔2025〕2号' } }]);
  });

  it('the 机关党委 appoints a new 书记: the holder’s post ends that day ("上级调整"), the new one is approved that day', async () => {
    const url = `/api/committees/${committeeId}/appointments`;
    const body = { personId: p('spare3'), role: 'secretary', on: TODAY, docNo: '机党〔2026〕12号', reason: '工作调整' };
    await refused(403, /只有机关党委可以任命/, 'secretarya', 'POST', url, body);
    await refused(400, /吴十在2026-11-24不是本支部的正式党员/, 'admin', 'POST', url, { ...body, personId: p('memberB') });
    await refused(409, /张三已是本届书记/, 'admin', 'POST', url, { ...body, personId: p('secretaryA') });
    await refused(400, /任命日期（2024-12-01）不能早于本届任期开始日期/, 'admin', 'POST', url, { ...body, on: '2024-12-01' });
    const c = ok(await call('admin', 'POST', url, body));
    const secs = c.members.filter((m: { role: string }) => m.role === 'secretary');
    expect(secs).toEqual([
      expect.objectContaining({ personId: p('spare3'), origin: 'appointed', startOn: TODAY, endOn: null, approvedOn: TODAY, approvalDocNo: '机党〔2026〕12号' }),
      expect.objectContaining({ personId: p('secretaryA'), endOn: TODAY, endReason: '上级调整' }),
    ]);
    // the new 书记 acts as one today; the former one no longer does
    expect(ok(await call('spare3', 'GET', `/api/branches/${w.branchA}/committees`)).abilities.record).toBe(true);
    await refused(403, /只有机关党委和本支部委员/, 'secretarya', 'GET', `/api/branches/${w.branchA}/committees`);
  });

  it('a 书记/副书记 vacancy is filled by the 机关党委’s appointment', async () => {
    const c = ok(await call('admin', 'GET', `/api/branches/${w.branchA}/committees`)).current;
    const v = ok(await call('spare3', 'POST', `/api/committees/${committeeId}/vacancies`, { memberId: rowOf(c, 'spare1'), arisenOn: TODAY, reason: '退休' }));
    const vacancy = v.vacancies.find((x: { role: string }) => x.role === 'deputySecretary');
    await refused(403, /只有机关党委可以任命/, 'spare3', 'POST', `/api/vacancies/${vacancy.id}/fill`, { personId: p('spare2'), on: TODAY });
    await refused(400, /指派日期（2026-11-01）不能早于空缺发生日期/, 'admin', 'POST', `/api/vacancies/${vacancy.id}/fill`, { personId: p('spare2'), on: '2026-11-01' });
    const filled = ok(await call('admin', 'POST', `/api/vacancies/${vacancy.id}/fill`, { personId: p('spare2'), on: TODAY, docNo: '机党〔2026〕13号' }));
    expect(filled.vacancies.find((x: { id: string }) => x.id === vacancy.id)).toMatchObject({ filledOn: TODAY, filledBy: 'appointment', filledByName: '冯二' });
    expect(filled.members.find((m: { personId: string; endOn: string | null }) => m.personId === p('spare2') && !m.endOn)).toMatchObject({ role: 'deputySecretary', origin: 'appointed', approvedOn: TODAY });
    await refused(409, /该空缺已于2026-11-24补齐/, 'admin', 'POST', `/api/vacancies/${vacancy.id}/fill`, { personId: p('memberA'), on: TODAY });
  });
});
