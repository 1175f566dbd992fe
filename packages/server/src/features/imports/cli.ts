import fs from 'node:fs';
import { isValidDate, ROSTER_COLUMNS, ROSTER_FIELDS, type RosterField } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { AppError, invalid } from '../../errors.js';
import { applyRosterImport, requireImporter, type RosterImportReport } from './service.js';
import { parseSheet } from './parseSheet.js';
import { rememberedMappings } from './repository.js';
import { readFirstSheet } from './xlsxReader.js';
import { writeRosterXlsx } from './exportRoster.js';

export interface RosterImportCliOptions {
  createMissing: boolean;
  effective?: string;
  /** a JSON file `{"姓名": "党员姓名", …}` or `{"name": "党员姓名", …}`: our field (or its Chinese header) → the file's header */
  mapFile?: string;
}

/** `zhibu import FILE.xlsx`: reads, checks every row, and imports all or nothing. */
export async function importRosterFile(ctx: Ctx, file: string, opts: RosterImportCliOptions, progress: (msg: string) => void = () => {}): Promise<RosterImportReport> {
  if (opts.effective && !isValidDate(opts.effective)) throw invalid(`--effective 的日期 ${opts.effective} 无效`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件 ${file}`);
  }
  requireImporter(ctx);
  const sheet = await readFirstSheet(bytes, (n) => progress(`已读取 ${n} 行`));
  progress(`共 ${sheet.rows.length} 行，正在校验……`);
  const mapping = opts.mapFile ? readMapFile(opts.mapFile) : undefined;
  const parsed = parseSheet(sheet, mapping, await rememberedMappings(ctx.db, ctx.viewer.organId));
  return applyRosterImport(ctx, parsed, { createMissing: opts.createMissing, ...(opts.effective ? { effectiveOn: opts.effective } : {}) });
}

function readMapFile(path: string): Partial<Record<RosterField, string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path, 'utf8'));
  } catch (e) {
    throw invalid(`无法读取列映射文件 ${path}：${(e as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalid('列映射文件应为 JSON 对象，如 {"姓名": "党员姓名"}');
  const out: Partial<Record<RosterField, string>> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const field = ROSTER_FIELDS.find((f) => f === k || ROSTER_COLUMNS[f].header === k);
    if (!field) throw invalid(`列映射文件中的「${k}」不是花名册的字段；可用：${ROSTER_FIELDS.map((f) => ROSTER_COLUMNS[f].header).join('、')}`);
    if (typeof v !== 'string') throw invalid(`列映射文件中「${k}」的值应为文件中的列名`);
    out[field] = v;
  }
  return out;
}

/** `zhibu export --out FILE.xlsx`: the roster in the template's columns; ID numbers masked unless `--full-id`. */
export async function exportRosterFile(ctx: Ctx, file: string, opts: { fullId: boolean }): Promise<number> {
  // Without --full-id the CLI exports as a branch officer would see it: every branch, ID numbers masked.
  const masked: Ctx = opts.fullId ? ctx : { ...ctx, viewer: await maskingViewer(ctx) };
  const out = fs.createWriteStream(file);
  const n = await writeRosterXlsx(masked, out);
  await new Promise<void>((resolve, reject) => (out.writableFinished ? resolve() : out.on('finish', resolve).on('error', reject)));
  return n;
}

/** A viewer who sits on every branch's committee without the full-ID roles: sees every roster row, IDs masked. */
async function maskingViewer(ctx: Ctx): Promise<Ctx['viewer']> {
  const branches = await ctx.db.selectFrom('branches').select('id').where('organ_id', '=', ctx.viewer.organId).execute();
  return { ...ctx.viewer, organRoles: [], branchRoles: Object.fromEntries(branches.map((b) => [b.id, ['committeeMember' as const]])), personId: null };
}
