import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/open.js';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: 'pglite' | 'postgres';
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_TEMP = path.resolve(here, '../../../scripts/pg-temp.sh');
export const TEMPLATE_DB = 'zhibu_template';

/**
 * Migrates one template database per run and per back end; each test clones it (PGlite: loadDataDir of a dump;
 * PostgreSQL: CREATE DATABASE … TEMPLATE). Without TEST_DATABASE_URL a throwaway server is started; when none can
 * be started the run fails — a missing back end is never a skip.
 */
export default async function setup(project: TestProject) {
  const backend = (project.config.env?.ZHIBU_TEST_BACKEND ?? 'pglite') as 'pglite' | 'postgres';
  project.provide('backend', backend);
  if (backend === 'pglite') {
    const database = await openDatabase({ inMemory: true });
    const dump = await database.pglite!.dumpDataDir('none');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-tpl-')), 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplate', file);
    project.provide('postgresUrl', '');
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  let url = process.env.TEST_DATABASE_URL ?? '';
  let stopDir: string | null = null;
  if (!url) {
    stopDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-pg-'));
    try {
      url = execFileSync('bash', [PG_TEMP, 'start', stopDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    } catch (e) {
      throw new Error(`PostgreSQL 测试库无法启动（请安装 postgresql 或设置 TEST_DATABASE_URL）：${(e as Error).message}`, { cause: e });
    }
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const tplUrl = new URL(url);
  tplUrl.pathname = `/${TEMPLATE_DB}`;
  const database = await openDatabase({ databaseUrl: tplUrl.toString() });
  await database.close();
  project.provide('postgresUrl', url);
  project.provide('pgliteTemplate', '');
  return () => {
    if (stopDir) execFileSync('bash', [PG_TEMP, 'stop', stopDir], { stdio: 'ignore' });
  };
}
