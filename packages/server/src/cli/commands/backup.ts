import type { Command } from '../command.js';
import { openFromFlags } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { writeBundle } from '../../bundle/export.js';

export const backupCommand: Command = {
  name: 'backup',
  summary: '备份整个数据库（数据包，含密码哈希和会话）',
  usage: `用法：npx zhibu backup --out 文件.zip [--json]
  备份与 export 的数据包相同，另含账号密码哈希和登录会话，请像密码一样保管。
  用 npx zhibu restore 文件.zip 恢复到空数据库（内嵌数据库或 PostgreSQL 均可），见 docs/bundle.md。
  zhibu serve --backup-dir 目录 --backup-keep N 可每天自动备份。`,
  options: { out: { type: 'string' } },
  async run(flags) {
    const file = flags.out as string | undefined;
    if (!file) throw new UsageError('需要 --out 文件名');
    const database = await openFromFlags(flags);
    try {
      const r = await writeBundle(database, file, 'backup');
      err(`已备份到 ${file}：${Object.entries(r.counts).map(([k, n]) => `${k} ${n}`).join('，')}；附件 ${r.files} 个。SHA-256 ${r.sha256}`);
      err('备份含密码哈希，请妥善保管。');
      out(flags.json ? JSON.stringify(r) : file);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  },
};
