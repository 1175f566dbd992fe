import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../packages/server/src/db/open.js';
import { freshTarget } from './backends.js';
import { generateOrgan } from './generator.js';
import { load } from './load.js';

const root = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'Bench-pass-2026';

function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.once('data', (b: Buffer) => resolve({ child, line: b.toString().trim() }));
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
}

const stop = (c: ChildProcess) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); });

/** The roster list API under 50 concurrent clients, beside a bare Fastify route returning the same JSON. */
export async function listBench(backend: 'pglite' | 'postgres', size = { branches: 50, membersPerBranch: 30 }, seconds = 10) {
  const target = await freshTarget(backend);
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl || undefined });
  const organ = await generateOrgan(database.db, size, { adminPassword: PASSWORD });
  await database.close();
  const port = 4400 + Math.floor(Math.random() * 400);
  const server = await start([path.join(root, 'packages/server/bin/zhibu.mjs'), 'serve', '--data', target.dataDir, '--port', String(port), '--as-of', '2026-11-24'], target.env);
  try {
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: organ.adminUsername, password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const url = `${base}/api/persons?limit=50&offset=100`;
    const sample = await (await fetch(url, { headers: { cookie } })).text();
    if (!sample.includes('"items"')) throw new Error(`list failed: ${sample.slice(0, 200)}`);
    await load(url, { clients: 50, seconds: 2, headers: { cookie } }); // warm-up
    const api = await load(url, { clients: 50, seconds, headers: { cookie } });
    const jsonFile = path.join(os.tmpdir(), 'zhibu-bench-list.json');
    fs.writeFileSync(jsonFile, sample);
    const barePort = port + 1;
    const bare = await start(['--import', 'tsx', path.join(root, 'bench/bareServer.ts'), jsonFile, String(barePort)], {});
    try {
      await load(`http://127.0.0.1:${barePort}/roster`, { clients: 50, seconds: 2 });
      const floor = await load(`http://127.0.0.1:${barePort}/roster`, { clients: 50, seconds });
      return { persons: organ.persons, api, floor };
    } finally {
      await stop(bare.child);
    }
  } finally {
    await stop(server.child);
    await target.drop();
  }
}
