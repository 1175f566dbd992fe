import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPostgresDatabase } from './testDb.js';
import { rosterXlsx, templateRow } from './rosterFile.js';

/**
 * The CLI as a user runs it (contracts §1): results on stdout, messages on stderr, exit codes 0/1/2 — on the
 * embedded database (with its folder lock) and on PostgreSQL through DATABASE_URL.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(here, '../bin/zhibu.mjs');
const backend = inject('backend');
let dir: string;
let databaseUrl = '';
let drop = async () => {};

function zhibu(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data', dir], { input, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-cli-'));
  if (backend === 'postgres') ({ url: databaseUrl, drop } = await createPostgresDatabase());
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await drop();
});

describe(`zhibu CLI (${backend})`, () => {
  it('init creates an organ and its admin; a weak password is refused with exit 1', () => {
    const weak = zhibu(['init', '--organ', '测试机关', '--admin', 'root1', '--password-stdin'], 'abc\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/密码不符合要求/);
    const ok = zhibu(['init', '--organ', '测试机关', '--admin', 'root1', '--password-stdin', '--records-start', '2026-01-01'], 'Strong-pass-1\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toBe('测试机关\troot1');
  });

  it('wrong usage exits 2 with help; an impossible --as-of date too', () => {
    expect(zhibu(['serve', '--no-such-flag']).code).toBe(2);
    const bad = zhibu(['demo', '--as-of', '2019-13-01']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/2019-13-01/);
    expect(zhibu(['frobnicate']).code).toBe(2);
  });

  it('demo refuses a database that holds real data', () => {
    const r = zhibu(['demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/已有真实数据/);
  });

  it('users create for an unknown branch is refused, listing the branches', () => {
    const r = zhibu(['users', 'create', '--branch', '不存在的支部']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/没有名为「不存在的支部」的党支部/);
  });

  it('imports a roster spreadsheet all or nothing; --json lists every problem with row and column', async () => {
    const good = templateRow({ name: '命令行甲', branch: '命令行党支部' });
    const bad = templateRow({ name: '命令行乙', branch: '命令行党支部', joinedOn: '2019-13-01' });
    const file = path.join(dir, 'roster.xlsx');
    fs.writeFileSync(file, await rosterXlsx([good, bad]));
    const refused = zhibu(['import', file, '--create-missing', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({ errors: [{ row: 3, column: '入党日期', message: expect.stringMatching(/不是有效日期/) }] });
    const unknown = zhibu(['import', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/党支部「命令行党支部」不存在/);
    fs.writeFileSync(file, await rosterXlsx([good]));
    const ok = zhibu(['import', file, '--create-missing']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/新增 1/);
    expect(zhibu(['import', file]).stdout).toMatch(/新增 0，变更 0，未变 1/);
  });

  it('audit verify reports an intact chain as JSON on stdout only', () => {
    const r = zhibu(['audit', 'verify', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
  });

  // The folder lock exists only for the embedded database; with PostgreSQL, processes share the server.
  if (backend === 'pglite') it('a second process on the data folder stops at once with the lock message', async () => {
    const server = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dir], { env: { ...process.env, DATABASE_URL: '' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (b: Buffer) => resolve(b.toString().trim()));
        server.on('exit', (c) => reject(new Error(`serve exited ${c}`)));
        setTimeout(() => reject(new Error('serve did not start')), 30_000);
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const health = await fetch(`${url}api/health`);
      expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
      const second = zhibu(['audit', 'verify']);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`数据目录正被另一个进程使用（pid ${server.pid}）`);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.on('exit', r));
    }
    // After the server stopped, the data is intact and usable.
    expect(zhibu(['audit', 'verify']).code).toBe(0);
  });
});
