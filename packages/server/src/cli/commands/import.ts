import os from 'node:os';
import path from 'node:path';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { importBundle, type ImportReport } from '../../bundle/import.js';
import { importRosterFile } from '../../features/imports/cli.js';
import type { Database } from '../../db/open.js';
import { AppError } from '../../errors.js';

/** One line for people: what an import wrote and skipped. */
export function describeImport(r: ImportReport): string {
  const inserted = Object.entries(r.sections).filter(([, v]) => v.inserted).map(([k, v]) => `${k} ${v.inserted}`);
  const unchanged = Object.values(r.sections).reduce((n, v) => n + v.unchanged, 0);
  const audit = r.into === 'empty' ? `审计记录 ${r.audit.entries} 条（原链保留）` : `审计记录 ${r.audit.entries} 条另存为 ${r.audit.chains.join('、') || '（无新记录）'}`;
  return `新增：${inserted.join('，') || '无'}；已存在且相同而跳过 ${unchanged} 条；附件 ${r.files} 个；${audit}。`;
}

async function bundleActor(database: Database, as: string | undefined): Promise<string> {
  if (!as) return `cli:${os.userInfo().username}`;
  const a = await database.db.selectFrom('accounts').select('username').where('username', '=', as).executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', `账号 ${as} 不存在`);
  return `user:${a.username}`;
}

async function importZip(database: Database, file: string, flags: Record<string, string | boolean | undefined>): Promise<number> {
  const actor = await bundleActor(database, flags.as as string | undefined);
  const r = await importBundle(database, file, { actor, mode: 'import', organName: flags.organ as string | undefined, progress: err });
  err(`已导入数据包 ${file}（${r.into === 'empty' ? '导入空数据库' : '与已有数据合并'}）。${describeImport(r)}`);
  out(flags.json ? JSON.stringify(r) : r.sha256);
  return EXIT.ok;
}

async function importXlsx(database: Database, file: string, flags: Record<string, string | boolean | undefined>): Promise<number> {
  const ctx = await cliCtx(database, flags);
  const r = await importRosterFile(ctx, file, { createMissing: !!flags['create-missing'], effective: flags.effective as string | undefined, mapFile: flags.map as string | undefined }, err);
  if (!r.applied) {
    if (flags.json) out(JSON.stringify({ errors: r.problems }));
    for (const p of r.problems) err(`第 ${p.row} 行「${p.column}」：${p.message}`);
    err(`花名册有 ${r.problems.length} 处问题，未导入任何数据。`);
    return EXIT.refused;
  }
  const s = r.summary;
  err(`已导入「${ctx.organName}」花名册 ${file}：${s.rows} 行。`);
  out(flags.json ? JSON.stringify(r) : `新增 ${s.created}，变更 ${s.changed}，未变 ${s.unchanged}，调动 ${s.moved}`);
  return EXIT.ok;
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入数据包（.zip）或花名册（.xlsx）',
  usage: `用法：npx zhibu import 数据包.zip [--organ 名称] [--json]
       npx zhibu import 花名册.xlsx [--create-missing] [--effective YYYY-MM-DD] [--map 列映射.json] [--json]
  .zip：空数据库按原样导入（含审计链）；已有数据时按 id 合并：相同的记录跳过，同一 id 内容不同则全部拒绝并列出。
        导入记入 --organ（默认唯一的机关）的审计链。全部成功或全部不写入。见 docs/bundle.md。
  .xlsx：花名册导入；任何一行有问题则全部不写入。
  --create-missing  所在党支部不存在时新建该支部（全称与简称相同）
  --effective       调动支部的生效日期（默认今天）
  --map             列映射文件 {"姓名": "文件中的列名", …}`,
  options: { 'create-missing': { type: 'boolean' }, effective: { type: 'string' }, map: { type: 'string' } },
  async run(flags, positionals) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('需要且只需要一个文件（.zip 或 .xlsx）');
    const ext = path.extname(file).toLowerCase();
    if (ext === '.xls') throw new AppError('VALIDATION', '这是旧版 Excel（.xls）文件，暂不能直接读取：请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）后再导入');
    if (ext !== '.zip' && ext !== '.xlsx') throw new UsageError(`文件应以 .zip（数据包）或 .xlsx（花名册）结尾：${file}`);
    const database = await openFromFlags(flags);
    try {
      return ext === '.zip' ? await importZip(database, file, flags) : await importXlsx(database, file, flags);
    } finally {
      await database.close();
    }
  },
};
