import { coverageCells, dashboardMonths, meetingsDueByMonth, type CoverageCell, type MeetingsDue } from '@zhibu/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { checkFindings } from '../check/service.js';
import { writeMark } from './repository.js';

/**
 * The standards check at each month end of a year and today, boiled down to what the dashboard shows: the
 * (branch × clause) cells per month and, from the latest run, the 三会一课 due per month.
 *
 * One run of a 50-branch organ (1,500 members) costs 0.3–0.7 s on PGlite (SQL, then ~0.2 s of rules), so eleven are
 * too many for every request (first visit of a year ≈ 4.4 s; again ≈ 0.13 s; after a write ≈ 0.5 s). Each run is kept in memory with the write mark it was computed at (the latest audit sequence number:
 * every write is audited, so a write makes a new mark):
 * - the latest run (today) is always of the current mark: recomputed after any write, before answering;
 * - a past month end never computed is computed before answering (the first visit of a year);
 * - a past month end computed before the latest write is answered as it was and recomputed in the background, one
 *   run after the other, and `refreshing` says so. Back-entries seldom change a closed month, and an organ's screen
 *   reloading every 5 minutes must not hold PGlite's one connection for seconds each time.
 * The runs of the whole organ and of one branch are kept apart (a branch run reads that branch only).
 */
export interface CheckRuns {
  months: { month: string; asOf: string; cells: CoverageCell[] }[];
  meetingsDue: MeetingsDue[];
  /** cells of the latest run (today, or 31 December of a past year) */
  latest: CoverageCell[];
  /** some past months are from before the latest change and are being recomputed */
  refreshing: boolean;
  /** starts that recomputation; call it once the answer's own queries are done, so that they do not wait for it */
  startRefresh: () => void;
}

interface PastRun {
  mark: string;
  cells: CoverageCell[];
}
interface LatestRun {
  cells: CoverageCell[];
  meetingsDue: MeetingsDue[];
}

const MAX_PAST = 5000;
const MAX_LATEST = 64;
const past = new Map<string, PastRun>();
const latestRuns = new Map<string, Promise<LatestRun>>();
const refreshes = new Map<string, Promise<void>>();

const remember = <V>(m: Map<string, V>, key: string, v: V, max: number) => {
  m.delete(key);
  if (m.size >= max) m.delete(m.keys().next().value!);
  m.set(key, v);
};

export async function checkRuns(db: Kysely<DB>, organId: string, year: number, today: string, branchIds?: readonly string[]): Promise<CheckRuns> {
  const mark = await writeMark(db);
  const scope = `${organId}|${year}|${branchIds ? [...branchIds].sort().join(',') : '*'}`;
  const ms = dashboardMonths(year, today);
  const last = ms.at(-1)!;

  const latestKey = `${scope}|${last.asOf}|${mark}`;
  let latest = latestRuns.get(latestKey);
  if (!latest) {
    latest = checkFindings(db, organId, year, last.asOf, branchIds).then((fs) => ({ cells: coverageCells(fs), meetingsDue: meetingsDueByMonth(fs, last.asOf) }));
    remember(latestRuns, latestKey, latest, MAX_LATEST);
    latest.catch(() => latestRuns.delete(latestKey));
  }
  const now = await latest;

  const stale: string[] = [];
  const months: CheckRuns['months'] = [];
  // one after the other: PGlite has one connection, and in parallel they would only queue
  for (const m of ms.slice(0, -1)) {
    const key = `${scope}|${m.asOf}`;
    let run = past.get(key);
    if (!run) {
      run = { mark, cells: coverageCells(await checkFindings(db, organId, year, m.asOf, branchIds)) };
      remember(past, key, run, MAX_PAST);
    } else if (run.mark !== mark) stale.push(m.asOf);
    months.push({ month: m.month, asOf: m.asOf, cells: run.cells });
  }
  months.push({ month: last.month, asOf: last.asOf, cells: now.cells });

  const startRefresh = () => {
    if (!stale.length || refreshes.has(`${scope}|${mark}`)) return;
    const job = (async () => {
      for (const asOf of stale) {
        const cells = coverageCells(await checkFindings(db, organId, year, asOf, branchIds));
        remember(past, `${scope}|${asOf}`, { mark, cells }, MAX_PAST);
      }
    })()
      .catch(() => undefined)
      .finally(() => refreshes.delete(`${scope}|${mark}`));
    refreshes.set(`${scope}|${mark}`, job);
  };
  return { months, meetingsDue: now.meetingsDue, latest: now.cells, refreshing: stale.length > 0, startRefresh };
}

/** Waits for the background recomputations under way (tests, and a clean shutdown). */
export async function settleCheckRuns(): Promise<void> {
  await Promise.all([...refreshes.values()]);
}

/** Forgets every kept run (tests, benchmarks). */
export function clearCheckRuns(): void {
  past.clear();
  latestRuns.clear();
}
