import { sql, type Kysely } from 'kysely';
import type { DevelopmentFacts, DevelopmentFileFact, DevStepData } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the development facts of the branches in range, set-based (one query for all branches: every file open, or
 * with a step or its end on or after `r.from`, with its steps as one array), keyed by branch id. A branch without
 * records gets the empty facts from the caller.
 */
export async function loadDevelopmentFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, DevelopmentFacts>> {
  const branchFilter = r.branchIds ? sql`and d.branch_id = any(${sql.val(r.branchIds)}::uuid[])` : sql``;
  const q = await sql<{ rows: [string, string, string, string, '2014' | '2026', DevelopmentFileFact['status'], string | null, [number, string, DevStepData | null][] | null][] | null }>`
    select json_agg(json_build_array(d.branch_id, d.id, d.person_id, p.name, d.rule_version, d.status, d.stopped_on, s.steps)) as rows
    from developments d
    join persons p on p.id = d.person_id
    left join lateral (
      select json_agg(json_build_array(st.step, st.done_on, st.data) order by st.done_on, st.step) as steps, max(st.done_on) as last_on
      from development_steps st where st.development_id = d.id
    ) s on true
    where d.organ_id = ${r.organId} ${branchFilter}
      and (d.status = 'open' or coalesce(d.stopped_on, s.last_on) >= ${r.from}::date)`.execute(db);
  const out = new Map<string, DevelopmentFacts>();
  for (const [branchId, id, personId, personName, ruleVersion, status, stoppedOn, steps] of q.rows[0]?.rows ?? []) {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = { files: [] }));
    f.files.push({
      id,
      personId,
      personName,
      ruleVersion,
      status,
      stoppedOn,
      steps: (steps ?? []).map(([step, doneOn, data]) => {
        const { warnings: _w, ...rest } = (typeof data === 'string' ? JSON.parse(data) : (data ?? {})) as DevStepData & { warnings?: unknown };
        return { step, doneOn, data: rest };
      }),
    });
  }
  return out;
}
