import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { openDatabase } from '../packages/server/src/db/open.js';
import { heading, paragraph, renderPdf } from '../packages/server/src/documents/index.js';
import { fileStoreFor } from '../packages/server/src/features/attachments/store.js';
import { freshTarget } from './backends.js';
import { generateOrgan } from './generator.js';
import { quantile } from './stats.js';

/**
 * Issue 7 Performance: binding a branch's year — about 100 records (meetings with papers, talks, the dues months,
 * transfers, the roster …) and 20 uploaded pages — through the server (`POST …/archives/bind`, polled as a job),
 * with a plain request (`GET /api/me`) fired every 50 ms meanwhile, to show the server keeps answering.
 */
const root = path.resolve(import.meta.dirname, '..');
const PASSWORD = 'Bench-pass-2026';
const AS_OF = '2026-11-24';
// a 1×1 PNG: the photo of a meeting's sign-in sheet
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function start(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; line: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.once('data', (b: Buffer) => resolve({ child, line: b.toString().trim() }));
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
}
const stop = (c: ChildProcess) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); });

export async function seed(dataDir: string, databaseUrl: string) {
  const database = await openDatabase({ dataDir, databaseUrl: databaseUrl || undefined });
  try {
    const organ = await generateOrgan(database.db, { branches: 1, membersPerBranch: 25, groupsPerBranch: 2, committees: true, meetings: { from: '2026-01-01', to: AS_OF }, life: { asOf: AS_OF } }, { adminPassword: PASSWORD });
    const db = database.db;
    const branch = await db.selectFrom('branches').select(['id']).where('organ_id', '=', organ.organId).executeTakeFirstOrThrow();
    const members = await db.selectFrom('branch_memberships').select('person_id').where('branch_id', '=', branch.id).execute();
    const meetings = await db.selectFrom('meetings').select('id').where('branch_id', '=', branch.id).where('status', '=', 'held').orderBy('held_on').execute();
    const store = fileStoreFor(database);
    // 20 uploaded pages: four 4-page papers and four photographed pages
    const paper = await renderPdf({ title: '上级重要文件', blocks: [1, 2, 3, 4].flatMap((i) => [heading(`第${i}部分`), paragraph('正文内容。'.repeat(i < 4 ? 330 : 10))]) });
    const uploads = [
      ...['organization:plan', 'organization:summary', 'education:higherDocument', 'education:plan'].map((k, i) => ({ k, bytes: paper, name: `材料${i + 1}.pdf`, mime: 'application/pdf' })),
      ...['excellence:selection', 'excellence:other', 'life:lectureScript', 'life:secretaryReport'].map((k, i) => ({ k, bytes: PNG, name: `照片${i + 1}.png`, mime: 'image/png' })),
    ];
    await db.transaction().execute(async (trx) => {
      for (const [i, u] of uploads.entries()) {
        const [category, kind] = u.k.split(':') as [string, string];
        const id = randomUUID();
        const f = await store.put(trx, u.bytes, u.mime);
        await trx.insertInto('archive_uploads').values({ id, organ_id: organ.organId, branch_id: branch.id, year: 2026, category, kind, title: `上传材料${i + 1}`, issued_on: `2026-0${1 + i}-15`, doc_no: null, responsible: null, tags: [], pages: u.mime === 'image/png' ? 1 : 4, uploaded_by: 'bench', uploaded_at: new Date() }).execute();
        await trx.insertInto('attachments').values({ id: randomUUID(), organ_id: organ.organId, entity_type: 'archiveUpload', entity_id: id, slot: 'file', file_sha256: f.sha256, file_name: u.name, uploaded_by: 'bench', uploaded_at: new Date() }).execute();
      }
      // papers of ten meetings (a photographed sign-in sheet each)
      const photo = await store.put(trx, PNG, 'image/png');
      for (const m of meetings.slice(0, 10)) await trx.insertInto('attachments').values({ id: randomUUID(), organ_id: organ.organId, entity_type: 'meeting', entity_id: m.id, slot: 'papers', file_sha256: photo.sha256, file_name: '签到表.png', uploaded_by: 'bench', uploaded_at: new Date() }).execute();
      // transfers out and talks, so that each kind of LED-3/LED-4 item is there
      for (const [i, m] of members.slice(0, 4).entries()) {
        await trx.insertInto('transfers').values({ id: randomUUID(), organ_id: organ.organId, branch_id: branch.id, person_id: m.person_id, direction: 'out', kind: 'formal', letter_no: `2026-0${i + 1}`, issued_on: `2026-0${3 + i}-10`, valid_days: 30, other_org: '中共某某局机关委员会', effective_on: `2026-0${3 + i}-10`, status: 'completed' }).execute();
      }
      for (let i = 0; i < 20; i++) {
        await trx.insertInto('talks').values({ id: randomUUID(), organ_id: organ.organId, branch_id: branch.id, talked_on: `2026-${String(1 + (i % 10)).padStart(2, '0')}-20`, place: '会议室', talker_person_id: members[0]!.person_id, talkee_person_id: members[1 + i]!.person_id, topics: '思想、工作和生活情况', problems: null, follow_up: null }).execute();
      }
    });
    return { adminUsername: organ.adminUsername, branchId: branch.id, meetings: meetings.length };
  } finally {
    await database.close();
  }
}

export async function archiveBench(backend: 'pglite' | 'postgres') {
  const target = await freshTarget(backend);
  const seeded = await seed(target.dataDir, target.databaseUrl);
  const port = 4800 + Math.floor(Math.random() * 400);
  const server = await start([path.join(root, 'packages/server/bin/zhibu.mjs'), 'serve', '--data', target.dataDir, '--port', String(port), '--as-of', AS_OF], target.env);
  try {
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: seeded.adminUsername, password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const get = (url: string) => fetch(`${base}${url}`, { headers: { cookie } });
    const timeOne = async () => {
      const t0 = performance.now();
      const r = await get('/api/me');
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`/api/me answered ${r.status}`);
      return performance.now() - t0;
    };
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push(await timeOne());

    const bind = async (categories: (string | undefined)[] = [undefined]) => {
      const latencies: Promise<number>[] = [];
      const ticker = setInterval(() => latencies.push(timeOne()), 50);
      const t0 = performance.now();
      const bindings = [];
      for (const category of categories) bindings.push(...(await bindOne(category)));
      const elapsed = performance.now() - t0;
      clearInterval(ticker);
      const ls = await Promise.all(latencies);
      return { elapsed, bindings, latency: { n: ls.length, p50: quantile(ls, 0.5), max: Math.max(...ls) } };
    };
    const bindOne = async (category?: string) => {
      const res = await fetch(`${base}/api/branches/${seeded.branchId}/archives/bind`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ year: 2026, category }) });
      const { jobId } = (await res.json()) as { jobId: string };
      let job: { status: string; result?: { bindings: { category: string; items: number; pages: number }[] }; error?: unknown };
      for (;;) {
        job = (await (await get(`/api/jobs/${jobId}`)).json()) as typeof job;
        if (job.status !== 'running') break;
        await new Promise((r) => setTimeout(r, 25));
      }
      if (job.status !== 'done') throw new Error(`binding failed: ${JSON.stringify(job)}`);
      return job.result!.bindings;
    };
    const cold = await bind(); // the first binding also starts the worker thread
    const warm = await bind();
    // the yearly volumes alone (LED-2..7), one job each
    const volumes = await bind(['organization', 'members', 'life', 'education', 'excellence', 'funds']);
    const yearly = volumes.bindings;
    return {
      meetings: seeded.meetings,
      items: yearly.reduce((n, b) => n + b.items, 0),
      pages: warm.bindings.reduce((n, b) => n + b.pages, 0),
      bindings: warm.bindings,
      cold,
      warm,
      volumes,
      idle: { p50: quantile(idle, 0.5), max: Math.max(...idle) },
    };
  } finally {
    await stop(server.child);
    await target.drop();
  }
}
