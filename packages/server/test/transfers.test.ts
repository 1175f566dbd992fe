import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, makeIdNumber, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 §7 (MEM-3): relation transfers in and out, 正式 and 临时. A formal transfer changes the roster in the same
 * transaction; bad input (same branch, validity over 90 days, dates out of order, a bad ID number) changes nothing.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf } = apiClient(() => w, ['transfers', 'persons', 'branch_memberships', 'group_memberships']);
const A = () => `/api/branches/${w.branchA}`;
const out = (o: Record<string, unknown> = {}) => ({ direction: 'out', kind: 'formal', personId: p('spare1'), letterNo: '2026-07', issuedOn: '2026-11-20', validDays: 30, otherBranchId: w.branchB, effectiveOn: '2026-11-20', ...o });
const memberships = (personId: string) =>
  w.database.db.selectFrom('branch_memberships').select(['branch_id', 'start_on', 'end_on']).where('person_id', '=', personId).orderBy('start_on').execute();
const groupMemberships = (personId: string) => w.database.db.selectFrom('group_memberships').select(['group_id', 'end_on']).where('person_id', '=', personId).execute();
const statusOf = async (personId: string) => (await w.database.db.selectFrom('persons').select('status').where('id', '=', personId).executeTakeFirstOrThrow()).status;

beforeAll(async () => {
  w = await buildWorld();
  // spare1 paid dues up to October 2026 (the letter reads it from the ledger)
  for (const month of ['2026-09', '2026-10']) {
    await w.database.db
      .insertInto('dues_payments')
      .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, person_id: p('spare1'), kind: 'monthly', month, amount_fen: 5000, paid_on: `${month}-10`, method: 'cash' })
      .execute();
  }
});
afterAll(async () => {
  await w.close();
});

describe('bad input saves nothing', () => {
  it('refuses a transfer to the same branch, a validity over 90 days, dates out of order, no other side', async () => {
    await refused(400, /不能转到（或转自）本支部/, 'secretarya', 'POST', `${A()}/transfers`, out({ otherBranchId: w.branchA }));
    await refused(400, /最长不超过3个月（90天）/, 'secretarya', 'POST', `${A()}/transfers`, out({ validDays: 91 }));
    await refused(400, /生效日期不能早于开具日期/, 'secretarya', 'POST', `${A()}/transfers`, out({ effectiveOn: '2026-11-19' }));
    await refused(400, /请填写转往的党组织/, 'secretarya', 'POST', `${A()}/transfers`, out({ otherBranchId: null, otherOrg: ' ' }));
    await refused(400, /不是本支部的党员/, 'secretarya', 'POST', `${A()}/transfers`, out({ personId: p('memberB') }));
    await refused(400, /二者选一/, 'secretarya', 'POST', `${A()}/transfers`, { ...out(), personId: undefined });
  });

  it('refuses a new person with a bad ID number, and anyone but the organ admin and the branch leads', async () => {
    const bad = { direction: 'in', kind: 'formal', newPerson: { name: '新同志', idNumber: '110101199001011230', category: 'full', joinedOn: '2015-06-01', confirmedOn: '2016-06-01' }, issuedOn: '2026-11-01', otherOrg: '中共某区委组织部', effectiveOn: '2026-11-10' };
    await refused(400, /身份号码/, 'secretarya', 'POST', `${A()}/transfers`, bad);
    await refused(403, /书记、副书记、组织委员/, 'puba', 'POST', `${A()}/transfers`, out());
    await refused(403, /本支部委员/, 'membera', 'GET', `${A()}/transfers`);
    await refused(404, /党支部不存在/, 'secretaryb', 'POST', `${A()}/transfers`, out());
  });
});

describe('the roster follows a formal transfer', () => {
  it('out to another branch of the organ: an internal move on the effective date, dues read from the ledger, audited', async () => {
    const t = ok(await call('secretarya', 'POST', `${A()}/transfers`, out()));
    expect(t).toMatchObject({ direction: 'out', kind: 'formal', status: 'issued', duesPaidTo: '2026-10', validDays: 30, expiresOn: '2026-12-19', otherBranch: { id: w.branchB }, person: { name: '郑一' } });
    expect(await memberships(p('spare1'))).toEqual([
      { branch_id: w.branchA, start_on: '2025-01-01', end_on: '2026-11-19' },
      { branch_id: w.branchB, start_on: '2026-11-20', end_on: null },
    ]);
    expect(await statusOf(p('spare1'))).toBe('active');
    expect((await auditOf(t.id)).map((e) => e.action)).toEqual(['transfer.recorded']);
    // the receiving branch's committee sees it too
    expect((ok(await call('secretaryb', 'GET', `/api/branches/${w.branchB}/transfers`)).items as { id: string }[]).map((x) => x.id)).toContain(t.id);
  });

  it('out to an outside organization: membership (and group) ended, status transferredOut', async () => {
    const t = ok(await call('orga', 'POST', `${A()}/transfers`, out({ personId: p('leaderA1'), otherBranchId: null, otherOrg: '中共某市某区机关工委', validDays: null })));
    expect(t).toMatchObject({ otherOrg: '中共某市某区机关工委', validDays: 30, duesPaidTo: null });
    expect((await memberships(p('leaderA1')))[0]?.end_on).toBe('2026-11-19');
    expect((await groupMemberships(p('leaderA1'))).every((g) => g.end_on === '2026-11-19')).toBe(true);
    expect(await statusOf(p('leaderA1'))).toBe('transferredOut');
  });

  it('in of a new person: on the roster with a membership from the effective date; in of a known person: the membership starts', async () => {
    const t = ok(
      await call('secretarya', 'POST', `${A()}/transfers`, {
        direction: 'in',
        kind: 'formal',
        newPerson: { name: '卫新', idNumber: makeIdNumber('1990-04-04', 'female'), category: 'full', joinedOn: '2015-06-01', confirmedOn: '2016-06-01', phone: '13900000000' },
        groupId: w.groupA1,
        letterNo: '区委2026-31',
        issuedOn: '2026-03-01',
        validDays: 15,
        otherOrg: '中共某区委组织部',
        effectiveOn: '2026-03-10',
      }),
    );
    expect(t).toMatchObject({ direction: 'in', person: { name: '卫新' }, duesPaidTo: null });
    expect(await memberships(t.person.id)).toEqual([{ branch_id: w.branchA, start_on: '2026-03-10', end_on: null }]);
    expect(await groupMemberships(t.person.id)).toEqual([{ group_id: w.groupA1, end_on: null }]);
    const roster = ok(await call('secretarya', 'GET', `/api/persons?branchId=${w.branchA}&limit=100`));
    expect((roster.items as { name: string }[]).map((x) => x.name)).toContain('卫新');
    // leaderA1 comes back on 2026-11-24: a known person
    const back = ok(await call('secretarya', 'POST', `${A()}/transfers`, { direction: 'in', kind: 'formal', personId: p('leaderA1'), issuedOn: '2026-11-22', otherOrg: '中共某市某区机关工委', effectiveOn: '2026-11-24' }));
    expect(back.status).toBe('issued');
    expect((await memberships(p('leaderA1'))).at(-1)).toEqual({ branch_id: w.branchA, start_on: '2026-11-24', end_on: null });
    expect(await statusOf(p('leaderA1'))).toBe('active');
    // a person still in another branch is transferred out by that branch
    await refused(400, /仍在第二党支部/, 'secretarya', 'POST', `${A()}/transfers`, { direction: 'in', kind: 'formal', personId: p('memberB'), issuedOn: '2026-11-22', otherOrg: 'x', effectiveOn: '2026-11-22' });
  });

  it('a temporary transfer changes no membership', async () => {
    const before = await memberships(p('spare2'));
    const t = ok(await call('secretarya', 'POST', `${A()}/transfers`, out({ kind: 'temporary', personId: p('spare2'), otherBranchId: null, otherOrg: '某县驻村工作队党支部' })));
    expect(t.kind).toBe('temporary');
    expect(await memberships(p('spare2'))).toEqual(before);
    // and may be cancelled; a formal one in force may not
    expect(ok(await call('secretarya', 'POST', `/api/transfers/${t.id}/cancel`)).status).toBe('cancelled');
    const formal = (ok(await call('secretarya', 'GET', `${A()}/transfers`)).items as { id: string; person: { name: string } }[]).find((x) => x.person.name === '郑一')!;
    await refused(400, /已生效，不能撤销/, 'secretarya', 'POST', `/api/transfers/${formal.id}/cancel`);
  });

  it('a formal transfer with a future date is cancelled with its roster change undone', async () => {
    const before = await memberships(p('spare3'));
    const t = ok(await call('secretarya', 'POST', `${A()}/transfers`, out({ personId: p('spare3'), issuedOn: '2026-11-24', effectiveOn: '2026-12-01', otherBranchId: null, otherOrg: '外单位党委' })));
    expect(await statusOf(p('spare3'))).toBe('transferredOut');
    ok(await call('secretarya', 'POST', `/api/transfers/${t.id}/cancel`));
    expect(await memberships(p('spare3'))).toEqual(before);
    expect(await statusOf(p('spare3'))).toBe('active');
  });
});

describe('receipt and letter', () => {
  it('issued → received → completed; a receipt before receipt is refused', async () => {
    const t = (ok(await call('secretarya', 'GET', `${A()}/transfers`)).items as { id: string; person: { name: string }; status: string }[]).find((x) => x.person.name === '郑一')!;
    await refused(409, /尚未接收，不能登记回执/, 'secretarya', 'POST', `/api/transfers/${t.id}/receipt`, { receiptReturnedOn: '2026-11-23' });
    await refused(400, /接收日期不能早于开具日期/, 'secretarya', 'POST', `/api/transfers/${t.id}/receive`, { receivedOn: '2026-11-19' });
    const r = ok(await call('secretaryb', 'POST', `/api/transfers/${t.id}/receive`, { receivedOn: '2026-11-21' }));
    expect(r).toMatchObject({ status: 'received', receivedOn: '2026-11-21', receipt: { status: 'ok' } });
    await refused(400, /回执日期不能早于接收日期/, 'secretarya', 'POST', `/api/transfers/${t.id}/receipt`, { receiptReturnedOn: '2026-11-20' });
    const c = ok(await call('secretarya', 'POST', `/api/transfers/${t.id}/receipt`, { receiptReturnedOn: '2026-11-23' }));
    expect(c.status).toBe('completed');
    expect((await auditOf(t.id)).map((e) => e.action)).toEqual(['transfer.recorded', 'transfer.received', 'transfer.completed']);
  });

  it('prints the letter in three parts with the dues month and the validity in 大写', async () => {
    const t = (ok(await call('secretarya', 'GET', `${A()}/transfers`)).items as { id: string; person: { name: string } }[]).find((x) => x.person.name === '郑一')!;
    const res = await call('secretarya', 'GET', `/api/transfers/${t.id}/letter.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = `/tmp/transfer-letter-${process.pid}.pdf`;
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const s of ['第一联', '存根', '第二联', '第三联', '回执', '郑一同志', '二〇二六年十月', '叁拾', '中共测试机关第二党支部', '2026-07']) expect(text).toContain(s);
    await refused(404, /不存在/, 'membera', 'GET', `/api/transfers/${t.id}/letter.pdf`);
  });
});
