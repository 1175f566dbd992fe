import { passwordProblems } from '@zhibu/domain';
import type { Command } from '../command.js';
import { cliCtx, openFromFlags } from '../context.js';
import { err, EXIT, out, readStdin, UsageError } from '../io.js';
import { insertAccount } from '../../features/accounts/service.js';
import { AppError } from '../../errors.js';

export const adminCreateCommand: Command = {
  name: 'admin create',
  summary: '创建机关党委管理员账号',
  usage: '用法：npx zhibu admin create --username 用户名 --password-stdin [--organ 名称]',
  options: { username: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  async run(flags) {
    const username = flags.username as string | undefined;
    if (!username || !flags['password-stdin']) throw new UsageError('需要 --username 和 --password-stdin');
    if (!/^[a-zA-Z0-9_.-]{3,32}$/.test(username)) throw new AppError('VALIDATION', '用户名应为 3–32 位字母、数字或 _ . -');
    const password = await readStdin();
    const problems = passwordProblems(password, username);
    if (problems.length) throw new AppError('VALIDATION', `密码不符合要求：${problems.join('；')}`);
    const database = await openFromFlags(flags);
    try {
      const ctx = await cliCtx(database, flags);
      await database.db.transaction().execute((trx) =>
        insertAccount(trx, ctx.actor, { organId: ctx.viewer.organId, username, personId: null, organRoles: ['organAdmin'], password, mustChange: false }),
      );
      err(`已在「${ctx.organName}」创建管理员账号 ${username}。`);
      out(flags.json ? JSON.stringify({ username, organ: ctx.organName }) : username);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
