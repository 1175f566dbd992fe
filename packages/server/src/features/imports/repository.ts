import { sql, type Kysely } from 'kysely';
import type { ExistingPerson, PersonFacts, TreeIndex } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** Every person of the organ with their branch and group on a date: what an import is compared against. */
export async function loadExisting(db: Kysely<DB>, organId: string, on: string): Promise<ExistingPerson[]> {
  const rows = await db
    .selectFrom('persons as p')
    .leftJoin('branch_memberships as bm', (j) => j.onRef('bm.person_id', '=', 'p.id').on(inForceOn('bm.start_on', 'bm.end_on', on)))
    .leftJoin('group_memberships as gm', (j) => j.onRef('gm.person_id', '=', 'p.id').on(inForceOn('gm.start_on', 'gm.end_on', on)))
    .select(['p.id', 'p.name', 'p.gender', 'p.ethnicity', 'p.birth_date', 'p.id_number', 'p.education', 'p.category', 'p.joined_on', 'p.confirmed_on', 'p.job_post', 'p.phone', 'bm.branch_id', 'gm.group_id'])
    .where('p.organ_id', '=', organId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    branchId: r.branch_id,
    groupId: r.group_id,
    facts: {
      name: r.name,
      gender: r.gender,
      ethnicity: r.ethnicity,
      birthDate: r.birth_date,
      idNumber: r.id_number,
      education: r.education,
      category: r.category,
      joinedOn: r.joined_on,
      confirmedOn: r.confirmed_on,
      jobPost: r.job_post,
      phone: r.phone,
    } satisfies PersonFacts,
  }));
}

export async function loadTree(db: Kysely<DB>, organId: string): Promise<TreeIndex> {
  const [branches, groups] = await Promise.all([
    db.selectFrom('branches').select(['id', 'full_name', 'short_name']).where('organ_id', '=', organId).where('status', '=', 'active').execute(),
    db
      .selectFrom('party_groups')
      .innerJoin('branches', 'branches.id', 'party_groups.branch_id')
      .select(['party_groups.id', 'party_groups.branch_id', 'party_groups.name'])
      .where('branches.organ_id', '=', organId)
      .where('party_groups.dissolved_on', 'is', null)
      .execute(),
  ]);
  return {
    branches: branches.map((b) => ({ id: b.id, fullName: b.full_name, shortName: b.short_name })),
    groups: groups.map((g) => ({ id: g.id, branchId: g.branch_id, name: g.name })),
  };
}

export async function rememberMapping(db: Kysely<DB>, organId: string, signature: string, mapping: Record<string, string>) {
  await db
    .insertInto('import_mappings')
    .values({ id: crypto.randomUUID(), organ_id: organId, kind: 'roster', signature, mapping: JSON.stringify(mapping), updated_at: new Date() })
    .onConflict((oc) => oc.columns(['organ_id', 'kind', 'signature']).doUpdateSet({ mapping: JSON.stringify(mapping), updated_at: new Date() }))
    .execute();
}

/** The mappings users chose before, by header-row signature: a file from the same system maps itself next time. */
export async function rememberedMappings(db: Kysely<DB>, organId: string): Promise<Record<string, Record<string, string>>> {
  const rows = await db.selectFrom('import_mappings').select(['signature', 'mapping']).where('organ_id', '=', organId).where('kind', '=', 'roster').execute();
  return Object.fromEntries(rows.map((r) => [r.signature, r.mapping]));
}

/** A bulk write changes the tables' shape; PGlite runs no autovacuum, so the planner's statistics are refreshed here. */
export async function refreshRosterStatistics(db: Kysely<DB>): Promise<void> {
  await sql`ANALYZE persons, branch_memberships, group_memberships`.execute(db);
}
