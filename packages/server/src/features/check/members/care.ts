import { sql, type Kysely } from 'kysely';
import { emptyCareFacts, type CareFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the care facts of the branches in range, set-based (one query per kind of record for all branches), keyed by
 * branch id. A branch without records gets the empty facts from the caller.
 */
export async function loadCareFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, CareFacts>> {
  const inBranches = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  const [fromYear, toYear] = [Number(r.from.slice(0, 4)), Number(r.to.slice(0, 4))];
  const [notebooks, trainings, hardships] = await Promise.all([
    sql<{ branch_id: string; person_id: string; year: number; issued_on: string }>`
      select n.branch_id, n.person_id, n.year, to_char(n.issued_on, 'YYYY-MM-DD') as issued_on
      from study_notebooks n join branches b on b.id = n.branch_id
      where b.organ_id = ${r.organId} and n.year between ${fromYear} and ${toYear} ${inBranches('n.branch_id')}`.execute(db),
    sql<{ branch_id: string; person_id: string; start_on: string; end_on: string }>`
      select t.branch_id, t.person_id, to_char(t.start_on, 'YYYY-MM-DD') as start_on, to_char(t.end_on, 'YYYY-MM-DD') as end_on
      from secretary_trainings t join branches b on b.id = t.branch_id
      where b.organ_id = ${r.organId} and t.start_on <= ${r.to}::date and t.end_on >= ${r.from}::date ${inBranches('t.branch_id')}`.execute(db),
    // each hardship of the range with the person's visits in the range (a visit counts for the person, whichever record it names)
    sql<{ id: string; branch_id: string; person_id: string; since_on: string; resolved_on: string | null; visited: string[] | null }>`
      select h.id, h.branch_id, h.person_id, to_char(h.since_on, 'YYYY-MM-DD') as since_on, to_char(h.resolved_on, 'YYYY-MM-DD') as resolved_on,
        (select array_agg(to_char(v.visited_on, 'YYYY-MM-DD') order by v.visited_on) from care_visits v
          where v.person_id = h.person_id and v.branch_id = h.branch_id and v.visited_on between ${r.from}::date and ${r.to}::date) as visited
      from hardships h join branches b on b.id = h.branch_id
      where b.organ_id = ${r.organId} and h.since_on <= ${r.to}::date and (h.resolved_on is null or h.resolved_on >= ${r.from}::date) ${inBranches('h.branch_id')}`.execute(db),
  ]);
  const out = new Map<string, CareFacts>();
  const of = (branchId: string) => {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = emptyCareFacts()));
    return f;
  };
  for (const n of notebooks.rows) of(n.branch_id).notebooks.push({ personId: n.person_id, year: Number(n.year), issuedOn: n.issued_on });
  for (const t of trainings.rows) of(t.branch_id).trainings.push({ personId: t.person_id, startOn: t.start_on, endOn: t.end_on });
  for (const h of hardships.rows) of(h.branch_id).hardships.push({ id: h.id, personId: h.person_id, sinceOn: h.since_on, resolvedOn: h.resolved_on, visitedOn: h.visited ?? [] });
  return out;
}
