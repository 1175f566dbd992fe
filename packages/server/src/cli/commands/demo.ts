import os from 'node:os';
import type { Command } from '../command.js';
import { openFromFlags, resolveToday } from '../context.js';
import { err, EXIT, out } from '../io.js';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load.js';
import { fileStoreFor } from '../../features/attachments/store.js';

export const demoCommand: Command = {
  name: 'demo',
  summary: '载入演示机关（多个党支部、百余名党员、每种角色一个演示账号）',
  usage: `用法：npx zhibu demo [--as-of YYYY-MM-DD]
  演示记录按 --as-of 日期倒推生成。已载入演示数据时不重复添加；数据库中已有真实数据时拒绝执行。`,
  options: {},
  async run(flags) {
    const today = resolveToday(flags);
    const database = await openFromFlags(flags);
    try {
      const r = await loadDemo(database.db, today, `cli:${os.userInfo().username}`, (m) => err(`  已载入${m}`), fileStoreFor(database));
      if (flags.json) out(JSON.stringify({ ...r, password: DEMO_PASSWORD }));
      else {
        err(r.status === 'created' ? `演示机关「${r.organ}」已载入。` : `演示机关「${r.organ}」已存在，未重复添加。`);
        out(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
        for (const a of r.accounts) out(`  ${a.username.padEnd(10)} ${a.label}`);
      }
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
