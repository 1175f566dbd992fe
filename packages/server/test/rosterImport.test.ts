import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFirstSheet } from '../src/features/imports/xlsxReader.js';
import { parseSheet } from '../src/features/imports/parseSheet.js';
import { parseOffThread } from '../src/features/imports/parseOffThread.js';
import { applyRosterImport, previewRosterImport } from '../src/features/imports/service.js';
import { adminCtx, buildWorld, makeIdNumber, type World } from './fixtures.js';
import { rosterXlsx, templateRow } from './rosterFile.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

const ctx = () => adminCtx(w.database.db, w.organId);
const parse = async (file: Buffer) => parseSheet(await readFirstSheet(file), undefined, {});
const count = async (t: 'persons' | 'branches' | 'audit_log') => Number((await w.database.db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('roster import (contracts §3)', () => {
  it('previews n new, m changed, k unchanged, then imports; the same file twice changes nothing', async () => {
    const known = await w.database.db.selectFrom('persons').select(['id_number']).where('id', '=', w.persons.spare1!).executeTakeFirstOrThrow();
    const file = await rosterXlsx([
      templateRow({ name: '新党员甲', branch: '第一党支部', group: '第一党小组' }),
      templateRow({ name: '新党员乙', branch: '中共测试机关第二党支部', joinedOn: new Date(Date.UTC(2019, 6, 1)), confirmedOn: '2020-07-01' }),
      templateRow({ name: '郑一', branch: '第一党支部', id: known.id_number, birth: '1985-03-15', joinedOn: '2010/6/1', confirmedOn: '2011年6月1日', phone: '13800001234' }),
    ]);
    // the web's path: read and checked in a worker thread
    const sheet = await parseOffThread(file, undefined, {}, () => {});
    const preview = await previewRosterImport(ctx(), sheet, { createMissing: false });
    expect(preview.problems).toEqual([]);
    expect(preview.summary).toMatchObject({ rows: 3, created: 2, changed: 1, unchanged: 0, moved: 0 });
    const before = await count('persons');
    const applied = await applyRosterImport(ctx(), sheet, { createMissing: false });
    expect(applied.applied).toBe(true);
    expect(await count('persons')).toBe(before + 2);
    const again = await applyRosterImport(ctx(), await parse(file), { createMissing: false });
    expect(again.summary).toMatchObject({ created: 0, changed: 0, unchanged: 3 });
    expect(await count('persons')).toBe(before + 2);
    const yi = await w.database.db.selectFrom('persons').selectAll().where('name', '=', '新党员乙').executeTakeFirstOrThrow();
    expect(yi).toMatchObject({ ethnicity: '汉族', education: '大学本科毕业', joined_on: '2019-07-01', category: 'full' });
  });

  it('a file with any bad row imports nothing and lists every problem with its Excel row and column', async () => {
    const dup = makeIdNumber('1990-01-01');
    const wrongCheck = makeIdNumber('1991-01-01');
    const file = await rosterXlsx([
      templateRow({ name: '好行', branch: '第一党支部' }),
      templateRow({ name: '校验位错', branch: '第一党支部', id: wrongCheck.slice(0, 17) + (wrongCheck[17] === '1' ? '2' : '1') }),
      templateRow({ name: '日期错', branch: '第一党支部', joinedOn: '2019-13-01' }),
      templateRow({ name: '生日不符', branch: '第一党支部', id: makeIdNumber('1970-01-01'), birth: '1970-01-02' }),
      templateRow({ name: '重复一', branch: '第一党支部', id: dup, birth: '1990-01-01' }),
      templateRow({ name: '重复二', branch: '第一党支部', id: dup, birth: '1990-01-01' }),
      templateRow({ name: '类别错', branch: '第一党支部', category: '群众' }),
      templateRow({ name: '支部错', branch: '不存在党支部' }),
    ]);
    const before = { persons: await count('persons'), audit: await count('audit_log') };
    const r = await applyRosterImport(ctx(), await parse(file), { createMissing: false });
    expect(r.applied).toBe(false);
    const at = r.problems.map((p) => `${p.row} ${p.column}`);
    expect(at).toEqual(['3 公民身份号码', '4 入党日期', '5 出生日期', '6 公民身份号码', '7 公民身份号码', '8 人员类别', '9 所在党支部']);
    expect(r.problems.find((p) => p.row === 3)!.message).toMatch(/校验位/);
    expect(r.problems.find((p) => p.row === 9)!.message).toMatch(/不存在/);
    expect({ persons: await count('persons'), audit: await count('audit_log') }).toEqual(before);
  });

  it('creates missing branches and groups only when confirmed', async () => {
    const file = await rosterXlsx([templateRow({ name: '新支部人', branch: '新设党支部', group: '新设小组' })]);
    const refused = await previewRosterImport(ctx(), await parse(file), { createMissing: false });
    expect(refused.problems.map((p) => p.column)).toEqual(['所在党支部']);
    const ok = await applyRosterImport(ctx(), await parse(file), { createMissing: true });
    expect(ok).toMatchObject({ applied: true, newBranches: ['新设党支部'], newGroups: [{ branch: '新设党支部', group: '新设小组' }] });
    const b = await w.database.db.selectFrom('branches').selectAll().where('short_name', '=', '新设党支部').executeTakeFirstOrThrow();
    expect(b.full_name).toBe('新设党支部');
  });

  it('a changed 所在党支部 ends the old membership and starts the new one on the effective date', async () => {
    const p = await w.database.db.selectFrom('persons').selectAll().where('id', '=', w.persons.spare2!).executeTakeFirstOrThrow();
    const file = await rosterXlsx([templateRow({ name: p.name, branch: '第二党支部', id: p.id_number, birth: p.birth_date!, joinedOn: p.joined_on!, confirmedOn: p.confirmed_on!, phone: p.phone! })]);
    const r = await applyRosterImport(ctx(), await parse(file), { createMissing: false, effectiveOn: '2026-10-01' });
    expect(r.summary).toMatchObject({ moved: 1 });
    const ms = await w.database.db.selectFrom('branch_memberships').select(['branch_id', 'start_on', 'end_on']).where('person_id', '=', p.id).orderBy('start_on').execute();
    expect(ms).toEqual([
      { branch_id: w.branchA, start_on: '2025-01-01', end_on: '2026-09-30' },
      { branch_id: w.branchB, start_on: '2026-10-01', end_on: null },
    ]);
  });

  it('the optional 党费类别 and 交纳基数（元） columns record the base from January of the effective year', async () => {
    const db = w.database.db;
    const bases = () => db.selectFrom('dues_bases').select(['person_id', 'from_month', 'dues_category', 'base_fen', 'fixed_fen']).orderBy('person_id').orderBy('from_month').execute();
    const p = await db.selectFrom('persons').selectAll().where('id', '=', w.persons.spare3!).executeTakeFirstOrThrow();
    const known = (cat: string, base: string | number) => [...templateRow({ name: p.name, branch: '第一党支部', id: p.id_number, birth: p.birth_date!, joinedOn: p.joined_on!, confirmedOn: p.confirmed_on!, phone: p.phone! }), cat, base];
    await db.insertInto('dues_bases').values({ id: crypto.randomUUID(), person_id: p.id, from_month: '2026-01', dues_category: 'onJob', base_fen: 300000, fixed_fen: null, note: null }).execute();
    const start = await bases();

    // bad amounts and a non-member with a base: row errors in the contract's shape, nothing saved
    const bad = await rosterXlsx([
      [...templateRow({ name: '负基数', branch: '第一党支部' }), '在职', -100],
      [...templateRow({ name: '文字基数', branch: '第一党支部' }), '在职', '三千'],
      [...templateRow({ name: '积极分子', branch: '第一党支部', category: '入党积极分子', joinedOn: '', confirmedOn: '' }).map((c, i) => (i === 8 ? null : c)), '在职', '5000'],
      [...templateRow({ name: '类别错', branch: '第一党支部' }), '公务员', '5000'],
    ]);
    const before = { persons: await count('persons'), audit: await count('audit_log') };
    const r = await applyRosterImport(ctx(), await parse(bad), { createMissing: false, effectiveOn: '2026-10-01' });
    expect(r.applied).toBe(false);
    expect(r.problems.map((x) => `${x.row} ${x.column}`)).toEqual(['2 交纳基数（元）', '3 交纳基数（元）', '4 党费类别', '5 党费类别']);
    expect(r.problems[0]!.message).toMatch(/不能为负数/);
    expect(r.problems[1]!.message).toMatch(/应为金额数字/);
    expect(r.problems[2]!.message).toMatch(/入党积极分子不交纳党费/);
    expect(r.problems[3]!.message).toMatch(/不认识的党费类别“公务员”/);
    expect({ persons: await count('persons'), audit: await count('audit_log') }).toEqual(before);
    expect(await bases()).toEqual(start);

    // a new 党员 with a base, the known one's base changed, a row without dues left alone
    const good = await rosterXlsx([[...templateRow({ name: '党费新人', branch: '第一党支部' }), '在职', 6000], known('离退休', '4500.5'), templateRow({ name: '无党费列', branch: '第一党支部' })]);
    const applied = await applyRosterImport(ctx(), await parse(good), { createMissing: false, effectiveOn: '2026-10-01' });
    expect(applied.problems).toEqual([]);
    expect(applied.applied).toBe(true);
    const fresh = await db.selectFrom('persons').select('id').where('name', '=', '党费新人').executeTakeFirstOrThrow();
    const none = await db.selectFrom('persons').select('id').where('name', '=', '无党费列').executeTakeFirstOrThrow();
    const now = await bases();
    expect(now.filter((b) => b.person_id === fresh.id)).toEqual([{ person_id: fresh.id, from_month: '2026-01', dues_category: 'onJob', base_fen: 600000, fixed_fen: null }]);
    expect(now.filter((b) => b.person_id === p.id)).toEqual([{ person_id: p.id, from_month: '2026-01', dues_category: 'retired', base_fen: 450050, fixed_fen: null }]);
    expect(now.filter((b) => b.person_id === none.id)).toEqual([]);
    const audit = await db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'like', 'dues.base.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['dues.base.changed', 'dues.base.recorded']);

    // the same file again changes nothing
    const auditN = await count('audit_log');
    const again = await applyRosterImport(ctx(), await parse(good), { createMissing: false, effectiveOn: '2026-10-01' });
    expect(again.summary).toMatchObject({ created: 0, changed: 0 });
    expect(await bases()).toEqual(now);
    expect((await db.selectFrom('audit_log').select('action').where('action', 'like', 'dues.base.%').execute()).length).toBe(2);
    expect(await count('audit_log')).toBe(auditN + 1); // the import itself (roster.imported) only
  });

  it('maps other systems’ headers and extra columns; a missing required column is one clear problem', async () => {
    const headers = ['序号', '党员姓名', '身份证号码', '党员类别', '党支部', '备注'];
    const id = makeIdNumber('1988-08-08');
    const file = await rosterXlsx([[1, '别名系统人', id, '预备党员', '第一党支部', '无']], headers);
    const guessed = await previewRosterImport(ctx(), await parse(file), { createMissing: false });
    expect(guessed.mapping).toMatchObject({ name: '党员姓名', idNumber: '身份证号码', category: '党员类别', branch: '党支部' });
    expect(guessed.problems).toEqual([]);
    const noId = await previewRosterImport(ctx(), await parse(await rosterXlsx([['某人', '正式党员', '第一党支部']], ['姓名', '人员类别', '所在党支部'])), { createMissing: false });
    expect(noId.problems).toEqual([{ row: 1, column: '公民身份号码', message: expect.stringMatching(/缺少必填列/) }]);
  });

  it('refuses a legacy .xls, a non-spreadsheet and an ID number stored as a number, with clear messages', async () => {
    await expect(readFirstSheet(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]))).rejects.toThrow(/另存为/);
    await expect(readFirstSheet(Buffer.from('姓名,身份证\n'))).rejects.toThrow(/不是 Excel/);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['姓名', '公民身份号码', '人员类别', '所在党支部']);
    ws.addRow(['数字号', 110105194912310020, '正式党员', '第一党支部']);
    const r = await previewRosterImport(ctx(), await parse(Buffer.from(await wb.xlsx.writeBuffer())), { createMissing: false });
    expect(r.problems[0]!.message).toMatch(/文本/);
  });
});
