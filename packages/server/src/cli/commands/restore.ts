import os from 'node:os';
import type { Command } from '../command.js';
import { openFromFlags } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { importBundle } from '../../bundle/import.js';
import { describeImport } from './import.js';

export const restoreCommand: Command = {
  name: 'restore',
  summary: '把备份恢复到空数据库',
  usage: `用法：npx zhibu restore 备份.zip [--json]
  只恢复到空数据库：新的 --data 目录，或新建的 PostgreSQL 数据库（DATABASE_URL）。内嵌数据库的备份可恢复到 PostgreSQL，反之亦然。
  恢复后账号用原密码登录，审计链原样保留并追加一条"导入数据包"记录。`,
  options: {},
  async run(flags, positionals) {
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('需要且只需要一个备份文件');
    const database = await openFromFlags(flags);
    try {
      const r = await importBundle(database, file, { actor: `cli:${os.userInfo().username}`, mode: 'restore', progress: err });
      err(`已从 ${file} 恢复。${describeImport(r)}`);
      out(flags.json ? JSON.stringify(r) : r.sha256);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
