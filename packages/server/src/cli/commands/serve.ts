import type { Command } from '../command.js';
import { openFromFlags, resolveToday } from '../context.js';
import { err, EXIT, out, UsageError } from '../io.js';
import { buildApp } from '../../http/app.js';
import { chinaDateOf } from '@zhibu/domain';
import { AppError } from '../../errors.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动网页服务',
  usage: `用法：npx zhibu serve [--port 3000] [--host 127.0.0.1]
  不设 DATABASE_URL 时使用 --data 目录中的内嵌数据库（同一时间只能由一个进程打开）。`,
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run(flags) {
    const started = performance.now();
    const port = Number(flags.port ?? process.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${String(flags.port)} 不是有效端口`);
    const host = (flags.host as string | undefined) ?? '127.0.0.1';
    const fixedToday = flags['as-of'] ?? process.env.ZHIBU_TODAY ? resolveToday(flags) : null;
    const database = await openFromFlags(flags);
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
    if (fixedToday) err(`注意：以 ${fixedToday} 作为"今天"（--as-of / ZHIBU_TODAY）。`);
    if (demo) err('警告：数据库中存在演示账号（密码公开），请勿用于真实数据。');
    out(url);
    await new Promise<void>((resolve) => {
      const stop = async () => {
        err('正在停止……');
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
