import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { AppError } from '../../errors.js';

export interface JobReporter {
  (progress: number, total: number, message: string): void;
}

/**
 * Starts long work off the request: the job's row is written first, the request answers with its id at once, and
 * the page polls `GET /api/jobs/:id`. Progress is written at most twice a second.
 */
export async function startJob<T>(
  db: Kysely<DB>,
  owner: { organId: string; accountId: string; kind: string },
  work: (report: JobReporter) => Promise<T>,
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  await db.insertInto('jobs').values({ id, organ_id: owner.organId, account_id: owner.accountId, kind: owner.kind, status: 'running', created_at: now, updated_at: now, result: null }).execute();
  let last = 0;
  const report: JobReporter = (progress, total, message) => {
    const t = Date.now();
    if (t - last < 500) return;
    last = t;
    void db.updateTable('jobs').set({ progress, total, message, updated_at: new Date() }).where('id', '=', id).where('status', '=', 'running').execute().catch(() => {});
  };
  void (async () => {
    try {
      const result = await work(report);
      await db.updateTable('jobs').set({ status: 'done', result: JSON.stringify(result ?? null), message: '完成', updated_at: new Date() }).where('id', '=', id).execute();
    } catch (e) {
      const message = e instanceof AppError ? e.message : '处理失败：服务器内部错误';
      const result = e instanceof AppError ? { error: { code: e.code, message: e.message, details: e.details } } : null;
      await db.updateTable('jobs').set({ status: 'failed', message, result: JSON.stringify(result), updated_at: new Date() }).where('id', '=', id).execute().catch(() => {});
    }
  })();
  return id;
}

/** A job is the business of the account that started it only. */
export async function getJob(db: Kysely<DB>, id: string, accountId: string) {
  const j = await db.selectFrom('jobs').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  if (!j) throw new AppError('NOT_FOUND', '任务不存在或您无权查看');
  return { id: j.id, kind: j.kind, status: j.status, progress: j.progress, total: j.total, message: j.message, result: j.result ?? null };
}

/** After a restart, a job that was running can never finish: say so rather than leave the page waiting. */
export async function failInterruptedJobs(db: Kysely<DB>): Promise<void> {
  await db.updateTable('jobs').set({ status: 'failed', message: '服务重启，任务已中断，请重新提交', updated_at: new Date() }).where('status', '=', 'running').execute();
}
