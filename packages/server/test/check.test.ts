import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { BranchCheck, CheckMatrix, FindingDto, Todo } from '@zhibu/schemas';
import { buildWorld, type World } from './fixtures.js';

/**
 * The standards check through HTTP (issue 4 §3–4): a branch's 体检 turns from 不符合 to 符合 when the missing record
 * is added; the matrix, 待办, parameters and exemptions (audited), and the ICS feed by token.
 */
let w: World;
let admin: string;
let secA: string;
const backend = inject('backend');

beforeAll(async () => {
  w = await buildWorld();
  admin = await w.login('admin');
  secA = await w.login('secretarya');
});
afterAll(async () => w.close());

const get = async <T>(url: string, cookie: string) => {
  const r = await w.app.inject({ method: 'GET', url, headers: { cookie } });
  return { status: r.statusCode, body: r.json() as T };
};
const post = (url: string, cookie: string, payload: unknown) => w.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
const find = (c: BranchCheck, rule: string) => c.findings.filter((f) => f.rule === rule);
const auditCount = async () => Number((await w.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe(`standards check over HTTP (${backend})`, () => {
  it('ORG-3.elected: branch A (posts only, 8 正式党员) is 不符合 until its committee is recorded, then 符合', async () => {
    const before = await get<BranchCheck>(`/api/branches/${w.branchA}/check`, secA);
    expect(before.status).toBe(200);
    expect(before.body.year).toBe(2026);
    expect(find(before.body, 'ORG-3.elected')[0]).toMatchObject({ status: 'unmet', clause: 'ORG-3', period: '2026-11-24' });
    expect(find(before.body, 'ORG-2.committee-required')[0]!.status).toBe('unmet');
    expect(before.body.counts.unmet).toBeGreaterThanOrEqual(2);

    const res = await post(`/api/branches/${w.branchA}/committees`, secA, {
      kind: 'committee',
      startOn: '2025-01-10',
      termYears: 5,
      electedOn: '2025-01-10',
      members: [
        { personId: w.persons.secretaryA, role: 'secretary', approvedOn: '2025-01-20', approvalDocNo: '机党〔2025〕1号' },
        { personId: w.persons.orgA, role: 'organizationMember' },
        { personId: w.persons.pubA, role: 'publicityMember' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);

    const after = await get<BranchCheck>(`/api/branches/${w.branchA}/check`, secA);
    const elected = find(after.body, 'ORG-3.elected')[0]!;
    expect(elected.status).toBe('met');
    expect(elected.evidence.some((e) => e.kind === 'committee' && e.date === '2025-01-10')).toBe(true);
    expect(find(after.body, 'ORG-2.committee-required')[0]!.status).toBe('met');
    expect(find(after.body, 'ORG-3.secretary-approved')[0]!.status).toBe('met');
    // the term ends 2030-01-10: on the calendar, far off
    expect(after.body.calendar.some((c) => c.rule === 'ORG-3.term' && c.date === '2030-01-10')).toBe(true);
    // ORG findings only: the committee now in force also makes LIFE-2 (monthly 支委会) apply
    const orgUnmet = (c: BranchCheck) => c.findings.filter((f) => f.rule.startsWith('ORG-') && f.status === 'unmet').length;
    expect(orgUnmet(after.body)).toBeLessThan(orgUnmet(before.body));
  });

  it('a past year is judged on 31 December and carries the parameters used', async () => {
    const r = await get<BranchCheck>(`/api/branches/${w.branchB}/check?year=2025`, admin);
    const f = find(r.body, 'ORG-1.min-full-members')[0]!;
    expect(f).toMatchObject({ period: '2025-12-31', status: 'unmet', params: { 'org.minFullMembers': 3 } });
  });

  it('who sees what: a 书记 of another branch and an ordinary member get 404; the matrix is for the 机关党委 and assessors', async () => {
    const secB = await w.login('secretaryb');
    expect((await get(`/api/branches/${w.branchA}/check`, secB)).status).toBe(404);
    expect((await get(`/api/branches/${w.branchA}/check`, await w.login('membera'))).status).toBe(404);
    // the 党小组长: their 待办 about their group links to this page
    expect((await get(`/api/branches/${w.branchA}/check`, await w.login('leadera1'))).status).toBe(200);
    expect((await get(`/api/check/matrix`, secA)).status).toBe(403);
    const m = await get<CheckMatrix>(`/api/check/matrix`, await w.login('assessor'));
    expect(m.status).toBe(200);
    expect(m.body.clauses.map((c) => c.id)).toEqual([
      'ORG-1', 'ORG-2', 'ORG-3', 'ORG-4',
      'LIFE-1', 'LIFE-2', 'LIFE-3', 'LIFE-4', 'LIFE-5', 'LIFE-6', 'LIFE-7', 'LIFE-8', 'LIFE-9',
      'MEM-1', 'MEM-2', 'MEM-3', 'MEM-4', 'MEM-5', 'LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5', 'LED-6', 'LED-7', 'VEN-1', 'VEN-2', 'VEN-3',
    ]);
    const rowB = m.body.rows.find((r) => r.branchId === w.branchB)!;
    expect(rowB.cells['ORG-1']!.worst).toBe('unmet');
    expect(rowB.worst).toBe('unmet');
  });

  it('the matrix exports to Excel with a row per branch', async () => {
    const r = await w.app.inject({ method: 'GET', url: '/api/check/matrix.xlsx', headers: { cookie: admin } });
    expect(r.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0]!.getSheetValues());
    expect(text).toContain('ORG-1 支部设置');
    expect(text).toMatch(/不符合/);
  });

  it('待办: the 书记 sees their branch’s unmet items, the 机关党委 every branch’s; an ordinary member has none', async () => {
    const mine = (await get<{ items: Todo[] }>('/api/todos', secA)).body.items;
    expect(mine.every((t) => t.branchId === w.branchA)).toBe(true);
    const all = (await get<{ items: Todo[] }>('/api/todos', admin)).body.items;
    expect(all.some((t) => t.branchId === w.branchB && t.status === 'unmet')).toBe(true);
    expect((await get<{ items: Todo[] }>('/api/todos', await w.login('membera'))).body.items).toEqual([]);
    // group A1 has two members: its leader is told, with a link they can open
    const leader = (await get<{ items: Todo[] }>('/api/todos', await w.login('leadera1'))).body.items;
    // (and, with no meetings recorded, of each month without a 党小组会: LIFE-3)
    expect(leader.map((t) => t.title).sort()).toEqual(['党小组人数与组长（第一党小组）', '每月召开党小组会（第一党小组）'].sort());
    // the months the group met no one are one item, naming them, not one item a month
    expect(leader.find((t) => t.title.startsWith('每月召开党小组会'))!.message).toMatch(/共\d+个期间：2026-01、2026-02/);
    expect(leader.every((t) => t.link === `/branches/${w.branchA}/check`)).toBe(true);
  });

  it('a parameter change from a date on is audited and judged by; closed years keep the old value', async () => {
    const a0 = await auditCount();
    const bad = await post('/api/check/params', admin, { key: 'org.minFullMembers', value: 0, effectiveFrom: '2026-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/不能小于1/);
    expect(await auditCount()).toBe(a0);
    expect((await post('/api/check/params', secA, { key: 'org.minFullMembers', value: 2, effectiveFrom: '2026-01-01' })).statusCode).toBe(403);
    const ok = await post('/api/check/params', admin, { key: 'org.minFullMembers', value: 2, effectiveFrom: '2026-01-01', reason: '试行' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await auditCount()).toBe(a0 + 1);
    const now = find((await get<BranchCheck>(`/api/branches/${w.branchB}/check`, admin)).body, 'ORG-1.min-full-members')[0]!;
    expect(now).toMatchObject({ status: 'met', params: { 'org.minFullMembers': 2 } });
    const last = find((await get<BranchCheck>(`/api/branches/${w.branchB}/check?year=2025`, admin)).body, 'ORG-1.min-full-members')[0]!;
    expect(last).toMatchObject({ status: 'unmet', params: { 'org.minFullMembers': 3 } });
    await post('/api/check/params', admin, { key: 'org.minFullMembers', value: 3, effectiveFrom: '2026-01-01' });
  });

  it('an exemption makes a rule 不适用 with the 机关党委’s reason, and can be withdrawn', async () => {
    const bad = await post('/api/check/exemptions', admin, { branchId: w.branchB, rule: 'ORG-1.min-full-members', fromOn: '2026-12-31', toOn: '2026-01-01', reason: '合并筹备中' });
    expect(bad.statusCode).toBe(400);
    const ok = await post('/api/check/exemptions', admin, { branchId: w.branchB, rule: 'ORG-1.min-full-members', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '支部合并筹备中' });
    expect(ok.statusCode, ok.body).toBe(200);
    const f = find((await get<BranchCheck>(`/api/branches/${w.branchB}/check`, admin)).body, 'ORG-1.min-full-members')[0] as FindingDto;
    expect(f.status).toBe('notApplicable');
    expect(f.reason).toMatch(/机关党委豁免：支部合并筹备中/);
    const settings = (await get<{ exemptions: { id: string }[] }>('/api/check/settings', admin)).body;
    const del = await w.app.inject({ method: 'DELETE', url: `/api/check/exemptions/${settings.exemptions[0]!.id}`, headers: { cookie: admin } });
    expect(del.statusCode).toBe(200);
    expect(find((await get<BranchCheck>(`/api/branches/${w.branchB}/check`, admin)).body, 'ORG-1.min-full-members')[0]!.status).toBe('unmet');
  });

  it('the ICS feed: a token URL with deadlines only; renewing it retires the old one; a bad token is 404', async () => {
    const r = await post(`/api/branches/${w.branchA}/calendar-feed`, secA, {});
    expect(r.statusCode, r.body).toBe(200);
    const url = new URL(r.json().url as string);
    const feed = await w.app.inject({ method: 'GET', url: url.pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20300110');
    expect(feed.body).not.toMatch(/张三|138000/);
    const again = await post(`/api/branches/${w.branchA}/calendar-feed`, secA, {});
    expect((await w.app.inject({ method: 'GET', url: url.pathname })).statusCode).toBe(404);
    expect((await w.app.inject({ method: 'GET', url: new URL(again.json().url as string).pathname })).statusCode).toBe(200);
    expect((await post(`/api/branches/${w.branchA}/calendar-feed`, await w.login('membera'), {})).statusCode).toBe(403);
  });
});
