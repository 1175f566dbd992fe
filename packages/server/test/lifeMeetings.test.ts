import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 5 §6 (LIFE-7): the 组织生活会 in three parts — the preparation and the talks before, the 对照检查材料 of the
 * committee and the 相互批评意见 at the meeting, and the 整改落实台账 after it, complete only when every item is closed
 * (with its date and what was done) or carried over (with the reason). Rights are those of the meeting.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf, upload, closeBook } = apiClient(() => w, ['talks', 'life_meeting_preparations', 'self_inspections', 'criticisms', 'rectifications', 'attachments']);
let life: string;
let assembly: string;
const A = () => `/api/branches/${w.branchA}`;
const item = (o: Record<string, unknown> = {}) => ({ source: 'selfInspection', problem: '理论学习不够深入', measure: '制定个人学习计划', ownerPersonId: p('secretaryA'), deadline: '2026-12-31', ...o });

beforeAll(async () => {
  w = await buildWorld();
  const meeting = (kind: string) => call('secretarya', 'POST', `${A()}/meetings`, { kind, heldOn: '2026-11-10', hostPersonId: p('secretaryA'), recorderPersonId: p('orgA'), agenda: ['对照检查，开展批评和自我批评'] });
  life = ok(await meeting('lifeMeeting')).id;
  assembly = ok(await meeting('assembly')).id;
});
afterAll(async () => {
  await w.close();
});

describe('before and at the meeting', () => {
  it('starts with the committee on the meeting’s date all missing their 对照检查材料, and nothing else', async () => {
    const d = ok(await call('membera', 'GET', `/api/meetings/${life}/life-meeting`));
    expect(d).toMatchObject({ meetingId: life, heldOn: '2026-11-10', meetingStatus: 'planned', talks: [], selfInspections: [], criticisms: [], rectifications: [], complete: false, abilities: { edit: false } });
    expect(d.missingSelfInspections.map((r: { name: string }) => r.name).sort()).toEqual(['张三', '李四', '王五'].sort());
    expect(d.summary).toEqual({ open: 0, closed: 0, carriedOver: 0, overdue: 0 });
  });

  it('records the preparation, a talk before it, the 对照检查材料 (with its file) and a 批评意见', async () => {
    const d1 = ok(await call('secretarya', 'PUT', `/api/meetings/${life}/life-meeting/preparation`, { theme: '学习贯彻党的创新理论', opinionsCollectedOn: '2026-11-01', opinionCount: 12, opinionsSummary: '联系群众不够' }));
    expect(d1.preparation).toEqual({ theme: '学习贯彻党的创新理论', opinionsCollectedOn: '2026-11-01', opinionCount: 12, opinionsSummary: '联系群众不够', reportedOn: null });
    ok(await call('secretarya', 'POST', `${A()}/talks`, { purpose: 'beforeLifeMeeting', talkedOn: '2026-11-05', talkerPersonId: p('secretaryA'), talkeePersonId: p('orgA'), topics: '会前谈心，互提意见', lifeMeetingId: life }));
    const d2 = ok(await call('secretarya', 'POST', `/api/meetings/${life}/self-inspections`, { personId: p('secretaryA'), submittedOn: '2026-11-08', summary: '四个方面查摆问题' }));
    expect(d2.talks).toHaveLength(1);
    expect(d2.selfInspections).toMatchObject([{ person: { name: '张三' }, attachmentCount: 0 }]);
    expect(d2.missingSelfInspections.map((r: { name: string }) => r.name).sort()).toEqual(['李四', '王五'].sort());
    const si = d2.selfInspections[0].id as string;
    expect((await upload('secretarya', 'selfInspection', si)).statusCode).toBe(200);
    expect((await upload('membera', 'selfInspection', si)).statusCode).toBe(403);
    expect((await upload('secretaryb', 'selfInspection', si)).statusCode).toBe(404);
    const d3 = ok(await call('orga', 'POST', `/api/meetings/${life}/criticisms`, { targetPersonId: p('secretaryA'), criticPersonId: p('memberA'), opinion: '深入基层调研不够' }));
    expect(d3.selfInspections[0].attachmentCount).toBe(1);
    expect(d3.criticisms).toMatchObject([{ target: { name: '张三' }, critic: { name: '钱七' }, opinion: '深入基层调研不够', response: null }]);
    const d4 = ok(await call('orga', 'PATCH', `/api/criticisms/${d3.criticisms[0].id}`, { response: '诚恳接受，下季度走访全部科室' }));
    expect(d4.criticisms[0].response).toBe('诚恳接受，下季度走访全部科室');
    await refused(400, /吴十不是本支部/, 'orga', 'PATCH', `/api/criticisms/${d3.criticisms[0].id}`, { criticPersonId: p('memberB') });
    await refused(400, /不能是同一人/, 'orga', 'PATCH', `/api/criticisms/${d3.criticisms[0].id}`, { criticPersonId: p('secretaryA') });
    expect(ok(await call('orga', 'PATCH', `/api/criticisms/${d3.criticisms[0].id}`, { criticPersonId: p('spare1') })).criticisms[0].critic.name).toBe('郑一');
    expect((await auditOf(d3.criticisms[0].id)).map((e) => e.action)).toEqual(['criticism.recorded', 'criticism.updated', 'criticism.updated']);
  });

  it('refuses outsiders, self-criticism as a 批评意见, a second 对照检查材料 and a future preparation date', async () => {
    await refused(400, /吴十不是本支部在2026-11-10的党员，不能作为被批评人/, 'secretarya', 'POST', `/api/meetings/${life}/criticisms`, { targetPersonId: p('memberB'), criticPersonId: p('memberA'), opinion: '意见' });
    await refused(400, /不能是同一人/, 'secretarya', 'POST', `/api/meetings/${life}/criticisms`, { targetPersonId: p('memberA'), criticPersonId: p('memberA'), opinion: '意见' });
    await refused(400, /吴十不是本支部/, 'secretarya', 'POST', `/api/meetings/${life}/self-inspections`, { personId: p('memberB') });
    await refused(400, /已登记/, 'secretarya', 'POST', `/api/meetings/${life}/self-inspections`, { personId: p('secretaryA') });
    await refused(400, /晚于今天/, 'secretarya', 'PUT', `/api/meetings/${life}/life-meeting/preparation`, { reportedOn: '2026-12-01' });
  });
});

describe('the 整改落实台账', () => {
  let first: string;
  let second: string;
  it('numbers the items per meeting; closing needs its date and what was done, carrying over its reason', async () => {
    ok(await call('secretarya', 'POST', `/api/meetings/${life}/rectifications`, item()));
    const d0 = ok(await call('orga', 'POST', `/api/meetings/${life}/rectifications`, item({ source: 'opinions', problem: '联系群众不够', ownerPersonId: null, ownerName: '支部委员会' })));
    const [r1, r2] = d0.rectifications;
    [first, second] = [r1.id, r2.id];
    expect([r1.seq, r2.seq]).toEqual([1, 2]);
    expect(r2).toMatchObject({ status: 'open', owner: null, ownerName: '支部委员会', overdue: false, heldOn: '2026-11-10' });
    await refused(400, /销号须填写完成日期/, 'secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'closed', progress: '已制定学习计划' });
    await refused(400, /销号须填写整改完成情况/, 'secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'closed', closedOn: '2026-11-20' });
    await refused(400, /晚于今天/, 'secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'closed', closedOn: '2026-11-30', progress: '完成' });
    await refused(400, /转为持续整改须填写原因/, 'secretarya', 'PATCH', `/api/rectifications/${second}`, { status: 'carriedOver' });
    await refused(400, /不能早于组织生活会日期/, 'secretarya', 'POST', `/api/meetings/${life}/rectifications`, item({ deadline: '2026-11-01' }));
    await refused(400, /请填写责任人/, 'secretarya', 'POST', `/api/meetings/${life}/rectifications`, item({ ownerPersonId: null }));
    const closed = ok(await call('secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'closed', closedOn: '2026-11-20', progress: '已制定并执行学习计划' })).rectifications[0];
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-20', overdue: false });
    expect((await upload('secretarya', 'rectification', first)).statusCode).toBe(200);
    ok(await call('secretarya', 'PATCH', `/api/rectifications/${second}`, { status: 'carriedOver', carryReason: '需长期坚持' }));
    const d = ok(await call('membera', 'GET', `/api/meetings/${life}/life-meeting`));
    expect(d.summary).toEqual({ open: 0, closed: 1, carriedOver: 1, overdue: 0 });
    expect(d.complete).toBe(true);
    expect(d.rectifications.map((r: { attachmentCount: number }) => r.attachmentCount)).toEqual([1, 0]);
    expect((await auditOf(first)).map((e) => e.action)).toEqual(['rectification.recorded', 'rectification.closed']);
  });

  it('an item still open after its deadline is overdue and the ledger incomplete; a lead reopens a closed item with progress', async () => {
    const d = ok(await call('secretarya', 'POST', `/api/meetings/${life}/rectifications`, item({ deadline: '2026-11-15' })));
    expect(d.rectifications[2]).toMatchObject({ seq: 3, overdue: true });
    expect(d).toMatchObject({ complete: false, summary: { open: 1, overdue: 1 } });
    await refused(400, /须说明整改进展/, 'secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'open' });
    const reopened = ok(await call('orga', 'PATCH', `/api/rectifications/${first}`, { status: 'open', progress: '抽查发现未坚持，继续整改' })).rectifications[0];
    expect(reopened).toMatchObject({ status: 'open', closedOn: null });
    const ledger = ok(await call('membera', 'GET', `${A()}/rectifications?year=2026`)).items as { seq: number }[];
    expect(ledger.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(ok(await call('membera', 'GET', `${A()}/rectifications?year=2025`)).items).toEqual([]);
    ok(await call('secretarya', 'PATCH', `/api/rectifications/${first}`, { status: 'closed', closedOn: TODAY, progress: '已坚持三个月' }));
  });

  it('deletes only an open item without evidence', async () => {
    await refused(400, /已销号或转为持续整改的事项不能删除/, 'secretarya', 'DELETE', `/api/rectifications/${second}`);
    const extra = ok(await call('secretarya', 'POST', `/api/meetings/${life}/rectifications`, item({ problem: '误登的问题' }))).rectifications[3];
    expect(extra.problem).toBe('误登的问题');
    expect((await upload('secretarya', 'rectification', extra.id)).statusCode).toBe(200);
    await refused(400, /已有佐证材料/, 'secretarya', 'DELETE', `/api/rectifications/${extra.id}`);
    const gone = ok(await call('secretarya', 'POST', `/api/meetings/${life}/rectifications`, item({ problem: '又一条误登' }))).rectifications[4];
    expect(gone).toMatchObject({ seq: 5, problem: '又一条误登' });
    expect(ok(await call('secretarya', 'DELETE', `/api/rectifications/${gone.id}`))).toEqual({ ok: true });
    expect((await auditOf(gone.id)).map((e) => e.action)).toEqual(['rectification.recorded', 'rectification.deleted']);
  });
});

describe('rights and kinds', () => {
  it('a plain member reads but writes nothing; another branch’s secretary gets 404', async () => {
    const d = ok(await call('secretarya', 'GET', `/api/meetings/${life}/life-meeting`));
    const r = d.rectifications[0].id as string;
    await refused(403, /只有机关党委管理员、本支部书记、副书记、组织委员/, 'membera', 'POST', `/api/meetings/${life}/rectifications`, item());
    await refused(403, /只有机关党委管理员/, 'membera', 'PATCH', `/api/rectifications/${r}`, { progress: '改' });
    await refused(403, /只有机关党委管理员/, 'puba', 'PUT', `/api/meetings/${life}/life-meeting/preparation`, { theme: '改' });
    await refused(403, /只有机关党委管理员/, 'membera', 'PATCH', `/api/criticisms/${d.criticisms[0].id}`, { response: '改' });
    for (const [method, url, body] of [
      ['GET', `/api/meetings/${life}/life-meeting`, undefined],
      ['POST', `/api/meetings/${life}/rectifications`, item()],
      ['PATCH', `/api/rectifications/${r}`, { progress: '改' }],
      ['DELETE', `/api/self-inspections/${d.selfInspections[0].id}`, undefined],
      ['GET', `${A()}/rectifications`, undefined],
    ] as const) {
      await refused(404, /不存在或您无权查看/, 'secretaryb', method, url, body);
    }
    expect((await upload('secretaryb', 'rectification', r)).statusCode).toBe(404);
  });

  it('refuses the 组织生活会 parts on a meeting of another kind', async () => {
    await refused(400, /不是组织生活会/, 'secretarya', 'GET', `/api/meetings/${assembly}/life-meeting`);
    await refused(400, /不是组织生活会/, 'secretarya', 'POST', `/api/meetings/${assembly}/rectifications`, item());
    await refused(400, /不是组织生活会/, 'secretarya', 'POST', `/api/meetings/${assembly}/self-inspections`, { personId: p('orgA') });
  });

  it('a closed record book freezes the meeting’s own materials, not the follow-up of its ledger', async () => {
    const d = ok(await call('secretarya', 'GET', `/api/meetings/${life}/life-meeting`));
    await closeBook(w.branchA, 2026);
    await refused(409, /封存/, 'secretarya', 'PUT', `/api/meetings/${life}/life-meeting/preparation`, { theme: '改' });
    await refused(409, /封存/, 'secretarya', 'PATCH', `/api/self-inspections/${d.selfInspections[0].id}`, { summary: '改' });
    await refused(409, /封存/, 'secretarya', 'DELETE', `/api/criticisms/${d.criticisms[0].id}`);
    const open = d.rectifications.find((r: { status: string }) => r.status === 'open');
    const after = ok(await call('secretarya', 'PATCH', `/api/rectifications/${open.id}`, { progress: '次年继续推进' }));
    expect(after.rectifications.find((r: { id: string }) => r.id === open.id).progress).toBe('次年继续推进');
  });
});
