import os from 'node:os';
import { passwordProblems } from '@zhibu/domain';
import type { Command } from '../command.js';
import { openFromFlags, resolveToday } from '../context.js';
import { err, EXIT, out, readStdin, UsageError } from '../io.js';
import { insertOrgan } from '../../features/organ/create.js';
import { insertAccount } from '../../features/accounts/service.js';
import { AppError } from '../../errors.js';
import { isValidDate } from '@zhibu/domain';

export const initCommand: Command = {
  name: 'init',
  summary: '创建一个真实机关及其第一个管理员账号',
  usage: `用法：npx zhibu init --organ 名称 --admin 用户名 --password-stdin [--records-start YYYY-MM-DD]
  --records-start   启用日期：此前结束的考核周期记为"不适用"，此前的记录视为历史补入（默认：今天所在年份的 1 月 1 日）`,
  options: { admin: { type: 'string' }, 'password-stdin': { type: 'boolean' }, 'records-start': { type: 'string' } },
  async run(flags) {
    const organ = flags.organ as string | undefined;
    const admin = flags.admin as string | undefined;
    if (!organ || !admin || !flags['password-stdin']) throw new UsageError('需要 --organ、--admin 和 --password-stdin');
    if (!/^[a-zA-Z0-9_.-]{3,32}$/.test(admin)) throw new AppError('VALIDATION', '用户名应为 3–32 位字母、数字或 _ . -');
    const today = resolveToday(flags);
    const start = (flags['records-start'] as string | undefined) ?? `${today.slice(0, 4)}-01-01`;
    if (!isValidDate(start)) throw new UsageError(`--records-start 的日期 ${start} 无效`);
    const password = await readStdin();
    const problems = passwordProblems(password, admin);
    if (problems.length) throw new AppError('VALIDATION', `密码不符合要求：${problems.join('；')}`);
    const database = await openFromFlags(flags);
    try {
      const actor = `cli:${os.userInfo().username}`;
      await database.db.transaction().execute(async (trx) => {
        const organId = await insertOrgan(trx, actor, { name: organ, recordsStartOn: start });
        await insertAccount(trx, actor, { organId, username: admin, personId: null, organRoles: ['organAdmin'], password, mustChange: false });
      });
      err(`已创建机关「${organ}」（启用日期 ${start}）和管理员账号 ${admin}。`);
      out(flags.json ? JSON.stringify({ organ, admin, recordsStartOn: start }) : `${organ}\t${admin}`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
