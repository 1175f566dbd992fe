import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/audit/audit.js';
import { writeBundle } from '../src/bundle/export.js';
import { importBundle } from '../src/bundle/import.js';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { committeeHelpers, ok } from './committeeSupport.js';
import { bundleJsonOf, comparable, tempDir } from './bundleSupport.js';
import { freshDatabase } from './testDb.js';

/**
 * Contracts §8: an election keeps its own attendance and quorum and links to its 党员大会 record. The link takes only a
 * 党员大会 of the same branch on the election's date; 生成党员大会记录 copies the voters' attendance; both pages link.
 */
let w: World;
const { call, refused } = committeeHelpers(() => w);
const p = (key: string) => w.persons[key]!;
let electionId: string;
const meetings: Record<'assembly' | 'otherKind' | 'otherDate' | 'otherBranch', string> = { assembly: '', otherKind: '', otherDate: '', otherBranch: '' };
const FULL_A = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];

const plan = async (branchId: string, kind: string, heldOn: string, who = 'admin') =>
  ok(await call(who, 'POST', `/api/branches/${branchId}/meetings`, { kind, heldOn, hostPersonId: null, agenda: ['议题'] })).id as string;
/** What a refused link must leave as it was: the election's link and the meetings (`refused` checks the audit log). */
const saved = async () => {
  const db = w.database.db;
  const e = await db.selectFrom('elections').select('meeting_id').where('id', '=', electionId).executeTakeFirstOrThrow();
  const n = await db.selectFrom('meetings').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const a = await db.selectFrom('meeting_attendance').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return JSON.stringify([e.meeting_id, n.n, a.n]);
};

beforeAll(async () => {
  w = await buildWorld();
  ok(
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
  const e = ok(
    await call('secretarya', 'POST', `/api/branches/${w.branchA}/elections`, {
      kind: 'general',
      committeeKind: 'committee',
      seats: 3,
      termYears: 5,
      plannedOn: TODAY,
      nomineeIds: ['memberA', 'spare1', 'spare2', 'orgA', 'spare3'].map(p),
    }),
  );
  electionId = e.id;
  ok(await call('admin', 'POST', `/api/elections/${electionId}/early-approval`, { approvedOn: '2026-11-10' }));
  meetings.assembly = await plan(w.branchA, 'assembly', TODAY);
  meetings.otherKind = await plan(w.branchA, 'committeeMeeting', TODAY);
  meetings.otherDate = await plan(w.branchA, 'assembly', '2026-11-20');
  meetings.otherBranch = await plan(w.branchB, 'assembly', TODAY);
});
afterAll(async () => {
  await w.close();
});

describe('linking an election to its 党员大会 record', () => {
  it('refuses a meeting of another branch, of another kind, of another date; nothing is saved', async () => {
    const url = `/api/elections/${electionId}`;
    const before = await saved();
    await refused(400, /不是本支部的会议/, 'secretarya', 'PATCH', url, { meetingId: meetings.otherBranch });
    await refused(400, /只能关联支部党员大会的记录，所选会议是支部委员会会议/, 'secretarya', 'PATCH', url, { meetingId: meetings.otherKind });
    await refused(400, /所选党员大会的日期（2026-11-20）与选举日期（2026-11-24）不一致/, 'secretarya', 'PATCH', url, { meetingId: meetings.otherDate });
    await refused(400, /所选会议记录不存在/, 'secretarya', 'PATCH', url, { meetingId: '00000000-0000-4000-8000-000000000000' });
    await refused(403, /可以修改选举/, 'puba', 'PATCH', url, { meetingId: meetings.assembly });
    expect(await saved()).toBe(before);
  });

  it('links a 党员大会 of the branch on the election day; both pages show the link; the date cannot then drift', async () => {
    const e = ok(await call('secretarya', 'PATCH', `/api/elections/${electionId}`, { meetingId: meetings.assembly }));
    expect(e).toMatchObject({ meetingId: meetings.assembly, meeting: { id: meetings.assembly, heldOn: TODAY }, abilities: { linkMeeting: true } });
    const m = ok(await call('secretarya', 'GET', `/api/meetings/${meetings.assembly}`));
    expect(m.election).toEqual({ id: electionId, kind: 'general' });
    expect(ok(await call('secretarya', 'GET', `/api/meetings/${meetings.otherDate}`)).election).toBeNull();
    const before = await saved();
    await refused(400, /已关联的党员大会记录日期为2026-11-24，与选举日期（2026-11-23）不一致/, 'secretarya', 'PATCH', `/api/elections/${electionId}`, { plannedOn: '2026-11-23' });
    await refused(409, /已关联党员大会记录/, 'secretarya', 'POST', `/api/elections/${electionId}/meeting`, {});
    // nor from the meeting's side: no new date, kind or cancelling while linked
    await refused(400, /关联了选举，不能改期/, 'secretarya', 'PATCH', `/api/meetings/${meetings.assembly}`, { heldOn: '2026-11-20' });
    await refused(400, /关联了选举，不能改期/, 'secretarya', 'POST', `/api/meetings/${meetings.assembly}/cancel`);
    expect(await saved()).toBe(before);
    const actions = await w.database.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', electionId).orderBy('seq').execute();
    expect(actions.at(-1)).toMatchObject({ action: 'election.meetingLinked', after: { meeting_id: meetings.assembly } });
    // unlinking is a write too
    const un = ok(await call('secretarya', 'PATCH', `/api/elections/${electionId}`, { meetingId: null }));
    expect(un).toMatchObject({ meetingId: null, meeting: null });
    expect(ok(await call('secretarya', 'GET', `/api/meetings/${meetings.assembly}`)).election).toBeNull();
  });

  it('the result is entered without a linked record: the link is optional', async () => {
    const e = ok(
      await call('secretarya', 'PUT', `/api/elections/${electionId}/result`, {
        heldOn: TODAY,
        attendance: FULL_A.map((k) => ({ personId: p(k), attendance: k === 'leaderA1' ? 'absent' : k === 'spare3' ? 'excluded' : 'present' })),
        tallies: Object.entries({ memberA: 6, spare1: 5, spare2: 4, orgA: 2, spare3: 0 }).map(([k, v]) => ({ personId: p(k), votes: v })),
        roles: [
          { personId: p('memberA'), role: 'secretary' },
          { personId: p('spare1'), role: 'organizationMember' },
          { personId: p('spare2'), role: 'publicityMember' },
        ],
      }),
    );
    expect(e).toMatchObject({ status: 'held', meetingId: null, meeting: null, expected: 7, present: 6, abilities: { linkMeeting: true } });
  });
});

describe('生成党员大会记录', () => {
  it('refuses a host who is not a 党员 of the branch and an officer of another branch; nothing is saved', async () => {
    const before = await saved();
    await refused(400, /吴十不是本支部在2026-11-24的党员，不能任主持人/, 'membera', 'POST', `/api/elections/${electionId}/meeting`, { hostPersonId: p('memberB') });
    await refused(404, /不存在/, 'secretaryb', 'POST', `/api/elections/${electionId}/meeting`, {});
    expect(await saved()).toBe(before);
  });

  it('without 主持人 and 记录人 the record is planned, for the secretary to complete', async () => {
    const e = ok(await call('membera', 'POST', `/api/elections/${electionId}/meeting`, {}));
    const m = ok(await call('membera', 'GET', `/api/meetings/${e.meetingId}`));
    expect(m).toMatchObject({ kind: 'assembly', status: 'planned', heldOn: TODAY, decides: true, title: '支部党员大会：换届选举', election: { id: electionId, kind: 'general' } });
    expect(m.missing).toEqual(expect.arrayContaining(['未填写主持人', '未填写记录人']));
    ok(await call('membera', 'PATCH', `/api/elections/${electionId}`, { meetingId: null }));
  });

  it('creates the held 党员大会 with the voters’ attendance and links it both ways', async () => {
    const e = ok(await call('membera', 'POST', `/api/elections/${electionId}/meeting`, { hostPersonId: p('memberA'), recorderPersonId: p('spare1') }));
    expect(e.meeting).toMatchObject({ heldOn: TODAY, title: '支部党员大会：换届选举' });
    const m = ok(await call('membera', 'GET', `/api/meetings/${e.meetingId}`));
    expect(m).toMatchObject({ status: 'held', decides: true, host: { id: p('memberA') }, recorder: { id: p('spare1') }, election: { id: electionId, kind: 'general' }, missing: [] });
    const status = (k: string) => m.attendance.find((a: { personId: string }) => a.personId === p(k));
    expect(status('leaderA1')).toMatchObject({ status: 'absent', guest: false });
    expect(status('spare3')).toMatchObject({ status: 'onLeave', reason: '选举时登记为不计入应到会人数' });
    for (const k of FULL_A.filter((x) => x !== 'leaderA1' && x !== 'spare3')) expect(status(k)).toMatchObject({ status: 'present' });
    expect(m.quorum).toEqual({ needed: 5, met: true });
    const audit = await w.database.db.selectFrom('audit_log').select('action').where('entity_id', 'in', [electionId, e.meetingId]).orderBy('seq').execute();
    expect(audit.slice(-2).map((a) => a.action)).toEqual(['meeting.held', 'election.meetingLinked']);
    await refused(409, /已关联党员大会记录/, 'membera', 'POST', `/api/elections/${electionId}/meeting`, {});
  });

  it('once submitted to the 机关党委 the link no longer changes', async () => {
    ok(await call('membera', 'POST', `/api/elections/${electionId}/submit`));
    const before = await saved();
    await refused(400, /已报机关党委审批，不能再修改关联的党员大会记录/, 'membera', 'PATCH', `/api/elections/${electionId}`, { meetingId: null });
    expect(await saved()).toBe(before);
    expect(ok(await call('membera', 'GET', `/api/elections/${electionId}`)).abilities.linkMeeting).toBe(false);
  });
});

describe('the link in the data bundle', () => {
  it('an election with its linked 党员大会 round-trips through export and import; the chain verifies', async () => {
    expect((await verifyAudit(w.database.db)).problems).toEqual([]);
    const t = tempDir();
    const copy = await freshDatabase();
    try {
      await writeBundle(w.database, t.file('a.zip'), 'export');
      const a = await bundleJsonOf(t.file('a.zip'));
      const linked = (a.elections as { id: string; meetingId: string | null }[]).find((e) => e.id === electionId)!;
      expect(linked.meetingId).toMatch(/^[0-9a-f-]{36}$/);
      await importBundle(copy, t.file('a.zip'), { actor: 'test:import', mode: 'import' });
      await writeBundle(copy, t.file('b.zip'), 'export');
      expect(comparable(await bundleJsonOf(t.file('b.zip')))).toEqual(comparable(a));
    } finally {
      await copy.close();
      t.remove();
    }
  });
});
