import { sql, type Kysely } from 'kysely';
import { emptyCareFacts, type CareFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the care facts of the branches in range, set-based (one query for all branches and all three kinds of record),
 * keyed by branch id. A branch without records gets the empty facts from the caller.
 */
export async function loadCareFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, CareFacts>> {
  const inBranches = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  const [fromYear, toYear] = [Number(r.from.slice(0, 4)), Number(r.to.slice(0, 4))];
  // one document of arrays: a row per notebook (one per member and year) decoded one by one cost PGlite most of the time
  const q = await sql<{ doc: { notebooks: [string, string, number, string][] | null; trainings: [string, string, string, string][] | null; hardships: [string, string, string, string, string | null, string[] | null][] | null } }>`
    select json_build_object(
      'notebooks', (select json_agg(json_build_array(n.branch_id, n.person_id, n.year, n.issued_on))
        from study_notebooks n join branches b on b.id = n.branch_id
        where b.organ_id = ${r.organId} and n.year between ${fromYear} and ${toYear} ${inBranches('n.branch_id')}),
      'trainings', (select json_agg(json_build_array(t.branch_id, t.person_id, t.start_on, t.end_on))
        from secretary_trainings t join branches b on b.id = t.branch_id
        where b.organ_id = ${r.organId} and t.start_on <= ${r.to}::date and t.end_on >= ${r.from}::date ${inBranches('t.branch_id')}),
      -- each hardship of the range with the person's visits in the range (a visit counts for the person, whichever record it names)
      'hardships', (select json_agg(json_build_array(h.id, h.branch_id, h.person_id, h.since_on, h.resolved_on,
          (select array_agg(v.visited_on order by v.visited_on) from care_visits v
            where v.person_id = h.person_id and v.branch_id = h.branch_id and v.visited_on between ${r.from}::date and ${r.to}::date)))
        from hardships h join branches b on b.id = h.branch_id
        where b.organ_id = ${r.organId} and h.since_on <= ${r.to}::date and (h.resolved_on is null or h.resolved_on >= ${r.from}::date) ${inBranches('h.branch_id')})
    ) as doc`.execute(db);
  const { notebooks, trainings, hardships } = q.rows[0]!.doc;
  const out = new Map<string, CareFacts>();
  const of = (branchId: string) => {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = emptyCareFacts()));
    return f;
  };
  for (const [branchId, personId, year, issuedOn] of notebooks ?? []) of(branchId).notebooks.push({ personId, year: Number(year), issuedOn });
  for (const [branchId, personId, startOn, endOn] of trainings ?? []) of(branchId).trainings.push({ personId, startOn, endOn });
  for (const [id, branchId, personId, sinceOn, resolvedOn, visited] of hardships ?? []) of(branchId).hardships.push({ id, personId, sinceOn, resolvedOn, visitedOn: visited ?? [] });
  return out;
}
