import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 5 §8: the branch's yearly report to the 机关党委 (LIFE-6: drafted, submitted, received or returned with its
 * reason), its year-end report to the 党员大会, and every 党员's yearly 党员汇报 (LIFE-8), entered by the committee
 * or by the member in their own login. Refused input answers in Chinese and changes nothing.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf, upload } = apiClient(() => w, ['branch_reports', 'member_reports']);
const A = () => `/api/branches/${w.branchA}`;
const report = (o: Record<string, unknown> = {}) => ({ year: 2026, kind: 'toOrgan', title: '第一党支部2026年度工作报告', ...o });

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('the report to the 机关党委 (LIFE-6)', () => {
  let id: string;
  it('is drafted once a year, submitted with its text, and not submitted twice', async () => {
    const r = ok(await call('secretarya', 'POST', `${A()}/reports`, report()));
    id = r.id;
    expect(r).toMatchObject({ status: 'draft', body: null, submittedOn: null, abilities: { edit: true, submit: true, review: false } });
    await refused(409, /已有2026年度的向机关党委报告工作/, 'orga', 'POST', `${A()}/reports`, report({ title: '另一份' }));
    await refused(400, /尚无正文/, 'secretarya', 'POST', `/api/reports/${id}/submit`);
    ok(await call('orga', 'PATCH', `/api/reports/${id}`, { body: '一年来，支部围绕中心工作……' }));
    const s = ok(await call('secretarya', 'POST', `/api/reports/${id}/submit`));
    expect(s).toMatchObject({ status: 'submitted', submittedOn: TODAY, abilities: { edit: false, submit: false } });
    await refused(400, /已报送机关党委，不能修改/, 'secretarya', 'POST', `/api/reports/${id}/submit`);
    await refused(400, /已报送机关党委，不能修改/, 'secretarya', 'PATCH', `/api/reports/${id}`, { title: '改标题' });
  });

  it('is returned by the 机关党委 with a reason, submitted again with a file, and received', async () => {
    await refused(403, /只有机关党委可以接收或退回/, 'secretarya', 'POST', `/api/reports/${id}/review`, { action: 'receive' });
    await refused(400, /退回报告须填写原因/, 'admin', 'POST', `/api/reports/${id}/review`, { action: 'return' });
    const inbox = ok(await call('admin', 'GET', '/api/organ/reports?year=2026'));
    expect(inbox.items[0]).toMatchObject({ id, abilities: { review: true } });
    // branch A has sent its report; branch B has sent nothing, and is named for the 机关党委 to chase
    expect(inbox.notSubmitted.map((b: { branchId: string }) => b.branchId)).toEqual([w.branchB]);
    const back = ok(await call('admin', 'POST', `/api/reports/${id}/review`, { action: 'return', note: '请补充党员发展情况' }));
    expect(back).toMatchObject({ status: 'returned', returnReason: '请补充党员发展情况' });
    expect((await upload('secretarya', 'branchReport', id)).statusCode).toBe(200);
    expect((await upload('membera', 'branchReport', id)).statusCode).toBe(404);
    const again = ok(await call('secretarya', 'POST', `/api/reports/${id}/submit`));
    expect(again).toMatchObject({ status: 'submitted', returnReason: null, attachmentCount: 1 });
    const got = ok(await call('admin', 'POST', `/api/reports/${id}/review`, { action: 'receive' }));
    expect(got).toMatchObject({ status: 'received', receivedOn: TODAY });
    await refused(400, /只有已报送/, 'admin', 'POST', `/api/reports/${id}/review`, { action: 'return', note: '再退' });
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      'branchReport.created',
      'branchReport.updated',
      'branchReport.submitted',
      'branchReport.returned',
      'branchReport.submitted',
      'branchReport.received',
    ]);
  });

  it('the year-end report to the 党员大会 names a 党员大会 of the branch and is never submitted', async () => {
    const meeting = (kind: string) => call('secretarya', 'POST', `${A()}/meetings`, { kind, heldOn: '2026-11-10', agenda: ['年终工作报告'] });
    const life = ok(await meeting('lifeMeeting')).id;
    const assembly = ok(await meeting('assembly')).id;
    await refused(400, /须关联本支部的党员大会/, 'secretarya', 'POST', `${A()}/reports`, report({ kind: 'toAssembly', meetingId: life }));
    await refused(400, /不关联会议/, 'secretarya', 'POST', `${A()}/reports`, report({ year: 2025, meetingId: assembly }));
    const r = ok(await call('secretarya', 'POST', `${A()}/reports`, report({ kind: 'toAssembly', meetingId: assembly, reportedOn: '2026-11-10', body: '报告全文' })));
    expect(r).toMatchObject({ kind: 'toAssembly', meetingId: assembly, abilities: { submit: false } });
    await refused(400, /不报送机关党委/, 'secretarya', 'POST', `/api/reports/${r.id}/submit`);
    expect(ok(await call('puba', 'GET', `${A()}/reports?year=2026`)).items).toHaveLength(2);
    expect(ok(await call('admin', 'GET', '/api/organ/reports?year=2026')).items).toHaveLength(1);
  });

  it('rights: a plain member writes nothing, another branch’s secretary gets 404', async () => {
    const [r] = ok(await call('secretarya', 'GET', `${A()}/reports`)).items as { id: string }[];
    await refused(403, /只有机关党委和本支部委员/, 'membera', 'GET', `${A()}/reports`);
    await refused(403, /只有机关党委和本支部委员/, 'membera', 'POST', `${A()}/reports`, report({ year: 2025 }));
    await refused(403, /书记、副书记、组织委员/, 'puba', 'POST', `${A()}/reports`, report({ year: 2025 }));
    await refused(404, /不存在/, 'membera', 'PATCH', `/api/reports/${r!.id}`, { title: '改标题' });
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', `${A()}/reports`);
    await refused(404, /党支部不存在/, 'secretaryb', 'POST', `${A()}/reports`, report({ year: 2025 }));
    await refused(404, /不存在/, 'secretaryb', 'POST', `/api/reports/${r!.id}/submit`);
    await refused(403, /只有机关党委/, 'secretarya', 'GET', '/api/organ/reports');
  });
});

describe('党员汇报 (LIFE-8)', () => {
  const entry = (o: Record<string, unknown> = {}) => ({ personId: p('memberA'), year: 2026, reportedOn: '2026-11-18', audience: 'group', content: '一年来的思想、工作、学习情况', ...o });
  it('the committee enters a member’s report, once a year; a member enters their own', async () => {
    const r = ok(await call('orga', 'POST', `${A()}/member-reports`, entry()));
    expect(r).toMatchObject({ person: { name: '钱七' }, enteredBy: 'committee', audience: 'group' });
    await refused(409, /已有该同志2026年度的党员汇报/, 'secretarya', 'POST', `${A()}/member-reports`, entry({ audience: 'branch' }));
    await refused(400, /不是本支部2026年度的党员/, 'secretarya', 'POST', `${A()}/member-reports`, entry({ personId: p('memberB') }));
    await refused(400, /晚于今天/, 'secretarya', 'POST', `${A()}/member-reports`, entry({ personId: p('spare2'), reportedOn: '2026-12-01' }));
    const own = ok(await call('spare1', 'POST', '/api/me/member-report', { year: 2026, reportedOn: TODAY, audience: 'branch', content: '本人汇报' }));
    expect(own).toMatchObject({ person: { name: '郑一' }, branchId: w.branchA, enteredBy: 'self' });
    await refused(409, /已有/, 'spare1', 'POST', '/api/me/member-report', { year: 2026, reportedOn: TODAY, audience: 'branch' });
    await refused(403, /只有在册党员/, 'activista', 'POST', '/api/me/member-report', { year: 2026, reportedOn: TODAY, audience: 'branch' });
    await refused(403, /只有在册党员/, 'admin', 'POST', '/api/me/member-report', { year: 2026, reportedOn: TODAY, audience: 'branch' });
    expect(ok(await call('spare1', 'PATCH', `/api/member-reports/${own.id}`, { content: '本人汇报（修改）' })).content).toBe('本人汇报（修改）');
    await refused(404, /不存在/, 'spare1', 'PATCH', `/api/member-reports/${r.id}`, { content: '改别人的' });
    await refused(403, /只有本人/, 'membera', 'DELETE', `/api/member-reports/${r.id}`);
    expect((await auditOf(own.id)).map((e) => e.action)).toEqual(['memberReport.recorded', 'memberReport.updated']);
  });

  it('shows every 党员 of the year to the committee, their group’s to a 党小组长, and a member their own', async () => {
    const all = ok(await call('puba', 'GET', `${A()}/member-reports?year=2026`));
    expect(all.members).toHaveLength(8);
    const done = (all.members as { person: { name: string }; report: unknown }[]).filter((m) => m.report).map((m) => m.person.name);
    expect(done.sort()).toEqual(['郑一', '钱七'].sort());
    const group = ok(await call('leadera1', 'GET', `${A()}/member-reports?year=2026`)).members.map((m: { person: { name: string } }) => m.person.name);
    expect(group.sort()).toEqual(['赵六', '钱七'].sort());
    const mine = ok(await call('membera', 'GET', `${A()}/member-reports?year=2026`)).members;
    expect(mine).toHaveLength(1);
    expect(mine[0].report.content).toBe('一年来的思想、工作、学习情况');
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', `${A()}/member-reports`);
    await refused(404, /党支部不存在/, 'secretaryb', 'POST', `${A()}/member-reports`, entry({ personId: p('spare3') }));
    await refused(403, /书记、副书记、组织委员/, 'membera', 'POST', `${A()}/member-reports`, entry({ personId: p('spare3') }));
    const id = mine[0].report.id as string;
    await refused(404, /不存在/, 'secretaryb', 'DELETE', `/api/member-reports/${id}`);
    expect(ok(await call('secretarya', 'DELETE', `/api/member-reports/${id}`))).toEqual({ ok: true });
    expect(ok(await call('membera', 'GET', `${A()}/member-reports?year=2026`)).members[0].report).toBeNull();
  });
});
