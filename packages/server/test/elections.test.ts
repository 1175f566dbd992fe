import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/audit.js';
import { writeBundle } from '../src/bundle/export.js';
import { importBundle } from '../src/bundle/import.js';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { committeeHelpers, ok } from './committeeSupport.js';
import { bundleJsonOf, comparable, tempDir } from './bundleSupport.js';
import { freshDatabase } from './testDb.js';

/**
 * Issue 4 §6: a 换届选举 from draft to approval makes the new term and changes who is 书记; a 补选 fills a vacancy;
 * every refused input (margin, quorum, tie, shortfall, early election, approval by a branch) changes nothing.
 */
let w: World;
const { call, refused } = committeeHelpers(() => w);
const p = (key: string) => w.persons[key]!;
let oldTerm: string;
let electionId: string;
const A = (key: string, attendance: 'present' | 'absent' | 'excluded' = 'present') => ({ personId: p(key), attendance });
const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];
const attendance = (absent: string[] = [], excluded: string[] = []) =>
  FULL_A.map((k) => A(k, absent.includes(k) ? 'absent' : excluded.includes(k) ? 'excluded' : 'present'));
const tallies = (votes: Record<string, number>) => Object.entries(votes).map(([k, v]) => ({ personId: p(k), votes: v }));
const ROLES = () => [
  { personId: p('memberA'), role: 'secretary' },
  { personId: p('spare1'), role: 'organizationMember' },
  { personId: p('spare2'), role: 'publicityMember' },
];
// 7 of 8 present (leaderA1 absent): more than half is 4 votes
// (a ballot marks at most 3 names: the totals add up to at most 7 × 3 = 21)
const GOOD = { memberA: 7, spare1: 6, spare2: 5, orgA: 2, spare3: 1 };

beforeAll(async () => {
  w = await buildWorld();
  const term = ok(
    await call('admin', 'POST', `/api/branches/${w.branchA}/committees`, {
      kind: 'committee',
      startOn: '2025-01-01',
      termYears: 3,
      members: [
        { personId: p('secretaryA'), role: 'secretary' },
        { personId: p('orgA'), role: 'organizationMember' },
        { personId: p('pubA'), role: 'publicityMember' },
      ],
    }),
  );
  oldTerm = term.id;
});
afterAll(async () => {
  await w.close();
});

describe('planning a 换届选举', () => {
  const plan = () => ({ kind: 'general', committeeKind: 'committee', seats: 3, termYears: 5, plannedOn: TODAY, nomineeIds: ['memberA', 'spare1', 'spare2', 'orgA'].map(p) });

  it('refuses too few candidates, seats or terms out of range, and candidates who are not 正式党员 of the branch', async () => {
    const url = `/api/branches/${w.branchA}/elections`;
    const msg = await refused(400, /候选人应多于应选人数20%以上/, 'secretarya', 'POST', url, { ...plan(), nomineeIds: plan().nomineeIds.slice(0, 3) });
    expect(msg).toContain('候选人应多于应选人数20%以上：应选3人，候选人至少4人');
    await refused(400, /应选5人，候选人至少6人/, 'secretarya', 'POST', url, { ...plan(), seats: 5, nomineeIds: [...plan().nomineeIds, p('spare3')] });
    await refused(400, /支部委员会应选3至9人，不能是2人/, 'secretarya', 'POST', url, { ...plan(), seats: 2 });
    await refused(400, /任期应为3至5年，不能是6年/, 'secretarya', 'POST', url, { ...plan(), termYears: 6 });
    await refused(400, /请选择任期/, 'secretarya', 'POST', url, { ...plan(), termYears: null });
    await refused(400, /吴十不是本支部的正式党员/, 'secretarya', 'POST', url, { ...plan(), nomineeIds: [...plan().nomineeIds, p('memberB')] });
    await refused(400, /孙八不是本支部的正式党员/, 'secretarya', 'POST', url, { ...plan(), nomineeIds: [...plan().nomineeIds, p('activistA')] });
    await refused(400, /本届没有职务空缺，无需补选/, 'secretarya', 'POST', url, { ...plan(), kind: 'byElection' });
    await refused(403, /只有机关党委管理员或本支部书记、副书记、组织委员可以筹备选举/, 'puba', 'POST', url, plan());
    await refused(404, /不存在/, 'secretaryb', 'POST', url, plan());
  });

  it('the 书记 creates the draft; the electorate is the 8 正式党员; an early election is flagged', async () => {
    const e = ok(await call('secretarya', 'POST', `/api/branches/${w.branchA}/elections`, plan()));
    electionId = e.id;
    expect(e).toMatchObject({ status: 'draft', seats: 3, minNominees: 4, expected: 8, present: 0, quorumNeeded: 7, previousCommitteeId: oldTerm, needsEarlyApproval: true, earlyApprovedOn: null, abilities: { edit: true, submit: false, decide: false } });
    expect(e.voters).toHaveLength(8);
    expect(e.voters.every((v: { attendance: unknown }) => v.attendance === null)).toBe(true);
    const patched = ok(await call('secretarya', 'PATCH', `/api/elections/${electionId}`, { nomineeIds: [...plan().nomineeIds, p('spare3')] }));
    expect(patched.nominees).toHaveLength(5);
    await refused(400, /应选5人，候选人至少6人/, 'secretarya', 'PATCH', `/api/elections/${electionId}`, { seats: 5 });
    const audit = await w.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', electionId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['election.created', 'election.updated']);
  });
});

describe('entering the result', () => {
  const put = (body: object, who = 'secretarya') => ['PUT', `/api/elections/${electionId}/result`, { heldOn: TODAY, attendance: attendance(['leaderA1']), tallies: tallies(GOOD), roles: ROLES(), ...body }, who] as const;
  const refuse = (status: number, re: RegExp, body: object, who = 'secretarya') => {
    const [method, url, payload] = put(body);
    return refused(status, re, who, method, url, payload);
  };

  it('refuses a meeting without the quorum: more than 4/5 of those who should attend', async () => {
    const msg = await refuse(400, /到会人数不足/, { attendance: attendance(['leaderA1', 'pubA']) });
    expect(msg).toContain('到会人数不足：应到8人，实到6人，须超过五分之四');
    // excluded voters leave 应到: 6 of 7 is enough, so the refusal is now the early election's
    await refuse(400, /提前换届须经机关党委批准/, { attendance: attendance(['leaderA1'], ['pubA']), tallies: tallies({ memberA: 6, spare1: 5, spare2: 4, orgA: 2, spare3: 0 }) });
  });

  it('refuses a tie at the cut and a shortfall: a further vote is needed', async () => {
    const tie = await refuse(400, /得票相同/, { tallies: tallies({ memberA: 6, spare1: 5, spare2: 4, orgA: 4, spare3: 0 }) });
    expect(tie).toMatch(/须对并列者再次投票/);
    const short = await refuse(400, /尚缺1个名额/, { tallies: tallies({ memberA: 7, spare1: 6, spare2: 3, orgA: 3, spare3: 2 }) });
    expect(short).toMatch(/再次投票/);
  });

  it('refuses impossible tallies, missing attendance, posts for the not elected, two 书记', async () => {
    await refuse(400, /得票数（8）不能超过实到人数（7）/, { tallies: tallies({ ...GOOD, memberA: 8 }) });
    await refuse(400, /得票总数（24）超过实到人数×应选人数（21）/, { tallies: tallies({ ...GOOD, orgA: 5 }) });
    await refuse(400, /请填写每名候选人的得票数，尚缺：陈三/, { tallies: tallies({ memberA: 7, spare1: 6, spare2: 5, orgA: 2 }) });
    await refuse(400, /尚缺：赵六/, { attendance: attendance().filter((a) => a.personId !== p('leaderA1')) });
    await refuse(400, /吴十不是本支部2026-11-24有选举权的正式党员/, { attendance: [...attendance(['leaderA1']), A('memberB')] });
    await refuse(400, /李四未当选，不能分配职务/, { roles: [...ROLES(), { personId: p('orgA'), role: 'disciplineMember' }] });
    await refuse(400, /书记只能有一名/, { roles: [...ROLES().slice(0, 2), { personId: p('spare2'), role: 'secretary' }] });
    await refuse(400, /选举日期不能晚于今天/, { heldOn: '2026-12-01' });
    await refuse(403, /只有机关党委管理员或本支部书记、副书记、组织委员可以录入选举结果/, {}, 'puba');
  });

  it('an election before the term’s 届满 needs the 机关党委’s approval first; a branch cannot give it', async () => {
    const msg = await refuse(400, /提前换届须经机关党委批准/, {});
    expect(msg).toContain('本届任期至2028-01-01届满');
    await refused(403, /只有机关党委可以批准提前换届/, 'secretarya', 'POST', `/api/elections/${electionId}/early-approval`, { approvedOn: '2026-11-10' });
    const e = ok(await call('admin', 'POST', `/api/elections/${electionId}/early-approval`, { approvedOn: '2026-11-10', docNo: '机党〔2026〕20号' }));
    expect(e).toMatchObject({ needsEarlyApproval: true, earlyApprovedOn: '2026-11-10' });
  });

  it('the result makes the new term: the old one ends that day, the new 书记 acts as one, the old 书记 no longer does', async () => {
    await refused(403, /只有机关党委和本支部委员/, 'membera', 'GET', `/api/branches/${w.branchA}/committees`);
    const [method, url, payload] = put({});
    const e = ok(await call('secretarya', method, url, payload));
    expect(e).toMatchObject({ status: 'held', heldOn: TODAY, expected: 8, present: 7, quorumMet: true, previousCommitteeId: oldTerm, abilities: { edit: false } });
    expect(e.nominees.filter((n: { elected: boolean }) => n.elected).map((n: { name: string; role: string; votes: number }) => [n.name, n.role, n.votes]).sort()).toEqual(
      [['钱七', 'secretary', 7], ['郑一', 'organizationMember', 6], ['冯二', 'publicityMember', 5]].sort(),
    );
    const page = ok(await call('membera', 'GET', `/api/branches/${w.branchA}/committees`));
    expect(page.current).toMatchObject({ id: e.resultCommitteeId, startOn: TODAY, electedOn: TODAY, termYears: 5, termEndOn: '2031-11-24', electionId });
    expect(page.current.members.map((m: { name: string; origin: string; approvedOn: null }) => [m.name, m.origin, m.approvedOn])).toEqual([
      ['钱七', 'elected', null],
      ['郑一', 'elected', null],
      ['冯二', 'elected', null],
    ]);
    expect(page.history[0]).toMatchObject({ id: oldTerm, endedOn: TODAY });
    expect(page.history[0].members.every((m: { endOn: string; endReason: string }) => m.endOn === TODAY && m.endReason === '换届')).toBe(true);
    await refused(403, /只有机关党委和本支部委员/, 'secretarya', 'GET', `/api/branches/${w.branchA}/committees`);
    const me = ok(await call('membera', 'GET', '/api/me'));
    expect(me.branchRoles).toEqual([{ branchId: w.branchA, branchName: '第一党支部', roles: ['secretary'] }]);
    const voters = await w.database.db.selectFrom('election_voters').selectAll().where('election_id', '=', electionId).execute();
    expect(voters).toHaveLength(8);
    const actions = await w.database.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [electionId, oldTerm, e.resultCommitteeId]).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['committee.recorded', 'election.created', 'election.updated', 'election.earlyApproved', 'committee.ended', 'committee.elected', 'election.held']);
    await refuse(409, /选举结果已录入/, {}, 'membera');
  });
});

describe('报批 and approval', () => {
  it('the new 书记 submits; a branch cannot approve; the 机关党委 returns with a reason, the roles are corrected, then approves', async () => {
    const s = ok(await call('membera', 'POST', `/api/elections/${electionId}/submit`));
    expect(s).toMatchObject({ status: 'submitted', submittedOn: TODAY, abilities: { submit: false, decide: false } });
    const pending = ok(await call('admin', 'GET', '/api/elections?status=submitted'));
    expect(pending.items).toEqual([expect.objectContaining({ id: electionId, branchName: '第一党支部', status: 'submitted', submittedOn: TODAY })]);
    expect(ok(await call('secretaryb', 'GET', '/api/elections?status=submitted')).items).toEqual([]);
    expect(ok(await call('admin', 'GET', `/api/elections/${electionId}`)).abilities.decide).toBe(true);

    const decision = `/api/elections/${electionId}/decision`;
    const msg = await refused(403, /只有机关党委可以审批选举结果/, 'membera', 'POST', decision, { decision: 'approve', decidedOn: TODAY });
    expect(msg).toBe('只有机关党委可以审批选举结果');
    await refused(403, /只有机关党委/, 'secretaryb', 'POST', decision, { decision: 'approve', decidedOn: TODAY });
    await refused(400, /请填写退回原因/, 'admin', 'POST', decision, { decision: 'return', decidedOn: TODAY });
    await refused(400, /审批日期（2026-11-01）不能早于选举日期/, 'admin', 'POST', decision, { decision: 'approve', decidedOn: '2026-11-01' });
    const r = ok(await call('admin', 'POST', decision, { decision: 'return', decidedOn: TODAY, reason: '宣传委员分工有误，请更正' }));
    expect(r).toMatchObject({ status: 'returned', returnReason: '宣传委员分工有误，请更正', abilities: { submit: true } });

    const rolesUrl = `/api/elections/${electionId}/roles`;
    await refused(400, /李四不是本次选举的当选人/, 'membera', 'PUT', rolesUrl, { roles: [{ personId: p('orgA'), role: 'disciplineMember' }] });
    await refused(400, /书记只能有一名/, 'membera', 'PUT', rolesUrl, { roles: [{ personId: p('spare2'), role: 'secretary' }] });
    const fixed = ok(await call('membera', 'PUT', rolesUrl, { roles: [{ personId: p('spare2'), role: 'disciplineMember' }] }));
    expect(fixed.nominees.find((n: { personId: string }) => n.personId === p('spare2')).role).toBe('disciplineMember');
    ok(await call('membera', 'POST', `/api/elections/${electionId}/submit`));

    const a = ok(await call('admin', 'POST', decision, { decision: 'approve', decidedOn: TODAY, docNo: '机党〔2026〕21号' }));
    expect(a).toMatchObject({ status: 'approved', decidedOn: TODAY, approvalDocNo: '机党〔2026〕21号', returnReason: null });
    const page = ok(await call('membera', 'GET', `/api/branches/${w.branchA}/committees`));
    expect(page.current.members.map((m: { roleLabel: string; approvedOn: string | null; approvalDocNo: string | null }) => [m.roleLabel, m.approvedOn, m.approvalDocNo])).toEqual([
      ['书记', TODAY, '机党〔2026〕21号'],
      ['组织委员', null, null],
      ['纪检委员', null, null],
    ]);
    await refused(400, /只有已报批的选举结果可以审批/, 'admin', 'POST', decision, { decision: 'approve', decidedOn: TODAY });
  });

  it('prints the 选举结果报告 for the branch and the 机关党委, not for another branch', async () => {
    const res = await call('membera', 'GET', `/api/elections/${electionId}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call('secretaryb', 'GET', `/api/elections/${electionId}/report.pdf`)).statusCode).toBe(404);
  });

  it('papers attach to the election for its branch’s officers, not for another branch', async () => {
    const cookie = await w.login('membera');
    const up = await w.app.inject({
      method: 'POST',
      url: `/api/attachments?entityType=election&entityId=${electionId}`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': '计票单.pdf' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    expect(up.statusCode, up.body).toBe(200);
    const other = await call('secretaryb', 'GET', `/api/attachments?entityType=election&entityId=${electionId}`);
    expect(other.statusCode).toBe(404);
  });
});

describe('补选 and a first election', () => {
  it('a vacancy is filled by 补选: seats no more than the vacancies, the elected take the vacant post', async () => {
    const page = ok(await call('membera', 'GET', `/api/branches/${w.branchA}/committees`));
    const row = page.current.members.find((m: { personId: string }) => m.personId === p('spare2'));
    ok(await call('membera', 'POST', `/api/committees/${page.current.id}/vacancies`, { memberId: row.id, arisenOn: '2026-11-24', reason: '调离本单位' }));
    const url = `/api/branches/${w.branchA}/elections`;
    const plan = { kind: 'byElection', committeeKind: 'committee', seats: 1, plannedOn: TODAY, nomineeIds: [p('spare3')] };
    await refused(400, /补选应选人数不能超过空缺数/, 'membera', 'POST', url, { ...plan, seats: 2, nomineeIds: [p('spare3'), p('leaderA1')] });
    await refused(400, /郑一已是本届委员，不能作为补选候选人/, 'membera', 'POST', url, { ...plan, nomineeIds: [p('spare1')] });
    const e = ok(await call('membera', 'POST', url, plan));
    expect(e).toMatchObject({ kind: 'byElection', termYears: null, minNominees: 1, needsEarlyApproval: false });
    const held = ok(await call('membera', 'PUT', `/api/elections/${e.id}/result`, { heldOn: TODAY, attendance: attendance(), tallies: tallies({ spare3: 8 }), roles: [] }));
    expect(held).toMatchObject({ status: 'held', resultCommitteeId: page.current.id });
    const after = ok(await call('membera', 'GET', `/api/branches/${w.branchA}/committees`));
    expect(after.current.id).toBe(page.current.id);
    expect(after.current.vacancies).toEqual([expect.objectContaining({ role: 'disciplineMember', personName: '冯二', filledOn: TODAY, filledBy: 'byElection', filledByName: '陈三' })]);
    expect(after.current.members.find((m: { personId: string }) => m.personId === p('spare3'))).toMatchObject({ role: 'disciplineMember', origin: 'byElection', endOn: null });
  });

  it('a branch’s first election (a single 书记) needs no early approval and makes its first term', async () => {
    const e = ok(await call('secretaryb', 'POST', `/api/branches/${w.branchB}/elections`, { kind: 'general', committeeKind: 'secretaryOnly', seats: 1, termYears: 3, plannedOn: TODAY, nomineeIds: [p('memberB')] }));
    await refused(400, /请为吴十指定职务/, 'secretaryb', 'PUT', `/api/elections/${e.id}/result`, { heldOn: TODAY, attendance: [A('secretaryB'), A('memberB')], tallies: [{ personId: p('memberB'), votes: 2 }], roles: [] });
    const held = ok(await call('secretaryb', 'PUT', `/api/elections/${e.id}/result`, { heldOn: TODAY, attendance: [A('secretaryB'), A('memberB')], tallies: [{ personId: p('memberB'), votes: 2 }], roles: [{ personId: p('memberB'), role: 'secretary' }] }));
    expect(held).toMatchObject({ status: 'held', previousCommitteeId: null, needsEarlyApproval: false });
    const page = ok(await call('memberb', 'GET', `/api/branches/${w.branchB}/committees`));
    expect(page.current).toMatchObject({ kind: 'secretaryOnly', members: [{ name: '吴十', role: 'secretary', approvedOn: null }] });
    // the directly assigned 书记 post no longer counts once a committee record exists
    await refused(403, /只有机关党委和本支部委员/, 'secretaryb', 'GET', `/api/branches/${w.branchB}/committees`);
  });
});

describe('the API documentation', () => {
  it('lists the committee and election routes (their zod schemas convert to OpenAPI)', async () => {
    const doc = ok(await call(null, 'GET', '/api/openapi.json'));
    for (const path of ['/api/branches/{id}/committees', '/api/committee-members/{id}/approval', '/api/elections', '/api/elections/{id}/result', '/api/elections/{id}/report.pdf']) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});

describe('the records in the data bundle and the audit chain', () => {
  it('terms, posts, vacancies, elections, candidates and voters round-trip through export and import; the chain verifies', async () => {
    expect((await verifyAudit(w.database.db)).problems).toEqual([]);
    const t = tempDir();
    const copy = await freshDatabase();
    try {
      await writeBundle(w.database, t.file('a.zip'), 'export');
      const a = await bundleJsonOf(t.file('a.zip'));
      expect((a.committees as unknown[]).length).toBe(3);
      expect((a.elections as unknown[]).length).toBe(3);
      expect((a.electionVoters as unknown[]).length).toBe(8 + 8 + 2);
      expect((a.committeeVacancies as unknown[]).length).toBe(1);
      await importBundle(copy, t.file('a.zip'), { actor: 'test:import', mode: 'import' });
      await writeBundle(copy, t.file('b.zip'), 'export');
      expect(comparable(await bundleJsonOf(t.file('b.zip')))).toEqual(comparable(a));
    } finally {
      await copy.close();
      t.remove();
    }
  });
});
