import { importBench } from './importBench.js';
import { listBench } from './listBench.js';
import { checkBench } from './checkBench.js';
import { archiveBench } from './archiveBench.js';
import { stopPostgres } from './backends.js';
import { ms, table } from './stats.js';

/**
 * `npm run bench [-- import|list|check|archive] [-- --backend pglite|postgres]`: prints a table of figures against the product's
 * targets (product.md), each beside the bare cost of the same work so the platform's own share shows.
 */
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const backendArg = args.includes('--backend') ? args[args.indexOf('--backend') + 1] : undefined;
const backends = (backendArg ? [backendArg] : ['pglite', 'postgres']) as ('pglite' | 'postgres')[];
const want = (s: string) => only.length === 0 || only.includes(s);

const rows: (string | number)[][] = [['workload', 'backend', 'figure', 'bare floor', 'target']];
try {
  for (const backend of backends) {
    if (want('import')) {
      process.stderr.write(`import 10,000 rows on ${backend}…\n`);
      const r = await importBench(backend);
      rows.push(['roster import, 10,000-row xlsx, all-or-nothing', backend, ms(r.full), `${ms(r.bare)} (exceljs read)`, '≤ 5 s']);
    }
    if (want('check')) {
      const size = backend === 'pglite' ? { branches: 50, membersPerBranch: 30 } : { branches: 2000, membersPerBranch: 30 };
      process.stderr.write(`standards check, ${size.branches} branches on ${backend}…\n`);
      const r = await checkBench(backend, size);
      rows.push([
        `check, whole organ, one year (${r.branches} branches / ${r.persons} members, ${r.findings} findings), warm median`,
        backend,
        `${ms(r.organ)} (engine alone ${ms(r.organEngine)})`,
        `${ms(r.organSql)} (bare SQL, ratio ${(r.organ / r.organSql).toFixed(2)})`,
        backend === 'pglite' ? '≤ 200 ms' : '≤ 5 s',
      ]);
      rows.push([`check, one branch re-check after an edit`, backend, ms(r.branch), `${ms(r.branchSql)} (bare SQL, ratio ${(r.branch / r.branchSql).toFixed(2)})`, '≤ 20 ms']);
    }
    if (want('archive')) {
      process.stderr.write(`archive binding of a branch's year on ${backend}…\n`);
      const r = await archiveBench(backend);
      rows.push([`archive: bind a branch's year, LED-2..7 volumes (${r.items} items from ${r.meetings} meetings, talks, dues months, transfers, roster … + 20 uploaded pages), warm`, backend, ms(r.volumes.elapsed), '', '≤ 5 s']);
      rows.push([`archive: the same with LED-1 record books and LED-8 党费证 (${r.pages} pages in all), one job`, backend, `${ms(r.warm.elapsed)} (cold, worker starting: ${ms(r.cold.elapsed)})`, '', '']);
      const all = [r.cold, r.warm, r.volumes];
      rows.push([`archive: GET /api/me every 50 ms during the bindings (${all.reduce((n, x) => n + x.latency.n, 0)} requests)`, backend, `warm p50 ${ms(r.warm.latency.p50)}, max ${ms(r.warm.latency.max)}; cold p50 ${ms(r.cold.latency.p50)}, max ${ms(r.cold.latency.max)}`, `idle p50 ${ms(r.idle.p50)}, max ${ms(r.idle.max)}`, 'keeps answering']);
      process.stderr.write(`${r.bindings.map((b) => `${b.category}: ${b.items} items, ${b.pages} pages`).join('\n')}\n`);
    }
    if (want('list')) {
      process.stderr.write(`list API, 50 clients, on ${backend}…\n`);
      const r = await listBench(backend);
      rows.push([
        `GET /api/persons (50 of ${r.persons}), 50 clients, p99`,
        backend,
        `${ms(r.api.p99)} (p50 ${ms(r.api.p50)}, ${Math.round(r.api.rps)} req/s, ${r.api.errors} errors)`,
        `${ms(r.floor.p99)} (bare Fastify, ${Math.round(r.floor.rps)} req/s)`,
        'p99 ≤ 100 ms',
      ]);
    }
  }
} finally {
  stopPostgres();
}
process.stdout.write(`${table(rows)}\n`);
