import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAudit } from '../src/audit/audit.js';
import { scheduleBackups, takeBackup } from '../src/bundle/backupDir.js';
import { writeBundle } from '../src/bundle/export.js';
import { importBundle } from '../src/bundle/import.js';
import { openDatabase, type Database } from '../src/db/open.js';
import { buildApp } from '../src/http/app.js';
import { buildWorld, PASSWORD, TODAY, type World } from './fixtures.js';
import { freshDatabase } from './testDb.js';
import { attachPdf, bundleJsonOf, comparable, tempDir } from './bundleSupport.js';

/** contracts §3: a backup is the bundle with its secrets; restore brings it back into an empty database of either back end. */
const backend = inject('backend');
let w: World;
let t: ReturnType<typeof tempDir>;
let cookie: string;

beforeAll(async () => {
  w = await buildWorld();
  await attachPdf(w);
  cookie = await w.login('secretarya');
  t = tempDir();
  await writeBundle(w.database, t.file('source-export.zip'), 'export');
  await writeBundle(w.database, t.file('backup.zip'), 'backup');
});
afterAll(async () => {
  await w.close();
  t.remove();
});

/** Restores `backup` into `target` and proves it is the source: the same export and a sound audit chain. */
async function restoreAndCompare(target: Database, backup: string): Promise<void> {
  const r = await importBundle(target, backup, { actor: 'test:restore', mode: 'restore' });
  expect(r.into).toBe('empty');
  await writeBundle(target, t.file('restored-export.zip'), 'export');
  expect(comparable(await bundleJsonOf(t.file('restored-export.zip')))).toEqual(comparable(await bundleJsonOf(t.file('source-export.zip'))));
  expect(await verifyAudit(target.db)).toMatchObject({ problems: [] });
}

/** The restored accounts log in with their old passwords, and the session taken before the backup is still good. */
async function checkLogins(target: Database): Promise<void> {
  const app = await buildApp({ database: target, today: () => TODAY, webDist: null });
  try {
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Wrong-pass-2026' } });
    expect(wrong.statusCode).toBe(401);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const attachments = await app.inject({ method: 'GET', url: `/api/attachments?entityType=person&entityId=${w.persons.memberA}`, headers: { cookie } });
    const [a] = attachments.json().items ?? attachments.json();
    const content = await app.inject({ method: 'GET', url: `/api/attachments/${a.id}/content`, headers: { cookie } });
    expect(content.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.4');
  } finally {
    await app.close();
  }
}

describe(`backup and restore (${backend})`, () => {
  it('a backup is the bundle with password hashes and sessions', async () => {
    const b = await bundleJsonOf(t.file('backup.zip'));
    expect(b.kind).toBe('backup');
    expect((b.accounts as { passwordHash?: string }[]).every((a) => a.passwordHash?.startsWith('scrypt$'))).toBe(true);
    expect((b.sessions as unknown[]).length).toBeGreaterThan(0);
    expect(b.calendarFeeds).toEqual([]);
    // the secret sections (sessions, calendar feed tokens) and password hashes are what a backup adds
    expect(comparable({ ...b, kind: 'export', sessions: undefined, accounts: undefined, calendarFeeds: undefined })).toEqual(
      comparable({ ...(await bundleJsonOf(t.file('source-export.zip'))), sessions: undefined, accounts: undefined }),
    );
  });

  it('restores into an empty database of the same back end: logins work with the old passwords', async () => {
    // the embedded database keeps file bytes in a folder beside it: restore into one that has its folder
    const target = backend === 'pglite' ? await openDatabase({ dataDir: t.file('restored-data') }) : await freshDatabase();
    try {
      await restoreAndCompare(target, t.file('backup.zip'));
      await checkLogins(target);
      if (backend === 'pglite') expect(fs.readdirSync(path.join(t.file('restored-data'), 'files'))).toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  // Across back ends: needs a PostgreSQL server, which the postgres project has (PGlite runs in-process anywhere).
  if (backend === 'postgres') it('a PostgreSQL backup restores into PGlite, and that PGlite backup into PostgreSQL', async () => {
    const lite = await openDatabase({ inMemory: true });
    try {
      await restoreAndCompare(lite, t.file('backup.zip'));
      await writeBundle(lite, t.file('pglite-backup.zip'), 'backup');
      await checkLogins(lite);
    } finally {
      await lite.close();
    }
    const pg = await freshDatabase();
    try {
      await restoreAndCompare(pg, t.file('pglite-backup.zip'));
      await checkLogins(pg);
      expect(pg.backend).toBe('postgres');
    } finally {
      await pg.close();
    }
  }, 120_000);

  it('the backup folder keeps the newest N and takes one a day', async () => {
    const dir = t.file('backups');
    for (const at of ['2026-11-20T02:00:00Z', '2026-11-21T02:00:00Z', '2026-11-22T02:00:00Z']) await takeBackup(w.database, dir, 2, new Date(at));
    expect(fs.readdirSync(dir).sort()).toEqual(['zhibu-backup-20261121-100000.zip', 'zhibu-backup-20261122-100000.zip']);
    const logs: string[] = [];
    const first = scheduleBackups(w.database, dir, 2, (m) => logs.push(m));
    await first.first;
    await first.stop();
    expect(logs).toEqual([expect.stringMatching(/已自动备份到 .*zhibu-backup-\d{8}-\d{6}\.zip；删除旧备份 zhibu-backup-20261121-100000\.zip/)]);
    const again = scheduleBackups(w.database, dir, 2, (m) => logs.push(m));
    await again.first;
    await again.stop();
    expect(logs).toHaveLength(1);
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });
});
