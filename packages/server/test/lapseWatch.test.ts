import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonthsTo, RULES, runCheck } from '@zhibu/domain';
import { loadCheckFacts, rangeOf } from '../src/features/check/facts.js';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 §8 (MEM-3): the 6-month watch reads attendance (出席, or 请假 with a reason), the branch's months with
 * nothing held, dues and the work the committee assigns; the branch sees it with what was done since.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf } = apiClient(() => w, ['work_assignments']);
const A = () => `/api/branches/${w.branchA}`;

/** An assembly of branch A held on the 10th of `month`, with attendance per person key. */
async function meeting(month: string, att: Record<string, ['present' | 'onLeave' | 'absent', string | null]>) {
  const id = crypto.randomUUID();
  const db = w.database.db;
  await db.insertInto('meetings').values({ id, organ_id: w.organId, branch_id: w.branchA, kind: 'assembly', status: 'held', held_on: `${month}-10`, title: '党员大会' }).execute();
  for (const [key, [status, reason]] of Object.entries(att)) await db.insertInto('meeting_attendance').values({ meeting_id: id, person_id: p(key), status, reason }).execute();
}

beforeAll(async () => {
  w = await buildWorld();
  // Branch A met every month from 2025-11 to 2026-10 except 2026-09 (nothing held). memberA last took part in
  // 2026-03 (6 judged months to 2026-10, September skipped → 6); spare2 was absent 2026-07..10 but on leave with a
  // reason in 2026-08 (→ 2: Sep skipped, Oct); spare3 on leave without a reason from 2026-06 (→ 4: Jun, Jul, Aug, Oct).
  const everyone = ['secretaryA', 'orgA', 'pubA', 'leaderA1', 'memberA', 'spare1', 'spare2', 'spare3'];
  for (let m = '2025-11'; m <= '2026-10'; m = addMonthsTo(m, 1)) {
    if (m === '2026-09') continue;
    const att: Record<string, ['present' | 'onLeave' | 'absent', string | null]> = {};
    for (const k of everyone) att[k] = ['present', null];
    if (m >= '2026-04') att.memberA = ['absent', null];
    if (m >= '2026-07') att.spare2 = m === '2026-08' ? ['onLeave', '出差'] : ['absent', null];
    if (m >= '2026-06') att.spare3 = ['onLeave', ' '];
    await meeting(m, att);
  }
});
afterAll(async () => {
  await w.close();
});

describe('the 6-month watch', () => {
  it('the check finds memberA unmet (6), spare3 dueSoon (4), nobody else named; September is a finding against the branch', async () => {
    const facts = await loadCheckFacts(w.database.db, w.organId, rangeOf(2026, TODAY));
    const findings = runCheck(facts, RULES.filter((r) => r.id.startsWith('MEM-3.')), { year: 2026, asOf: TODAY }).filter((f) => f.branchId === w.branchA);
    const watch = (key: string) => findings.find((f) => f.rule === 'MEM-3.lapse-watch' && f.subject?.id === p(key));
    expect(watch('memberA')).toMatchObject({ status: 'unmet' });
    expect(watch('memberA')?.message).toContain('连续6个月未参加组织生活（2026年4月至2026年10月）');
    expect(watch('spare3')?.status).toBe('dueSoon');
    expect(watch('spare3')?.message).toContain('连续4个月未参加组织生活');
    // under three months: no finding of their own (only members at 3 months or more are named)
    expect(watch('spare2')).toBeUndefined();
    expect(watch('spare1')).toBeUndefined();
    expect(findings.filter((f) => f.rule === 'MEM-3.lapse-watch').map((f) => f.subject?.id)).toEqual(expect.arrayContaining([p('memberA'), p('spare3')]));
    expect(findings.filter((f) => f.rule === 'MEM-3.lapse-watch')).toHaveLength(2);
    const months = findings.filter((f) => f.rule === 'MEM-3.branch-life-month');
    expect(months.find((f) => f.period === '2026-09')?.status).toBe('unmet');
    expect(months.find((f) => f.period === '2026-10')?.status).toBe('met');
    expect(months.find((f) => f.period === '2026-11')?.status).toBe('pending');
  });

  it('the branch sees the watch with the months and what was done since; others may not', async () => {
    ok(await call('secretarya', 'POST', `${A()}/talks`, { kind: 'admonition', purpose: 'reminder', talkedOn: '2026-11-20', talkerPersonId: p('secretaryA'), talkeePersonId: p('memberA'), topics: '了解情况，提出要求', reason: '连续6个月未参加组织生活' }));
    const watch = ok(await call('puba', 'GET', `${A()}/lapse-watch`));
    expect(watch).toMatchObject({ asOf: TODAY, lastMonth: '2026-10', emptyMonths: ['2026-09'] });
    expect(watch.procedure).toContain('党章第九条');
    const byName = Object.fromEntries((watch.members as { person: { name: string }; level: string }[]).map((m) => [m.person.name, m]));
    expect(Object.keys(byName).sort()).toEqual(['陈三', '钱七'].sort());
    expect(byName['钱七']).toMatchObject({ level: 'limit', talks: [{ kind: 'admonition', talkedOn: '2026-11-20', purpose: '连续6个月未参加组织生活' }] });
    expect(byName['陈三']).toMatchObject({ level: 'warning', runs: [{ counter: 'life', months: ['2026-06', '2026-07', '2026-08', '2026-10'] }] });
    expect(ok(await call('admin', 'GET', `${A()}/lapse-watch`)).members).toHaveLength(2);
    await refused(403, /本支部委员/, 'membera', 'GET', `${A()}/lapse-watch`);
    await refused(403, /本支部委员/, 'leadera1', 'GET', `${A()}/lapse-watch`);
    await refused(404, /党支部不存在/, 'secretaryb', 'GET', `${A()}/lapse-watch`);
  });
});

describe('work the party assigns', () => {
  it('the committee records work, marks it done, audited; it feeds the third counter', async () => {
    const a = ok(await call('secretarya', 'POST', `${A()}/work-assignments`, { personId: p('spare1'), title: '联系社区困难群众', assignedOn: '2026-03-01', dueOn: '2026-04-30' }));
    expect(a).toMatchObject({ title: '联系社区困难群众', doneOn: null, overdue: true, person: { name: '郑一' } });
    const watch = ok(await call('orga', 'GET', `${A()}/lapse-watch`));
    const spare1 = (watch.members as { person: { name: string }; level: string; runs: { counter: string; months: string[] }[]; openAssignments: unknown[] }[]).find((m) => m.person.name === '郑一');
    expect(spare1).toMatchObject({ level: 'limit', runs: [{ counter: 'work', months: ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'] }], openAssignments: [{ title: '联系社区困难群众' }] });
    const done = ok(await call('orga', 'POST', `/api/work-assignments/${a.id}/done`, { doneOn: '2026-11-20' }));
    expect(done).toMatchObject({ doneOn: '2026-11-20', overdue: false });
    expect((await auditOf(a.id)).map((e) => e.action)).toEqual(['workAssignment.recorded', 'workAssignment.done']);
    expect((ok(await call('puba', 'GET', `${A()}/work-assignments`)).items as unknown[]).length).toBe(1);
  });

  it('refuses a due date before the assignment, someone not of the branch, a second done, and plain members', async () => {
    const body = { personId: p('spare2'), title: '整理党员档案', assignedOn: '2026-11-10', dueOn: '2026-11-09' };
    await refused(400, /完成期限不能早于分配日期/, 'secretarya', 'POST', `${A()}/work-assignments`, body);
    await refused(400, /不是本支部党员/, 'secretarya', 'POST', `${A()}/work-assignments`, { ...body, personId: p('memberB'), dueOn: '2026-12-01' });
    await refused(400, /请填写分配的工作/, 'secretarya', 'POST', `${A()}/work-assignments`, { ...body, title: ' ', dueOn: '2026-12-01' });
    await refused(403, /书记、副书记、组织委员/, 'puba', 'POST', `${A()}/work-assignments`, { ...body, dueOn: '2026-12-01' });
    await refused(403, /本支部委员/, 'membera', 'GET', `${A()}/work-assignments`);
    const [a] = ok(await call('secretarya', 'GET', `${A()}/work-assignments`)).items as { id: string }[];
    await refused(409, /已登记完成/, 'secretarya', 'POST', `/api/work-assignments/${a!.id}/done`, { doneOn: '2026-11-21' });
  });
});
