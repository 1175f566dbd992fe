import path from 'node:path';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { writeBundle } from '../../bundle/export.js';
import { exportRosterFile } from '../../features/imports/cli.js';

export const exportCommand: Command = {
  name: 'export',
  summary: '导出数据包（.zip，不含密码）或花名册（.xlsx）',
  usage: `用法：npx zhibu export --out 文件.zip [--json]
       npx zhibu export --out 花名册.xlsx [--full-id] [--organ 名称]
  .zip：数据包（bundle.json 及全部附件，见 docs/bundle.md），含数据库中的全部机关；不含密码和会话（备份请用 zhibu backup）。
  .xlsx：花名册；公民身份号码默认脱敏，--full-id 导出完整号码。`,
  options: { out: { type: 'string' }, 'full-id': { type: 'boolean' } },
  async run(flags) {
    const file = flags.out as string | undefined;
    if (!file) throw new UsageError('需要 --out 文件名（.zip 或 .xlsx）');
    const ext = path.extname(file).toLowerCase();
    if (ext !== '.zip' && ext !== '.xlsx') throw new UsageError(`--out 的文件名应以 .zip（数据包）或 .xlsx（花名册）结尾：${file}`);
    const database = await openFromFlags(flags);
    try {
      if (ext === '.xlsx') {
        const ctx = await cliCtx(database, flags);
        const rows = await exportRosterFile(ctx, file, { fullId: !!flags['full-id'] });
        err(`已导出「${ctx.organName}」花名册 ${rows} 人到 ${file}${flags['full-id'] ? '（含完整公民身份号码，请妥善保管）' : '（公民身份号码已脱敏）'}。`);
        out(flags.json ? JSON.stringify({ file, rows }) : file);
        return EXIT.ok;
      }
      const r = await writeBundle(database, file, 'export');
      err(`已导出数据包 ${file}：${Object.entries(r.counts).map(([k, n]) => `${k} ${n}`).join('，')}；附件 ${r.files} 个。SHA-256 ${r.sha256}`);
      out(flags.json ? JSON.stringify(r) : file);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
