import ExcelJS from 'exceljs';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags, resolveBranch } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { createBranchAccounts } from '../../features/accounts/service.js';

export const usersCreateCommand: Command = {
  name: 'users create',
  summary: '为一个党支部尚无账号的人员批量开通账号，打印一次性初始密码',
  usage: `用法：npx zhibu users create --branch 支部名称 [--out 账号条.xlsx] [--json]
  初始密码只显示这一次，首次登录须修改。--out 另存为可打印的账号条（Excel）。`,
  options: { branch: { type: 'string' }, out: { type: 'string' } },
  async run(flags) {
    const branchName = flags.branch as string | undefined;
    if (!branchName) throw new UsageError('需要 --branch');
    const file = flags.out as string | undefined;
    if (file && !file.endsWith('.xlsx')) throw new UsageError('--out 的文件名应以 .xlsx 结尾');
    const database = await openFromFlags(flags);
    try {
      const ctx = await cliCtx(database, flags);
      const branch = await resolveBranch(ctx, branchName);
      const { created, skipped } = await createBranchAccounts(ctx, branch.id);
      err(`「${branch.short_name}」：新开通 ${created.length} 个账号，${skipped} 人已有账号。`);
      if (flags.json) out(JSON.stringify({ branch: branch.full_name, created, skipped }));
      else for (const c of created) out(`${c.name ?? ''}\t${c.username}\t${c.password}`);
      if (file) {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('账号条');
        ws.columns = [
          { header: '姓名', key: 'name', width: 12 },
          { header: '用户名', key: 'username', width: 20 },
          { header: '初始密码', key: 'password', width: 16 },
          { header: '说明', key: 'note', width: 36 },
        ];
        for (const c of created) ws.addRow({ ...c, note: '首次登录须修改密码；请妥善保管，勿转交他人' });
        ws.getRow(1).font = { bold: true };
        await wb.xlsx.writeFile(file);
        err(`账号条已写入 ${file}`);
      }
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
