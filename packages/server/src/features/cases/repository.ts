import { sql, type Kysely, type Selectable } from 'kysely';
import { containsPattern, type CaseStatus } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import type { CasesTable } from '../../db/typesVenues.js';

type Db = Kysely<DB>;
/** A case as read, with its branch's short name (timestamps as dates). */
export type CaseRow = Omit<Selectable<CasesTable>, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date; branch_name: string };

const base = (db: Db, organId: string) =>
  db.selectFrom('cases as c').innerJoin('branches as b', 'b.id', 'c.branch_id').selectAll('c').select('b.short_name as branch_name').where('c.organ_id', '=', organId);

export const findCase = async (db: Db, organId: string, id: string): Promise<CaseRow | undefined> =>
  (await base(db, organId).where('c.id', '=', id).executeTakeFirst()) as CaseRow | undefined;

/** Which cases a viewer reaches: all (organ admin) or the published ones plus every status of some branches. */
export type CaseReach = { all: true } | { all: false; branchIds: readonly string[] };

export interface CaseFilter {
  q?: string | undefined;
  tag?: string | undefined;
  clause?: string | undefined;
  branchId?: string | undefined;
  status?: CaseStatus | undefined;
}

function visible(db: Db, organId: string, reach: CaseReach, f: CaseFilter) {
  let qb = base(db, organId);
  if (!reach.all) {
    const ids = reach.branchIds;
    qb = qb.where((eb) => (ids.length ? eb.or([eb('c.status', '=', 'published'), eb('c.branch_id', 'in', ids)]) : eb('c.status', '=', 'published')));
  }
  if (f.status) qb = qb.where('c.status', '=', f.status);
  if (f.branchId) qb = qb.where('c.branch_id', '=', f.branchId);
  if (f.tag) qb = qb.where(sql<boolean>`c.tags @> ARRAY[${f.tag}]::text[]`);
  if (f.clause) qb = qb.where(sql<boolean>`c.clauses @> ARRAY[${f.clause.toUpperCase()}]::text[]`);
  if (f.q) {
    const p = containsPattern(f.q);
    qb = qb.where(
      sql<boolean>`(c.title ILIKE ${p} ESCAPE '\\' OR c.summary ILIKE ${p} ESCAPE '\\' OR c.body ILIKE ${p} ESCAPE '\\' OR array_to_string(c.tags, ' ') ILIKE ${p} ESCAPE '\\')`,
    );
  }
  return qb;
}

/** A page of the cases a viewer reaches: promoted first, then the newest. */
export async function searchCases(db: Db, organId: string, reach: CaseReach, f: CaseFilter, page: { offset: number; limit: number }) {
  const rows = await visible(db, organId, reach, f)
    .orderBy('c.promoted', 'desc')
    .orderBy(sql`coalesce(c.published_on, c.submitted_on, c.created_at::date)`, 'desc')
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const { n } = await visible(db, organId, reach, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: rows as unknown as CaseRow[], total: Number(n) };
}

/** The tags of the cases a viewer reaches, most used first. */
export async function tagsOf(db: Db, organId: string, reach: CaseReach): Promise<string[]> {
  const rows = await visible(db, organId, reach, {}).clearSelect().select('c.tags').execute();
  const n = new Map<string, number>();
  for (const r of rows) for (const t of r.tags) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([t]) => t).slice(0, 50);
}
