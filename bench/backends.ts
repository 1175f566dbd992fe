import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');

/** Where a benchmark's database lives: a fresh embedded folder, or a fresh database on a PostgreSQL server. */
export interface BenchTarget {
  backend: 'pglite' | 'postgres';
  dataDir: string;
  databaseUrl: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}

let pgServer: { url: string; dir: string | null } | null = null;

/** The PostgreSQL server: BENCH_DATABASE_URL / TEST_DATABASE_URL, or a throwaway one on 127.0.0.1. */
export function postgresServer(): string {
  if (pgServer) return pgServer.url;
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) {
    pgServer = { url: given, dir: null };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-pg-'));
    const url = execFileSync('bash', [path.join(root, 'scripts/pg-temp.sh'), 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    pgServer = { url, dir };
  }
  return pgServer.url;
}

export function stopPostgres(): void {
  if (pgServer?.dir) execFileSync('bash', [path.join(root, 'scripts/pg-temp.sh'), 'stop', pgServer.dir], { stdio: 'ignore' });
  pgServer = null;
}

export async function freshTarget(backend: 'pglite' | 'postgres'): Promise<BenchTarget> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-bench-'));
  if (backend === 'pglite') {
    return { backend, dataDir, databaseUrl: '', env: { DATABASE_URL: '' }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const server = postgresServer();
  const name = `zhibu_bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    backend,
    dataDir,
    databaseUrl: u.toString(),
    env: { DATABASE_URL: u.toString() },
    drop: async () => {
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
