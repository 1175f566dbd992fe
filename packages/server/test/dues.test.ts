import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createPerson } from '../src/features/persons/service.js';
import { loadCheckFacts, rangeOf } from '../src/features/check/facts.js';
import { adminCtx, buildWorld, makeIdNumber, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/** 党费 (issue 6 §4–5): bases, the year grid, payments with their limits, reductions, the papers, visibility. */
let w: World;
const api = apiClient(() => w, ['dues_bases', 'dues_payments', 'dues_reductions']);
const { call, ok, refused } = api;
let A: string;
let p: Record<string, string>;

const base = (personId: string, b: string | null, category = 'onJob', fromMonth = '2026-01', fixed?: string) =>
  call('secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId, fromMonth, category, base: b, ...(fixed ? { fixed } : {}) });
const pay = (personId: string, months: string[], extra: object = {}, user = 'orga') =>
  call(user, 'POST', `/api/branches/${A}/dues/payments`, { personId, months, paidOn: '2026-11-24', method: 'cash', receiptNo: 'R-1', collectorPersonId: p.orgA, ...extra });
const grid = async (user = 'secretarya', year = 2026) => ok(await call(user, 'GET', `/api/branches/${A}/dues?year=${year}`));
const row = (g: { members: { person: { id: string } }[] }, id: string) => g.members.find((m) => m.person.id === id) as unknown as {
  baseFen: number | null;
  rate: string;
  monthlyDueFen: number;
  dueFen: number;
  paidFen: number;
  arrears: string[];
  months: { month: string; status: string; dueFen: number | null; paidFen: number | null; paymentId: string | null }[];
};

async function xlsx(rows: (string | number)[][], headers = ['姓名', '公民身份号码', '党费类别', '交纳基数（元）']): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('基数');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = async (bytes: Buffer, user = 'secretarya', year = 2026) =>
  w.app.inject({ method: 'POST', url: `/api/branches/${A}/dues/bases/import?year=${year}`, headers: { cookie: await api.cookieOf(user), 'content-type': 'application/octet-stream' }, payload: bytes });

beforeAll(async () => {
  w = await buildWorld();
  A = w.branchA;
  p = w.persons;
  ok(await base(p.memberA!, '6000.00'));
  ok(await base(p.secretaryA!, '3000.00'));
  ok(await base(p.orgA!, '3000.01'));
  ok(await base(p.pubA!, '5000.01', 'retired'));
  ok(await base(p.leaderA1!, null, 'student'));
  ok(await base(p.spare1!, null, 'farmer', '2026-01', '0.50'));
  ok(await base(p.spare2!, '10000.01'));
});
afterAll(async () => {
  await w.close();
});

describe('bases and the computed dues', () => {
  it('each member’s category, base, rate and monthly due at the band edges', async () => {
    const g = await grid();
    expect(row(g, p.memberA!)).toMatchObject({ baseFen: 600000, rate: '1.5%', monthlyDueFen: 9000 });
    expect(row(g, p.secretaryA!)).toMatchObject({ baseFen: 300000, rate: '0.5%', monthlyDueFen: 1500 });
    expect(row(g, p.orgA!)).toMatchObject({ baseFen: 300001, rate: '1%', monthlyDueFen: 3000 });
    expect(row(g, p.pubA!)).toMatchObject({ baseFen: 500001, rate: '1%', monthlyDueFen: 5000 });
    expect(row(g, p.leaderA1!)).toMatchObject({ baseFen: null, rate: '定额', monthlyDueFen: 20 });
    expect(row(g, p.spare1!)).toMatchObject({ rate: '定额', monthlyDueFen: 50 });
    expect(row(g, p.spare2!)).toMatchObject({ baseFen: 1000001, rate: '2%', monthlyDueFen: 20000 });
    // spare3 has no base; the activist is not listed (nothing is due before admission)
    expect(row(g, p.spare3!)).toMatchObject({ baseFen: null, monthlyDueFen: null });
    expect(g.members.map((m: { person: { id: string } }) => m.person.id)).not.toContain(p.activistA);
  });

  it.each([
    ['-1', /不能为负数/],
    ['abc', /应为金额数字/],
    ['3000.001', /最多两位小数/],
  ])('a base of %j is refused in Chinese and nothing is saved', async (b, msg) => {
    await refused(400, msg, 'secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.memberA, fromMonth: '2026-06', category: 'onJob', base: b });
  });

  it('a farmer outside 0.20–1.00 yuan, a missing base, an activist are refused', async () => {
    await refused(400, /农民党员每月交纳0.20—1.00元/, 'secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.spare1, fromMonth: '2026-06', category: 'farmer', fixed: '1.50' });
    await refused(400, /须填写交纳基数/, 'secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.spare1, fromMonth: '2026-06', category: 'onJob' });
    await refused(400, /不是党员/, 'secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.activistA, fromMonth: '2026-06', category: 'onJob', base: '3000' });
    await refused(404, /党员不存在/, 'secretarya', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.memberB, fromMonth: '2026-06', category: 'onJob', base: '3000' });
  });

  it('a base from a later month applies from then on, and is audited', async () => {
    const m = ok(await base(p.spare3!, '4000.00', 'onJob', '2026-07'));
    expect(m.months.slice(5, 8).map((x: { dueFen: number | null }) => x.dueFen)).toEqual([null, 4000, 4000]);
    const rows = await w.database.db.selectFrom('audit_log').select('action').where('action', 'like', 'dues.base.%').execute();
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });
});

describe('payments', () => {
  it('records several months at once, each its own row with the due stored; the grid shows ✓, 补 and the totals', async () => {
    const res = ok(await pay(p.memberA!, ['2026-09', '2026-10', '2026-11']));
    expect(res.items.map((x: { month: string; dueFen: number; amountFen: number }) => [x.month, x.dueFen, x.amountFen])).toEqual([
      ['2026-09', 9000, 9000],
      ['2026-10', 9000, 9000],
      ['2026-11', 9000, 9000],
    ]);
    const g = await grid();
    const m = row(g, p.memberA!);
    expect(m.months.slice(8, 12).map((x) => x.status)).toEqual(['madeUp', 'madeUp', 'paid', 'notYetDue']);
    expect(m.arrears).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(m.paidFen).toBe(27000);
    expect(g.months[10]).toMatchObject({ month: '2026-11', paidFen: 9000 });
    expect(g.months[10].dueFen).toBe(9000 + 1500 + 3000 + 5000 + 20 + 50 + 20000 + 4000);
  });

  it('a month already paid is refused with a clear message, and no month of the request is saved', async () => {
    const msg = await refused(400, /2026年10月的党费已于2026-11-24交纳（90.00元），不能重复登记/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, {
      personId: p.memberA,
      months: ['2026-08', '2026-10'],
      paidOn: '2026-11-24',
      method: 'cash',
    });
    expect(msg).not.toMatch(/8月/);
  });

  it('paying ahead up to 6 months is accepted (预), the 7th is refused', async () => {
    ok(await pay(p.secretaryA!, ['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05']));
    const m = row(await grid(), p.secretaryA!);
    expect(m.months[11]!.status).toBe('paidAhead');
    const next = row(await grid('secretarya', 2027), p.secretaryA!);
    expect(next.months.slice(0, 6).map((x) => x.status)).toEqual(['paidAhead', 'paidAhead', 'paidAhead', 'paidAhead', 'paidAhead', 'notYetDue']);
    await refused(400, /预交党费最多6个月.*最远可预交至2027年5月/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.secretaryA, months: ['2027-06'], paidOn: '2026-11-24', method: 'cash' });
  });

  it('arrears older than 6 months need a note; an amount below the due is refused; more is allowed', async () => {
    await refused(400, /补交党费一般不得超过6个月.*备注中写明补交原因/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.orgA, months: ['2026-04'], paidOn: '2026-11-24', method: 'cash' });
    ok(await pay(p.orgA!, ['2026-04'], { note: '外派援疆，经支委会同意补交' }));
    await refused(400, /2026年5月应交30.00元，实交29.99元不足/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.orgA, months: ['2026-05'], paidOn: '2026-11-24', method: 'cash', amount: '29.99' });
    const r = ok(await pay(p.orgA!, ['2026-05'], { amount: '50.00' }));
    expect(r.items[0]).toMatchObject({ dueFen: 3000, amountFen: 5000 });
  });

  it('a payment date in the future, a member of another branch, a bad method are refused', async () => {
    await refused(400, /交纳日期不能晚于今天/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.orgA, months: ['2026-11'], paidOn: '2026-11-25', method: 'cash' });
    await refused(404, /党员/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.memberB, months: ['2026-11'], paidOn: '2026-11-24', method: 'cash' });
    await refused(400, /./, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.orgA, months: ['2026-11'], paidOn: '2026-11-24', method: 'cheque' });
  });

  it('an officer deletes a payment with a reason, audited', async () => {
    const r = ok(await pay(p.spare2!, ['2026-11']));
    const id = r.items[0].id as string;
    await refused(400, /./, 'orga', 'DELETE', `/api/branches/${A}/dues/payments/${id}`);
    ok(await call('orga', 'DELETE', `/api/branches/${A}/dues/payments/${id}?reason=${encodeURIComponent('收据号登记错误')}`));
    expect(row(await grid(), p.spare2!).months[10]!.status).toBe('notYetDue');
    expect((await api.auditOf(id)).map((a) => a.action)).toEqual(['dues.payment.recorded', 'dues.payment.deleted']);
  });

  it('a voluntary payment of 1000 yuan or more is flagged 全额上缴中央', async () => {
    const big = ok(await call('orga', 'POST', `/api/branches/${A}/dues/voluntary`, { personId: p.memberA, amount: '1000.00', paidOn: '2026-11-20', method: 'transfer' }));
    expect(big).toMatchObject({ kind: 'voluntary', amountFen: 100000, centralRemittance: true });
    const small = ok(await call('orga', 'POST', `/api/branches/${A}/dues/voluntary`, { personId: p.memberA, amount: '999.99', paidOn: '2026-11-20', method: 'transfer' }));
    expect(small.centralRemittance).toBe(false);
    expect((await grid()).voluntary).toHaveLength(2);
  });
});

describe('reductions', () => {
  const input = { fromMonth: '2026-01', toMonth: '2026-12', amount: '0', reason: '重病住院，生活困难', branchDecidedOn: '2026-01-05', approvalRef: '机关党委〔2026〕3号', approvedOn: '2026-01-12' };
  it('an approved exemption makes its months 免 and nothing due', async () => {
    ok(await call('secretarya', 'POST', `/api/branches/${A}/dues/reductions`, { personId: p.spare1, ...input }));
    const g = await grid();
    const m = row(g, p.spare1!);
    expect(new Set(m.months.map((x) => x.status))).toEqual(new Set(['exempt']));
    expect(m.arrears).toEqual([]);
    expect(g.reductions[0]).toMatchObject({ person: { id: p.spare1 }, amountFen: 0, approvalRef: '机关党委〔2026〕3号' });
  });
  it('refuses a missing approval, reversed dates or an overlap', async () => {
    await refused(400, /批准文号/, 'secretarya', 'POST', `/api/branches/${A}/dues/reductions`, { personId: p.spare3, ...input, approvalRef: ' ' });
    await refused(400, /上级批准日期不能早于支部研究日期/, 'secretarya', 'POST', `/api/branches/${A}/dues/reductions`, { personId: p.spare3, ...input, approvedOn: '2026-01-01' });
    await refused(400, /重叠/, 'secretarya', 'POST', `/api/branches/${A}/dues/reductions`, { personId: p.spare1, ...input, fromMonth: '2026-06', toMonth: '2026-06' });
  });
});

describe('base import from Excel', () => {
  it('every row is checked first: one bad row and nothing is imported, with the row errors listed', async () => {
    const ids = await w.database.db.selectFrom('persons').select(['id', 'name', 'id_number']).where('id', 'in', [p.memberA!, p.spare3!]).execute();
    const by = new Map(ids.map((x) => [x.id, x]));
    const bytes = await xlsx([
      [by.get(p.memberA!)!.name, by.get(p.memberA!)!.id_number, '在职', 7000],
      [by.get(p.spare3!)!.name, by.get(p.spare3!)!.id_number, '在职', '-5'],
      ['某人', '110101199001011234', '退休', 3000],
    ]);
    const before = await api.state();
    const res = await upload(bytes);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toMatch(/导入失败：2 行有错误，未导入任何数据/);
    expect(body.error.details.problems).toEqual(
      expect.arrayContaining([
        { row: 3, column: '交纳基数（元）', message: '交纳基数不能为负数：-5' },
        expect.objectContaining({ row: 4, column: '公民身份号码' }),
        expect.objectContaining({ row: 4, column: '党费类别' }),
      ]),
    );
    expect(await api.state()).toBe(before);
  });

  it('a good file sets the year’s bases from January; the template is prefilled; a missing column is refused', async () => {
    const tpl = await call('secretarya', 'GET', `/api/branches/${A}/dues/bases/template.xlsx?year=2027`);
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['姓名', '公民身份号码', '党费类别', '交纳基数（元）']);
    const rows: (string | number)[][] = [];
    ws.eachRow((r, n) => {
      if (n > 1) rows.push((r.values as (string | number)[]).slice(1, 5));
    });
    expect(rows.length).toBe(8);
    const mine = rows.find((r) => r[0] === '钱七')!;
    expect(mine.slice(2)).toEqual(['在职', '6000.00']);
    mine[3] = 8000;
    const res = ok(await upload(await xlsx(rows.map((r) => (r[2] === '农民' || r[2] === '学生' ? [r[0]!, r[1]!, r[2]!, r[3] ?? ''] : r))), 'secretarya', 2027));
    expect(res).toEqual({ year: 2027, imported: 8 });
    expect(row(await grid('secretarya', 2027), p.memberA!)).toMatchObject({ baseFen: 800000, monthlyDueFen: 12000 });
    const bad = await upload(await xlsx([], ['姓名', '党费类别']));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/缺少列：公民身份号码、交纳基数（元）/);
  });
});

describe('who sees the dues (contracts §4)', () => {
  it('the 书记, 组织委员, other 支委 and the organ admin see the grid', async () => {
    for (const u of ['secretarya', 'orga', 'puba', 'admin']) expect((await call(u, 'GET', `/api/branches/${A}/dues`)).statusCode, u).toBe(200);
  });
  it('a 党小组长 and a plain member are refused 403; another branch 404', async () => {
    await refused(403, /只有机关党委管理员和本支部委员/, 'leadera1', 'GET', `/api/branches/${A}/dues`);
    await refused(403, /我的/, 'membera', 'GET', `/api/branches/${A}/dues`);
    await refused(403, /./, 'membera', 'POST', `/api/branches/${A}/dues/payments`, { personId: p.memberA, months: ['2026-08'], paidOn: '2026-11-24', method: 'cash' });
    await refused(404, /党支部/, 'secretaryb', 'GET', `/api/branches/${A}/dues`);
    await refused(404, /党支部/, 'secretaryb', 'PUT', `/api/branches/${A}/dues/bases`, { personId: p.memberA, fromMonth: '2026-06', category: 'onJob', base: '1' });
  });
  it('a member sees their own dues in 我的 only', async () => {
    const mine = ok(await call('membera', 'GET', '/api/me/dues'));
    expect(mine.branch.name).toBe('中共测试机关第一党支部');
    expect(mine.member).toMatchObject({ person: { id: p.memberA }, monthlyDueFen: 9000, paidFen: 27000 });
    expect(mine.member.arrears).toHaveLength(8);
    const activist = ok(await call('activista', 'GET', '/api/me/dues'));
    expect(activist.member).toBeNull();
  });
});

describe('papers', () => {
  it('the monthly 登记表, the year 台账 and the 党费证', async () => {
    const sheet = await call('secretarya', 'GET', `/api/branches/${A}/dues/sheet.pdf?month=2026-11`);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-type']).toBe('application/pdf');
    const ledger = await call('orga', 'GET', `/api/branches/${A}/dues/ledger.xlsx?year=2026`);
    expect(ledger.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getRow(1).getCell(1).value)).toBe('中共测试机关第一党支部2026年度党费收缴台账');
    let found: unknown[] = [];
    ws.eachRow((r) => {
      if (r.getCell(2).value === '钱七') found = (r.values as unknown[]).slice(1);
    });
    expect(found.slice(2, 5)).toEqual([6000, '在职 1.5%', 90]);
    expect(found.slice(13, 16)).toEqual([90, 90, 90]);
    for (const u of ['membera', 'secretarya', 'admin']) expect((await call(u, 'GET', `/api/persons/${p.memberA}/dues-card.pdf`)).statusCode, u).toBe(200);
    await refused(404, /党员/, 'memberb', 'GET', `/api/persons/${p.memberA}/dues-card.pdf`);
    await refused(404, /党员/, 'spare1', 'GET', `/api/persons/${p.memberA}/dues-card.pdf`);
  });
});

describe('主题党日 交纳当月党费 (LIFE-5), derived from the month’s payments', () => {
  it('counts the 党员 present (not guests) who had the month paid by the day; the old tick no longer decides', async () => {
    const td = { recitedConstitution: true, studied: true, studyMaterial: '党章', paidDues: true, duesNote: null, forms: [] };
    const m = ok(
      await call('secretarya', 'POST', `/api/branches/${A}/meetings`, {
        kind: 'themeDay',
        heldOn: '2026-11-24',
        startTime: '08:00',
        endTime: '09:30',
        place: '会议室',
        title: '十一月主题党日',
        hostPersonId: p.secretaryA,
        recorderPersonId: p.orgA,
        agenda: ['诵读党章'],
        themeDay: td,
      }),
    );
    const entries = (m.attendance as { personId: string }[]).map((a) => ({
      personId: a.personId,
      status: [p.memberA, p.secretaryA, p.orgA].includes(a.personId) ? 'present' : 'absent',
    }));
    ok(await call('secretarya', 'PUT', `/api/meetings/${m.id}/attendance`, { entries: [...entries, { personId: p.activistA, status: 'present', guest: true }] }));
    ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
    // 钱七 and 张三 paid November on the day; 李四 (orgA) has not
    expect(ok(await call('secretarya', 'GET', `/api/meetings/${m.id}/dues`))).toEqual({ month: '2026-11', present: 3, paid: 2, unpaid: [{ id: p.orgA, name: '李四' }] });
    // a plain member reading the meeting sees the counts, not who has not paid (contracts §4)
    expect(ok(await call('membera', 'GET', `/api/meetings/${m.id}/dues`))).toEqual({ month: '2026-11', present: 3, paid: 2, unpaid: [] });
    const check = ok(await call('secretarya', 'GET', `/api/branches/${A}/check?year=2026`));
    const f = (check.findings as { rule: string; period: string; status: string; message: string }[]).find((x) => x.rule === 'LIFE-5.required-actions' && x.period === '2026-11')!;
    expect(f).toMatchObject({ status: 'unmet', message: expect.stringContaining('出席党员3人中2人已交本月党费') });
    ok(await pay(p.orgA!, ['2026-11']));
    const again = ok(await call('secretarya', 'GET', `/api/branches/${A}/check?year=2026`));
    const g = (again.findings as { rule: string; period: string; status: string; message: string }[]).find((x) => x.rule === 'LIFE-5.required-actions' && x.period === '2026-11')!;
    expect(g).toMatchObject({ status: 'met', message: expect.stringContaining('出席党员3人中3人已交本月党费') });
  });
  it('paid ahead and an approved exemption count; a payment made after the day does not (the check and the page agree)', async () => {
    const m = ok(
      await call('secretarya', 'POST', `/api/branches/${A}/meetings`, {
        kind: 'themeDay', heldOn: '2026-07-15', startTime: '08:00', endTime: '09:30', place: '会议室', title: '七月主题党日',
        hostPersonId: p.secretaryA, recorderPersonId: p.orgA, agenda: ['诵读党章'],
        themeDay: { recitedConstitution: true, studied: true, studyMaterial: '党章', paidDues: true, duesNote: null, forms: [] },
      }),
    );
    const present = [p.memberA, p.secretaryA, p.orgA, p.spare1];
    const entries = (m.attendance as { personId: string }[]).map((a) => ({ personId: a.personId, status: present.includes(a.personId) ? 'present' : 'absent' }));
    ok(await call('secretarya', 'PUT', `/api/meetings/${m.id}/attendance`, { entries }));
    ok(await call('secretarya', 'POST', `/api/meetings/${m.id}/hold`));
    // July: paid ahead in March by the 书记, paid five days after the meeting by memberA, not at all by orgA; spare1 is exempt for the year
    ok(await pay(p.secretaryA!, ['2026-07'], { paidOn: '2026-03-02' }));
    ok(await pay(p.memberA!, ['2026-07'], { paidOn: '2026-07-20' }));
    const d = ok(await call('secretarya', 'GET', `/api/meetings/${m.id}/dues`));
    expect(d).toMatchObject({ month: '2026-07', present: 4, paid: 2 });
    expect((d.unpaid as { id: string }[]).map((u) => u.id).sort()).toEqual([p.memberA, p.orgA].sort());
    const check = ok(await call('secretarya', 'GET', `/api/branches/${A}/check?year=2026`));
    const f = (check.findings as { rule: string; period: string; status: string; message: string }[]).find((x) => x.rule === 'LIFE-5.required-actions' && x.period === '2026-07')!;
    expect(f).toMatchObject({ status: 'unmet', message: expect.stringContaining('2026年7月15日出席党员4人中2人已交本月党费') });
    // the whole organ's check counts them the same way (one query for all branches, not one per branch)
    const organ = await loadCheckFacts(w.database.db, w.organId, rangeOf(2026, '2026-11-24'));
    const fact = organ.branches.find((b) => b.id === A)!.meetings.find((x) => x.id === m.id)!;
    expect(fact.themeDay).toMatchObject({ duesPresent: 4, duesUnpaid: 2 });
  });
});

describe('liability (R-DUES-6)', () => {
  it('a 预备党员 owes from the month of admission; an earlier month is refused', async () => {
    const np = await createPerson(adminCtx(w.database.db, w.organId), {
      name: '林新',
      idNumber: makeIdNumber('1998-04-04'),
      category: 'probationary',
      joinedOn: '2026-06-15',
      confirmedOn: null,
      phone: '13800005678',
      branchId: A,
      startOn: '2026-06-15',
    });
    ok(await base(np.id, '5000.00'));
    const m = row(await grid(), np.id);
    expect(m.months.slice(4, 7).map((x) => x.status)).toEqual(['notLiable', 'unpaid', 'unpaid']);
    expect(m.arrears[0]).toBe('2026-06');
    await refused(400, /2026年5月不在该党员的交纳期内/, 'orga', 'POST', `/api/branches/${A}/dues/payments`, { personId: np.id, months: ['2026-05', '2026-06'], paidOn: '2026-11-24', method: 'cash' });
    ok(await pay(np.id, ['2026-06']));
  });
});
