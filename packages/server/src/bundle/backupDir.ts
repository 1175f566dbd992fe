import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/open.js';
import { writeBundle } from './export.js';

/** `zhibu-backup-YYYYMMDD-HHmmss.zip`, in Asia/Shanghai time (contracts §7), so names sort by time. */
export const BACKUP_FILE = /^zhibu-backup-(\d{8})-(\d{6})\.zip$/;

/** China has kept UTC+8 without daylight saving since 1991: the local time is a fixed shift. */
const chinaStamp = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().replace(/[-:]/g, '').slice(0, 15);

export const backupFileName = (at: Date) => `zhibu-backup-${chinaStamp(at).replace('T', '-')}.zip`;

/** The Asia/Shanghai day of `at` as `YYYYMMDD`. */
export const backupDay = (at: Date) => chinaStamp(at).slice(0, 8);

/** Whether the folder's files hold a backup taken on `day` (YYYYMMDD). */
export const hasBackupOn = (names: string[], day: string) => names.some((n) => BACKUP_FILE.exec(n)?.[1] === day);

/** The backups to delete so that the newest `keep` remain; files of any other name are never touched. */
export function backupsToDelete(names: string[], keep: number): string[] {
  const backups = names.filter((n) => BACKUP_FILE.test(n)).sort();
  return backups.slice(0, Math.max(0, backups.length - Math.max(1, keep)));
}

/** Takes one backup into `dir`, then deletes the oldest beyond `keep`. */
export async function takeBackup(database: Pick<Database, 'db' | 'backend' | 'dataDir'>, dir: string, keep: number, now = new Date()) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(now));
  const written = await writeBundle(database, file, 'backup', now);
  const deleted = backupsToDelete(fs.readdirSync(dir), keep);
  for (const n of deleted) fs.rmSync(path.join(dir, n), { force: true });
  return { ...written, deleted };
}

/**
 * Daily backups for `serve`: one at start-up unless today's exists, then a check every hour that takes the day's
 * backup when it is missing. The timer is unref'd (it never keeps the process alive) and a failure is logged, never
 * thrown: the server keeps serving.
 */
export function scheduleBackups(database: Pick<Database, 'db' | 'backend' | 'dataDir'>, dir: string, keep: number, log: (msg: string) => void) {
  let current: Promise<void> | null = null;
  const run = async () => {
    try {
      const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
      if (hasBackupOn(names, backupDay(new Date()))) return;
      const r = await takeBackup(database, dir, keep);
      log(`已自动备份到 ${r.file}${r.deleted.length ? `；删除旧备份 ${r.deleted.join('、')}` : ''}`);
    } catch (e) {
      log(`自动备份失败：${(e as Error).message}`);
    }
  };
  const tick = () => (current ??= run().finally(() => (current = null)));
  const first = tick();
  const timer = setInterval(() => void tick(), 3600_000);
  timer.unref();
  return {
    /** resolves when the start-up backup has finished (or was not needed) */
    first,
    /** stops the timer and waits for a backup under way */
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
