import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from './testDb.js';
import { bundleJsonOf, comparable, tempDir } from './bundleSupport.js';

/** export, import, backup and restore as a user runs them (contracts §1, §3), on the embedded database and on PostgreSQL. */
const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/zhibu.mjs');
const backend = inject('backend');
let t: ReturnType<typeof tempDir>;
const urls: Record<string, string> = { a: '', b: '', c: '' };
const drops: (() => Promise<void>)[] = [];

/** Runs zhibu on database `db` (a, b or c): its own --data folder, or its own PostgreSQL database. */
function zhibu(db: 'a' | 'b' | 'c', args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data', t.file(`data-${db}`)], { input, encoding: 'utf8', cwd: t.dir, env: { ...process.env, DATABASE_URL: urls[db] }, timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  t = tempDir();
  if (backend === 'postgres') {
    for (const k of Object.keys(urls)) {
      const { url, drop } = await createPostgresDatabase();
      urls[k] = url;
      drops.push(drop);
    }
  }
  const init = zhibu('a', ['init', '--organ', '命令行机关', '--admin', 'root1', '--password-stdin', '--records-start', '2026-01-01'], 'Strong-pass-1\n');
  expect(init.code, init.stderr).toBe(0);
}, 120_000);
afterAll(async () => {
  t.remove();
  for (const d of drops) await d();
});

describe(`zhibu export / import / backup / restore (${backend})`, () => {
  it('export → import into an empty database → export gives the same bundle; --json prints one document', async () => {
    const a = zhibu('a', ['export', '--out', 'a.zip', '--json']);
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ file: 'a.zip', kind: 'export', counts: { organs: 1, accounts: 1 } });
    expect(a.stderr).toMatch(/已导出数据包 a\.zip/);
    const i = zhibu('b', ['import', 'a.zip', '--json']);
    expect(i.code, i.stderr).toBe(0);
    expect(JSON.parse(i.stdout)).toMatchObject({ into: 'empty', sections: { organs: { inserted: 1 } } });
    const b = zhibu('b', ['export', '--out', 'b.zip']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout.trim()).toBe('b.zip');
    expect(comparable(await bundleJsonOf(t.file('b.zip')))).toEqual(comparable(await bundleJsonOf(t.file('a.zip'))));
  }, 240_000);

  it('bad input is refused with exit 1 (or 2 for wrong usage) and a Chinese message', () => {
    fs.writeFileSync(t.file('not.zip'), 'hello');
    const notZip = zhibu('b', ['import', 'not.zip']);
    expect(notZip.code).toBe(1);
    expect(notZip.stderr).toMatch(/不是有效的 zip 文件/);
    expect(notZip.stdout).toBe('');
    const csv = zhibu('b', ['import', 'roster.csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/\.zip（数据包）或 \.xlsx（花名册）/);
    const missing = zhibu('b', ['import', 'missing.xlsx']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/找不到文件 missing\.xlsx/);
    const keep = zhibu('b', ['serve', '--backup-keep', '3']);
    expect(keep.code).toBe(2);
    expect(keep.stderr).toMatch(/--backup-keep 需要与 --backup-dir 一起使用/);
  }, 240_000);

  it('backup → restore into an empty database; restore into a non-empty one is refused', () => {
    const k = zhibu('a', ['backup', '--out', 'k.zip']);
    expect(k.code, k.stderr).toBe(0);
    expect(k.stderr).toMatch(/请妥善保管/);
    const busy = zhibu('b', ['restore', 'k.zip']);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/数据库不是空的，不能恢复备份/);
    const ok = zhibu('c', ['restore', 'k.zip', '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ into: 'empty', kind: 'backup', sections: { accounts: { inserted: 1 } } });
    expect(zhibu('c', ['audit', 'verify']).code).toBe(0);
  }, 240_000);
});
