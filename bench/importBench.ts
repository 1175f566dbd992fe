import { Readable } from 'node:stream';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { ROSTER_HEADERS } from '@zhibu/domain';
import { openDatabase } from '../packages/server/src/db/open.js';
import { insertOrgan } from '../packages/server/src/features/organ/create.js';
import { importRosterFile } from '../packages/server/src/features/imports/cli.js';
import type { Ctx } from '../packages/server/src/context.js';
import { fakeIdNumber } from './generator.js';
import { freshTarget } from './backends.js';
import { median } from './stats.js';

/** A 10,000-row roster as another office would send it: 50 branches, a few groups, dates in mixed spellings. */
export async function rosterFile(rows: number): Promise<string> {
  const file = path.join(os.tmpdir(), `zhibu-bench-roster-${rows}.xlsx`);
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('花名册');
  ws.addRow(ROSTER_HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const { id, birth } = fakeIdNumber(i);
    const joined = i % 3 === 0 ? '2005/7/1' : i % 3 === 1 ? '2005年7月1日' : '2005-07-01';
    ws.addRow([`测试${i}`, null, '01', birth, id, '21', '正式党员', joined, '2006-07-01', `第${(i % 50) + 1}党支部`, i % 2 ? '第一党小组' : null, '一级主任科员', `139${String(i).padStart(8, '0')}`]).commit();
  }
  ws.commit();
  await wb.commit();
  return file;
}

/** The bare exceljs streaming read of the same file: the floor under our import. */
async function bareRead(file: string): Promise<number> {
  const t0 = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(fs.readFileSync(file)), { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  let n = 0;
  for await (const ws of reader) {
    for await (const _r of ws as AsyncIterable<unknown>) n++;
    break;
  }
  if (n < 2) throw new Error('bare read found no rows');
  return performance.now() - t0;
}

export async function importBench(backend: 'pglite' | 'postgres', rows = 10_000, runs = 2) {
  const file = await rosterFile(rows);
  const bare: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < runs; r++) {
    bare.push(await bareRead(file));
    const target = await freshTarget(backend);
    const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl || undefined });
    const organId = await database.db.transaction().execute((trx) => insertOrgan(trx, 'bench', { name: '导入基准机关', recordsStartOn: '2026-01-01' }));
    const ctx: Ctx = { db: database.db, actor: 'bench', today: '2026-11-24', viewer: { accountId: 'bench', organId, personId: null, organRoles: ['organAdmin'], branchRoles: {}, ledGroups: [] } };
    const t0 = performance.now();
    const report = await importRosterFile(ctx, file, { createMissing: true });
    full.push(performance.now() - t0);
    if (!report.applied || report.summary.created !== rows) throw new Error(`import failed: ${JSON.stringify(report.problems.slice(0, 3))}`);
    await database.close();
    await target.drop();
  }
  return { bare: median(bare), full: median(full) };
}
