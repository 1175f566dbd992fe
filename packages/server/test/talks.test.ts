import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 5 §5 (MEM-4): talks are recorded by the branch's leads, each between two of its 党员 on that day; a plain
 * member sees only the talks they took part in; the year's coverage shows who has talked with the committee.
 * Every refused input answers a Chinese message and changes nothing.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf, closeBook } = apiClient(() => w, ['talks']);
const talk = (o: Record<string, unknown> = {}) => ({
  purpose: 'routine',
  talkedOn: '2026-11-20',
  place: '书记办公室',
  talkerPersonId: p('secretaryA'),
  talkeePersonId: p('memberA'),
  topics: '交流思想和工作情况',
  ...o,
});
const A = () => `/api/branches/${w.branchA}`;

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('recording talks', () => {
  it('a lead records a talk between two of the branch’s 党员, audited; one recorded long after is 补录', async () => {
    const t = ok(await call('secretarya', 'POST', `${A()}/talks`, talk({ problems: '学习不够系统', followUp: '每月读一本书', followUpOn: '2026-12-20' })));
    expect(t).toMatchObject({ kind: 'heartToHeart', form: 'inPerson', talker: { name: '张三' }, talkee: { name: '钱七' }, late: false, branchName: '中共测试机关第一党支部', abilities: { edit: true } });
    expect((await auditOf(t.id)).map((e) => e.action)).toEqual(['talk.recorded']);
    const old = ok(await call('orga', 'POST', `${A()}/talks`, talk({ talkedOn: '2026-09-01', talkerPersonId: p('orgA'), talkeePersonId: p('spare1'), form: 'phone' })));
    expect(old.late).toBe(true);
    const fixed = ok(await call('orga', 'PATCH', `/api/talks/${old.id}`, { place: '会议室', followUp: null }));
    expect(fixed).toMatchObject({ place: '会议室', followUp: null, form: 'phone' });
    expect(ok(await call('admin', 'GET', `/api/talks/${old.id}`)).place).toBe('会议室');
  });

  it('refuses a person of another branch, a future date, the same person twice and a meeting that is not a 组织生活会', async () => {
    const msg = await refused(400, /吴十不是本支部在2026-11-20的党员/, 'secretarya', 'POST', `${A()}/talks`, talk({ talkeePersonId: p('memberB') }));
    expect(msg).toContain('谈话对象');
    await refused(400, /晚于今天/, 'secretarya', 'POST', `${A()}/talks`, talk({ talkedOn: '2026-11-25' }));
    await refused(400, /不能是同一人/, 'secretarya', 'POST', `${A()}/talks`, talk({ talkeePersonId: p('secretaryA') }));
    await refused(400, /不是本支部在2026-11-20的党员/, 'secretarya', 'POST', `${A()}/talks`, talk({ talkeePersonId: p('activistA') }));
    const assembly = ok(await call('secretarya', 'POST', `${A()}/meetings`, { kind: 'assembly', heldOn: '2026-11-10', agenda: ['学习'] }));
    await refused(400, /不是本支部的组织生活会/, 'secretarya', 'POST', `${A()}/talks`, talk({ lifeMeetingId: assembly.id }));
    await refused(400, /请填写谈话主要内容/, 'secretarya', 'POST', `${A()}/talks`, talk({ topics: ' ' }));
    const t = ok(await call('secretarya', 'POST', `${A()}/talks`, talk({ talkeePersonId: p('spare2') })));
    await refused(400, /吴十不是本支部/, 'secretarya', 'PATCH', `/api/talks/${t.id}`, { talkerPersonId: p('memberB') });
  });
});

describe('who sees and keeps talks', () => {
  it('a plain member sees only the talks they took part in and records none; a 宣传委员 reads all but records none', async () => {
    const all = ok(await call('secretarya', 'GET', `${A()}/talks?year=2026`)).items as { talkee: { id: string }; talker: { id: string }; id: string }[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const mine = ok(await call('membera', 'GET', `${A()}/talks`)).items as typeof all;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.talkee.id === p('memberA') || t.talker.id === p('memberA'))).toBe(true);
    expect(ok(await call('membera', 'GET', `${A()}/talks?personId=${p('spare1')}`)).items).toEqual([]);
    const other = all.find((t) => t.talkee.id === p('spare1'))!;
    await refused(404, /不存在或您无权查看/, 'membera', 'GET', `/api/talks/${other.id}`);
    expect(ok(await call('membera', 'GET', `/api/talks/${mine[0]!.id}`)).abilities.edit).toBe(false);
    await refused(403, /书记、副书记、组织委员/, 'membera', 'POST', `${A()}/talks`, talk());
    await refused(403, /书记、副书记、组织委员/, 'membera', 'PATCH', `/api/talks/${mine[0]!.id}`, { place: 'x' });
    expect(ok(await call('puba', 'GET', `${A()}/talks`)).items).toHaveLength(all.length);
    await refused(403, /书记、副书记、组织委员/, 'puba', 'DELETE', `/api/talks/${other.id}`);
    expect(ok(await call('assessor', 'GET', `${A()}/talks`)).items).toHaveLength(all.length);
  });

  it('another branch’s secretary gets 404 for everything of branch A', async () => {
    const [t] = ok(await call('secretarya', 'GET', `${A()}/talks`)).items as { id: string }[];
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', `${A()}/talks`);
    await refused(404, /党支部不存在/, 'secretaryb', 'POST', `${A()}/talks`, talk());
    await refused(404, /不存在/, 'secretaryb', 'GET', `/api/talks/${t!.id}`);
    await refused(404, /不存在/, 'secretaryb', 'PATCH', `/api/talks/${t!.id}`, { place: 'x' });
    await refused(404, /不存在/, 'secretaryb', 'DELETE', `/api/talks/${t!.id}`);
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', `${A()}/talk-coverage`);
  });
});

describe('coverage (MEM-4)', () => {
  it('lists every 党员 of the year with their talks and whether one was with a committee member', async () => {
    const c = ok(await call('orga', 'GET', `${A()}/talk-coverage?year=2026`));
    const of = (key: string) => (c.members as { person: { id: string }; talks: number; lastTalkOn: string | null; withCommittee: boolean }[]).find((m) => m.person.id === p(key));
    expect(c.year).toBe(2026);
    expect(c.members).toHaveLength(8);
    expect(of('activistA')).toBeUndefined();
    expect(of('memberA')).toMatchObject({ withCommittee: true, lastTalkOn: '2026-11-20' });
    expect(of('spare1')).toMatchObject({ talks: 1, withCommittee: true });
    expect(of('spare3')).toEqual({ person: { id: p('spare3'), name: '陈三' }, talks: 0, lastTalkOn: null, withCommittee: false });
    expect(ok(await call('orga', 'GET', `${A()}/talk-coverage?year=2025`)).members.every((m: { talks: number }) => m.talks === 0)).toBe(true);
    await refused(403, /委员/, 'membera', 'GET', `${A()}/talk-coverage`);
  });
});

describe('a closed record book (LED-1)', () => {
  it('refuses to add, change or delete a talk of a closed year, and saves nothing', async () => {
    const t = ok(await call('secretarya', 'POST', `${A()}/talks`, talk({ talkedOn: '2025-06-10', talkeePersonId: p('spare3') })));
    await closeBook(w.branchA, 2025);
    expect(ok(await call('secretarya', 'GET', `/api/talks/${t.id}`)).abilities.edit).toBe(false);
    await refused(409, /2025 年度党支部会议记录本已于 2026-01-05 封存/, 'secretarya', 'PATCH', `/api/talks/${t.id}`, { topics: '改写谈话内容' });
    await refused(409, /封存/, 'secretarya', 'DELETE', `/api/talks/${t.id}`);
    await refused(409, /封存/, 'secretarya', 'POST', `${A()}/talks`, talk({ talkedOn: '2025-07-01' }));
    await refused(409, /封存/, 'secretarya', 'PATCH', `/api/talks/${(ok(await call('secretarya', 'GET', `${A()}/talks?year=2026`)).items as { id: string }[])[0]!.id}`, { talkedOn: '2025-12-01' });
  });

  it('an open year’s talk is deleted, audited', async () => {
    const t = ok(await call('secretarya', 'POST', `${A()}/talks`, talk({ talkedOn: TODAY, talkeePersonId: p('pubA') })));
    expect(ok(await call('secretarya', 'DELETE', `/api/talks/${t.id}`))).toEqual({ ok: true });
    expect((await auditOf(t.id)).map((e) => e.action)).toEqual(['talk.recorded', 'talk.deleted']);
    await refused(404, /不存在/, 'secretarya', 'GET', `/api/talks/${t.id}`);
  });
});

describe('诫勉谈话 (MEM-4, issue 6)', () => {
  const admonition = (o: Record<string, unknown> = {}) =>
    talk({ kind: 'admonition', purpose: 'reminder', talkeePersonId: p('spare2'), reason: '连续4个月未参加组织生活', commitments: '按时参加支部活动', followUpOn: '2026-12-20', outcome: null, ...o });

  it('needs a reason; only the committee and the organ admin record one', async () => {
    await refused(400, /诫勉谈话须填写谈话原因/, 'secretarya', 'POST', `${A()}/talks`, admonition({ reason: '  ' }));
    await refused(400, /诫勉谈话须填写谈话原因/, 'secretarya', 'POST', `${A()}/talks`, admonition({ reason: undefined }));
    await refused(403, /诫勉谈话/, 'membera', 'POST', `${A()}/talks`, admonition());
    await refused(403, /诫勉谈话/, 'leadera1', 'POST', `${A()}/talks`, admonition());
    const t = ok(await call('puba', 'POST', `${A()}/talks`, admonition({ talkerPersonId: p('pubA') })));
    expect(t).toMatchObject({ kind: 'admonition', reason: '连续4个月未参加组织生活', commitments: '按时参加支部活动', followUpOn: '2026-12-20', abilities: { edit: true } });
    expect((await auditOf(t.id)).map((e) => e.action)).toEqual(['talk.recorded']);
    const done = ok(await call('secretarya', 'PATCH', `/api/talks/${t.id}`, { outcome: '已按时参加11月主题党日' }));
    expect(done.outcome).toBe('已按时参加11月主题党日');
    await refused(400, /诫勉谈话须填写谈话原因/, 'secretarya', 'PATCH', `/api/talks/${t.id}`, { reason: null });
    expect(ok(await call('admin', 'POST', `${A()}/talks`, admonition({ talkedOn: '2026-11-21' }))).kind).toBe('admonition');
  });

  it('is seen by the organ admin, the committee and the member talked to — not a 党小组长, other members or the assessor', async () => {
    const isAdm = (items: { kind: string }[]) => items.filter((t) => t.kind === 'admonition').length;
    expect(isAdm(ok(await call('secretarya', 'GET', `${A()}/talks`)).items)).toBe(2);
    expect(isAdm(ok(await call('puba', 'GET', `${A()}/talks`)).items)).toBe(2);
    expect(isAdm(ok(await call('admin', 'GET', `${A()}/talks`)).items)).toBe(2);
    expect(isAdm(ok(await call('spare2', 'GET', `${A()}/talks`)).items)).toBe(2);
    expect(isAdm(ok(await call('leadera1', 'GET', `${A()}/talks`)).items)).toBe(0);
    expect(isAdm(ok(await call('membera', 'GET', `${A()}/talks`)).items)).toBe(0);
    expect(isAdm(ok(await call('assessor', 'GET', `${A()}/talks`)).items)).toBe(0);
    const [one] = (ok(await call('secretarya', 'GET', `${A()}/talks`)).items as { id: string; kind: string }[]).filter((t) => t.kind === 'admonition');
    await refused(404, /不存在/, 'leadera1', 'GET', `/api/talks/${one!.id}`);
    await refused(404, /不存在/, 'assessor', 'GET', `/api/talks/${one!.id}`);
    expect(ok(await call('spare2', 'GET', `/api/talks/${one!.id}`)).abilities.edit).toBe(false);
    // it is not a 谈心谈话: the coverage counts only spare2's one 谈心谈话 of the year (recorded above)
    const c = ok(await call('orga', 'GET', `${A()}/talk-coverage`));
    expect(c.members.find((m: { person: { id: string } }) => m.person.id === p('spare2')).talks).toBe(1);
  });

  it('each member’s page lists all their talks (both kinds), as far as the viewer may see', async () => {
    ok(await call('secretarya', 'POST', `${A()}/talks`, talk({ talkeePersonId: p('spare2'), talkedOn: '2026-11-22' })));
    const kinds = (items: { kind: string }[]) => items.map((t) => t.kind).sort();
    expect(kinds(ok(await call('orga', 'GET', `/api/persons/${p('spare2')}/talks`)).items)).toEqual(['admonition', 'admonition', 'heartToHeart', 'heartToHeart']);
    expect(kinds(ok(await call('spare2', 'GET', `/api/persons/${p('spare2')}/talks`)).items)).toEqual(['admonition', 'admonition', 'heartToHeart', 'heartToHeart']);
    expect(ok(await call('membera', 'GET', `/api/persons/${p('spare2')}/talks`)).items).toEqual([]);
    expect(kinds(ok(await call('leadera1', 'GET', `/api/persons/${p('spare2')}/talks`)).items)).toEqual([]);
    await refused(404, /不存在/, 'admin', 'GET', `/api/persons/${crypto.randomUUID()}/talks`);
  });
});
