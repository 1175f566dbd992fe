import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../src/features/accounts/service.js';
import { buildWorld, PASSWORD, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 §1–3 (MEM-1): a development file from 入党申请 to 预备党员 through the API, each step checked by the rules
 * (out of order, too early, a short 公示 refused with nothing saved), the roster following the steps (record once),
 * and who sees the file (contracts §4).
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf } = apiClient(() => w, ['developments', 'development_steps', 'development_evaluations', 'public_notices', 'persons', 'branch_memberships', 'workday_adjustments']);
const A = () => `/api/branches/${w.branchA}`;
let dev: { id: string; person: { id: string } };
const step = (n: number, doneOn: string, data: object = {}, extra: object = {}) => ({ step: n, doneOn, actor: '第一党支部', responsiblePersonId: p('secretaryA'), data, ...extra });
const vote = { expected: 8, present: 7, yes: 7, no: 0, abstain: 0 };

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('a file from application to 预备党员', () => {
  it('the secretary opens a file for a new applicant: the person joins the roster as 入党申请人, step 1 recorded', async () => {
    dev = ok(await call('secretarya', 'POST', `${A()}/developments`, { person: { name: '新申请', idNumber: '110101200102020031', phone: '13900001111' }, appliedOn: '2024-09-02', responsiblePersonId: p('orgA') }));
    expect(dev).toMatchObject({ ruleVersion: '2014', ruleConfirmed: true, status: 'open', stage: 1, next: [2], person: { name: '新申请', category: 'applicant', birthDate: '2001-02-02' } });
    expect((dev as unknown as { steps: { step: number; actor: string }[] }).steps).toMatchObject([{ step: 1, actor: '入党申请人新申请' }]);
    const roster = ok(await call('secretarya', 'GET', `/api/persons?branchId=${w.branchA}&category=applicant`));
    expect(roster.items.map((r: { name: string }) => r.name)).toContain('新申请');
    expect((await auditOf(dev.id)).map((e) => e.action)).toEqual(['development.opened', 'development.step']);
  });

  it('warns of a late talk before saving; refuses a step out of order, a future date and missing 双推双评', async () => {
    const u = `/api/developments/${dev.id}`;
    const dry = ok(await call('secretarya', 'POST', `${u}/steps/check`, step(2, '2024-10-10')));
    expect(dry.errors).toEqual([]);
    expect(dry.warnings[0].message).toMatch(/晚于收到入党申请书后1个月/);
    await refused(400, /下一步应为第2步“党组织派人谈话”/, 'secretarya', 'POST', `${u}/steps`, step(3, '2024-10-10'));
    await refused(400, /晚于今天/, 'secretarya', 'POST', `${u}/steps`, step(2, '2026-11-25'));
    await refused(400, /早于第1步/, 'secretarya', 'POST', `${u}/steps`, step(2, '2024-08-30'));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(2, '2024-09-20', {}, { note: '了解入党动机' })));
    await refused(400, /党员推荐.*双推双评/, 'secretarya', 'POST', `${u}/steps`, step(3, '2025-03-10'));
  });

  it('goes on to 入党积极分子 and 发展对象, the roster following; 发展对象 too early is refused', async () => {
    const u = `/api/developments/${dev.id}`;
    ok(await call('secretarya', 'POST', `${u}/evaluations`, { kind: 'memberRecommendation', heldOn: '2025-03-01', participantCount: 8, favourableCount: 7 }));
    ok(await call('secretarya', 'POST', `${u}/evaluations`, { kind: 'leagueRecommendation', heldOn: '2025-03-02', organization: '机关团委', participantCount: 20, favourableCount: 18 }));
    await refused(400, /各项票数之和超过参加人数/, 'secretarya', 'POST', `${u}/evaluations`, { kind: 'massEvaluation', heldOn: '2025-03-02', participantCount: 5, favourableCount: 5, poorCount: 1 });
    ok(await call('secretarya', 'POST', `${u}/steps`, step(3, '2025-03-10')));
    expect(ok(await call('secretarya', 'GET', `/api/persons/${dev.person.id}`)).category).toBe('activist');
    ok(await call('secretarya', 'POST', `${u}/steps`, step(4, '2025-03-15')));
    await refused(400, /不是正式党员/, 'secretarya', 'POST', `${u}/steps`, step(5, '2025-03-20', { personIds: [p('activistA')] }));
    await refused(400, /1至2名正式党员/, 'secretarya', 'POST', `${u}/steps`, step(5, '2025-03-20', { personIds: [p('orgA'), p('pubA'), p('memberA')] }));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(5, '2025-03-20', { personIds: [p('orgA')] })));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(6, '2025-09-10', {}, { note: '第一次考察' })));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(6, '2026-03-05', {}, { note: '第二次考察' })));
    ok(await call('secretarya', 'POST', `${u}/evaluations`, { kind: 'massEvaluation', heldOn: '2026-03-06', participantCount: 12, favourableCount: 10, generalCount: 2, poorCount: 0 }));
    ok(await call('secretarya', 'POST', `${u}/evaluations`, { kind: 'memberEvaluation', heldOn: '2026-03-06', participantCount: 8, favourableCount: 8 }));
    // a 公示 shorter than 5 working days: 国庆 2026 leaves only 9月30日 and 10月8日
    await refused(400, /只有2个工作日，不足5个工作日/, 'secretarya', 'POST', `${u}/notices`, { stage: 'candidate', startOn: '2026-09-30', endOn: '2026-10-08' });
    // without the 公示, step 7 is refused
    await refused(400, /发展对象公示/, 'secretarya', 'POST', `${u}/steps`, step(7, '2026-03-16'));
    ok(await call('secretarya', 'POST', `${u}/notices`, { stage: 'candidate', startOn: '2026-03-02', endOn: '2026-03-06', outcome: 'noObjection' }));
    // a year as activist runs to 2026-03-10: 8 days short is refused
    await refused(400, /一年以上培养教育和考察/, 'secretarya', 'POST', `${u}/steps`, step(7, '2026-03-02'));
    const seven = ok(await call('secretarya', 'POST', `${u}/steps`, step(7, '2026-03-16')));
    expect(seven.warnings).toEqual([]);
    expect(seven.person.category).toBe('candidate');
  });

  it('reaches 预备党员 with 入党日期 = the meeting date; the approval window and votes are checked', async () => {
    const u = `/api/developments/${dev.id}`;
    ok(await call('secretarya', 'POST', `${u}/steps`, step(8, '2026-03-20')));
    await refused(400, /须为2名正式党员/, 'secretarya', 'POST', `${u}/steps`, step(9, '2026-04-01', { personIds: [p('secretaryA')] }));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(11, '2026-03-28', { trainingDays: 3, trainingHours: 24 })));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(9, '2026-04-01', { personIds: [p('secretaryA'), p('orgA')] })));
    await refused(400, /下一步应为第10步/, 'secretarya', 'POST', `${u}/steps`, step(12, '2026-04-20'));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(10, '2026-04-10', { result: 'passed' })));
    for (const [n, d] of [[12, '2026-05-06'], [13, '2026-05-12'], [14, '2026-05-15']] as const) ok(await call('secretarya', 'POST', `${u}/steps`, step(n, d, n === 13 ? { result: 'passed' } : {})));
    ok(await call('secretarya', 'POST', `${u}/notices`, { stage: 'admission', startOn: '2026-05-18', endOn: '2026-05-22', outcome: 'noObjection' }));
    await refused(400, /未超过应到会/, 'secretarya', 'POST', `${u}/steps`, step(15, '2026-05-25', { expected: 8, present: 4, yes: 4 }));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(15, '2026-05-25', vote)));
    ok(await call('secretarya', 'POST', `${u}/steps`, step(16, '2026-06-01')));
    await refused(400, /超过6个月/, 'secretarya', 'POST', `${u}/steps`, step(17, '2026-11-26', { outcome: 'approved' }));
    await refused(400, /特殊情况说明/, 'secretarya', 'POST', `${u}/steps`, step(17, '2026-08-26', { outcome: 'approved' }));
    const file = ok(await call('secretarya', 'POST', `${u}/steps`, step(17, '2026-08-10', { outcome: 'approved' })));
    expect(file.warnings.map((x: { rule: string }) => x.rule)).toEqual(['R-DEV-11']);
    expect(file.probation).toEqual({ start: '2026-05-25', end: '2027-05-25' });
    expect(file.deadlines[0]).toMatchObject({ kind: 'oath', status: 'overdue' });
    const person = ok(await call('secretarya', 'GET', `/api/persons/${dev.person.id}`));
    expect(person).toMatchObject({ category: 'probationary', joinedOn: '2026-05-25', confirmedOn: null });
    const actions = (await auditOf(dev.person.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'person.updated')).toHaveLength(3);
  });

  it('the board counts the file in stage 4 with its next step; the 全程记实表 prints', async () => {
    const board = ok(await call('secretarya', 'GET', `${A()}/developments`));
    expect(board.stages.map((s: { count: number }) => s.count)).toEqual([0, 0, 0, 1, 0]);
    expect(board.files[0]).toMatchObject({ person: { name: '新申请' }, next: [{ no: 18, name: '再上一级党委组织部门备案' }] });
    const pdf = await call('secretarya', 'GET', `/api/developments/${dev.id}/record.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the standards check', () => {
  it('MEM-1 finds the 预备党员 whose oath is overdue, one finding per file', async () => {
    const check = ok(await call('secretarya', 'GET', `${A()}/check?year=2026`));
    const mine = check.findings.filter((x: { rule: string }) => x.rule === 'MEM-1.development-deadlines');
    const f = mine.find((x: { subject?: { name: string } }) => x.subject?.name === '新申请');
    expect(f).toMatchObject({ status: 'unmet' });
    expect(f.message).toContain('入党宣誓');
  });
});

describe('bad input', () => {
  it('refuses a file for someone who is not an 入党申请人, or a new person with a bad ID number', async () => {
    await refused(400, /不是入党申请人/, 'secretarya', 'POST', `${A()}/developments`, { personId: p('activistA'), appliedOn: '2026-11-01' });
    await refused(400, /不在本支部/, 'secretarya', 'POST', `${A()}/developments`, { personId: p('memberB'), appliedOn: '2026-11-01' });
    await refused(400, /公民身份号码/, 'secretarya', 'POST', `${A()}/developments`, { person: { name: '错号', idNumber: '110101200102020032' }, appliedOn: '2026-11-01' });
    await refused(400, /二者选一/, 'secretarya', 'POST', `${A()}/developments`, { appliedOn: '2026-11-01' });
    // under 18 on the application day (born 2009-01-01)
    await refused(400, /未满18周岁/, 'secretarya', 'POST', `${A()}/developments`, { person: { name: '少年', idNumber: '110101200901010016' }, appliedOn: '2026-11-01' });
  });

  it('stops a file with a reason; the roster stays; a stopped file takes no step', async () => {
    const f = ok(await call('orga', 'POST', `${A()}/developments`, { person: { name: '中止者', idNumber: '110101199805050020' }, appliedOn: '2026-10-08' }));
    const stopped = ok(await call('orga', 'POST', `/api/developments/${f.id}/stop`, { stoppedOn: '2026-11-20', reason: '本人撤回入党申请' }));
    expect(stopped).toMatchObject({ status: 'stopped', stoppedReason: '本人撤回入党申请', person: { category: 'applicant' } });
    await refused(400, /已结束/, 'orga', 'POST', `/api/developments/${f.id}/steps`, step(2, '2026-11-21'));
    await refused(403, /须经支部大会讨论/, 'secretarya', 'POST', `/api/developments/${dev.id}/stop`, { stoppedOn: '2026-11-20', reason: '试图终止' });
  });
});

describe('who sees the file', () => {
  it('the branch committee reads, only the leads write; others are refused; the person reads their own', async () => {
    const u = `/api/developments/${dev.id}`;
    expect(ok(await call('puba', 'GET', u)).abilities.write).toBe(false);
    await refused(403, /书记、副书记、组织委员/, 'puba', 'POST', `${u}/steps`, step(18, '2026-11-20'));
    for (const user of ['membera', 'leadera1', 'secretaryb', 'memberb']) {
      const res = await call(user, 'GET', u);
      expect(res.statusCode, user).toBe(403);
      expect((await call(user, 'GET', `${A()}/developments`)).statusCode, user).toBe(403);
    }
    expect(ok(await call('admin', 'GET', u)).abilities.write).toBe(true);
    expect(ok(await call('membera', 'GET', '/api/me/development')).file).toBeNull();
    await w.database.db.transaction().execute((trx) => insertAccount(trx, 'test', { organId: w.organId, username: 'applicant1', personId: dev.person.id, organRoles: [], password: PASSWORD, mustChange: false }));
    const mine = ok(await call('applicant1', 'GET', '/api/me/development')).file;
    expect(mine).toMatchObject({ id: dev.id, abilities: { write: false }, person: { category: 'probationary' } });
    expect(ok(await call('applicant1', 'GET', u)).id).toBe(dev.id);
    await refused(403, /书记、副书记、组织委员/, 'applicant1', 'POST', `${u}/steps`, step(18, '2026-11-20'));
    expect((await call('applicant1', 'GET', `${A()}/developments`)).statusCode).toBe(403);
  });
});

describe('working-day adjustments', () => {
  it('the organ admin keeps them and they count in a 公示; nobody else may', async () => {
    await refused(403, /机关党委管理员/, 'secretarya', 'PUT', '/api/workdays', { items: [] });
    expect((await call('secretarya', 'GET', '/api/workdays')).statusCode).toBe(403);
    await refused(400, /同一天只能调整一次/, 'admin', 'PUT', '/api/workdays', { items: [{ day: '2026-11-23', isWorkday: false }, { day: '2026-11-23', isWorkday: true }] });
    const saved = ok(await call('admin', 'PUT', '/api/workdays', { items: [{ day: '2026-11-20', isWorkday: false, note: '机关统一调休' }] }));
    expect(saved.items).toEqual([{ day: '2026-11-20', isWorkday: false, note: '机关统一调休' }]);
    const f = ok(await call('secretarya', 'POST', `${A()}/developments`, { person: { name: '公示者', idNumber: '110101199909090043' }, appliedOn: '2026-11-02' }));
    // 11月16日—20日 is five working days by the package, four with the organ's day off
    await refused(400, /只有4个工作日/, 'secretarya', 'POST', `/api/developments/${f.id}/notices`, { stage: 'activist', startOn: '2026-11-16', endOn: '2026-11-20' });
    expect((await auditOf(w.organId)).map((e) => e.action)).toContain('workdays.updated');
  });
});
