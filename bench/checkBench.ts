import { sql } from 'kysely';
import { RULES, runCheck } from '@zhibu/domain';
import { openDatabase } from '../packages/server/src/db/open.js';
import { checkFindings } from '../packages/server/src/features/check/service.js';
import { loadCheckFacts, rangeOf } from '../packages/server/src/features/check/facts.js';
import * as repo from '../packages/server/src/features/check/repository.js';
import { loadDuesFacts } from '../packages/server/src/features/check/members/dues.js';
import { loadDevelopmentFacts } from '../packages/server/src/features/check/members/development.js';
import { loadLapseFacts } from '../packages/server/src/features/check/members/lapse.js';
import { loadCareFacts } from '../packages/server/src/features/check/members/care.js';
import { loadVenueFacts } from '../packages/server/src/features/check/venues.js';
import { loadArchiveFacts } from '../packages/server/src/features/check/archives.js';
import { generateOrgan, type OrganSize } from './generator.js';
import { freshTarget } from './backends.js';
import { median } from './stats.js';

const AS_OF = '2026-11-24';
const YEAR = 2026;

export interface CheckFigures {
  branches: number;
  persons: number;
  findings: number;
  /** whole organ, one year: load facts + run every rule */
  organ: number;
  /** the bare SQL that loads the same facts (the repository queries, results discarded) */
  organSql: number;
  /** the pure engine alone, on facts already in memory */
  organEngine: number;
  /** one branch re-checked after an edit */
  branch: number;
  branchSql: number;
}

async function timed(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm: plans cached, pages in memory
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** Issue 4's targets: 50 branches / 1,500 members on PGlite ≤ 200 ms; 2,000 / 60,000 on PostgreSQL ≤ 5 s; one branch ≤ 20 ms. */
export async function checkBench(backend: 'pglite' | 'postgres', size: OrganSize, runs = 7): Promise<CheckFigures> {
  const target = await freshTarget(backend);
  const database = await openDatabase({ dataDir: target.dataDir, databaseUrl: target.databaseUrl || undefined });
  try {
    const org = await generateOrgan(database.db, { ...size, committees: true, meetings: { from: `${YEAR}-01-01`, to: AS_OF }, life: { asOf: AS_OF } }, { adminPassword: 'Bench-pass-2026' });
    // as `serve` does at start (PGlite has no autovacuum), and as autovacuum would have done on PostgreSQL
    await sql`ANALYZE`.execute(database.db);
    const db = database.db;
    const range = rangeOf(YEAR, AS_OF);
    const bareSql = (branchIds?: string[]) => {
      const r = { organId: org.organId, ...range, ...(branchIds ? { branchIds } : {}) };
      return Promise.all([
        repo.loadOrgan(db, org.organId),
        repo.loadUnits(db, org.organId),
        repo.loadBranches(db, r),
        repo.loadMemberships(db, r),
        repo.loadGroups(db, r),
        repo.loadCommittees(db, r),
        repo.loadPosts(db, r),
        repo.loadParamChanges(db, org.organId),
        repo.loadExemptions(db, org.organId),
        repo.loadMeetings(db, r),
        repo.loadTalks(db, r),
        repo.loadLifeRecords(db, r, YEAR),
        // 党员管理 (issue 6): each loader is its query plus filing the rows by branch
        loadDuesFacts(db, r),
        loadDevelopmentFacts(db, r),
        loadLapseFacts(db, r),
        loadCareFacts(db, r),
        // 活动阵地 and the WeChat group (issue 7)
        loadVenueFacts(db, r),
        loadArchiveFacts(db, r),
      ]);
    };
    const oneBranch = (await db.selectFrom('branches').select('id').where('organ_id', '=', org.organId).limit(1).executeTakeFirstOrThrow()).id;
    const facts = await loadCheckFacts(db, org.organId, range);
    const findings = runCheck(facts, RULES, { year: YEAR, asOf: AS_OF }).length;
    return {
      branches: org.branches,
      persons: org.persons,
      findings,
      organ: await timed(() => checkFindings(db, org.organId, YEAR, AS_OF), runs),
      organSql: await timed(() => bareSql(), runs),
      organEngine: await timed(async () => runCheck(facts, RULES, { year: YEAR, asOf: AS_OF }), runs),
      branch: await timed(() => checkFindings(db, org.organId, YEAR, AS_OF, [oneBranch]), runs * 3),
      branchSql: await timed(() => bareSql([oneBranch]), runs * 3),
    };
  } finally {
    await database.close();
    await target.drop();
  }
}
