import { importBench } from './importBench.js';
import { listBench } from './listBench.js';
import { checkBench } from './checkBench.js';
import { stopPostgres } from './backends.js';
import { ms, table } from './stats.js';

/**
 * `npm run bench [-- import|list|check] [-- --backend pglite|postgres]`: prints a table of figures against the product's
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
