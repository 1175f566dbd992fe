import type { Command } from '../command.js';
import { openFromFlags, resolveToday } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { buildApp } from '../../http/app.js';
import { chinaDateOf } from '@zhibu/domain';
import { sql } from 'kysely';
import { AppError } from '../../errors.js';
import { failInterruptedJobs } from '../../features/jobs/runner.js';
import { scheduleBackups } from '../../bundle/backupDir.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动网页服务',
  usage: `用法：npx zhibu serve [--port 3000] [--host 127.0.0.1] [--backup-dir 目录 [--backup-keep 7]]
  不设 DATABASE_URL 时使用 --data 目录中的内嵌数据库（同一时间只能由一个进程打开）。
  --backup-dir      每天自动备份到该目录（启动时当天还没有备份就先备份一次），文件名 zhibu-backup-YYYYMMDD-HHmmss.zip
  --backup-keep     只保留最新的 N 个备份（默认 7）`,
  options: { port: { type: 'string' }, host: { type: 'string' }, 'backup-dir': { type: 'string' }, 'backup-keep': { type: 'string' } },
  async run(flags) {
    const started = performance.now();
    const port = Number(flags.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${String(flags.port)} 不是有效端口`);
    const host = (flags.host as string | undefined) ?? '127.0.0.1';
    const backupDir = flags['backup-dir'] as string | undefined;
    const keep = Number(flags['backup-keep'] ?? 7);
    if (flags['backup-keep'] !== undefined && !backupDir) throw new UsageError('--backup-keep 需要与 --backup-dir 一起使用');
    if (!Number.isInteger(keep) || keep < 1) throw new UsageError(`--backup-keep ${String(flags['backup-keep'])} 应为正整数`);
    const fixedToday = flags['as-of'] ?? process.env.ZHIBU_TODAY ? resolveToday(flags) : null;
    const database = await openFromFlags(flags);
    // With the embedded database this is the only process: a job still marked running was cut off by a restart.
    if (database.backend === 'pglite') {
      await failInterruptedJobs(database.db);
      // PGlite runs no autovacuum: refresh the planner's statistics once at start, or plans stay those of an empty database.
      await sql`ANALYZE`.execute(database.db);
    }
    const app = await buildApp({ database, today: () => fixedToday ?? chinaDateOf(new Date()), logger: process.env.ZHIBU_LOG === '1' });
    const demo = await database.db.selectFrom('accounts').select('username').where('is_demo', '=', true).limit(1).executeTakeFirst();
    try {
      await app.listen({ port, host });
    } catch (e) {
      await database.close();
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new AppError('CONFLICT', `端口 ${port} 已被占用，请用 --port 换一个端口`);
      throw e;
    }
    const addr = app.server.address();
    const actualPort = typeof addr === 'object' && addr ? addr.port : port;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/`;
    err(`支部标准化已启动（${database.backend === 'pglite' ? `内嵌数据库 ${database.dataDir}` : 'PostgreSQL'}，用时 ${Math.round(performance.now() - started)} ms）`);
    if (fixedToday) err(`注意：以 ${fixedToday} 作为“今天”（--as-of / ZHIBU_TODAY）。`);
    if (demo) err('警告：数据库中存在演示账号（密码公开），请勿用于真实数据。');
    out(url);
    const backups = backupDir ? scheduleBackups(database, backupDir, keep, err) : null;
    await new Promise<void>((resolve) => {
      const stop = async () => {
        err('正在停止……');
        await backups?.stop();
        await app.close();
        await database.close();
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT.ok;
  },
};
