import { sql, type Kysely } from 'kysely';
import type { DevFile, DevStepData } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

type Db = Kysely<DB>;

const fileColumns = [
  'd.id',
  'd.organ_id',
  'd.branch_id',
  'd.person_id',
  'd.rule_version',
  'd.status',
  'd.stopped_on',
  'd.stopped_reason',
  'd.planned_departure_on',
  'b.short_name as branch_name',
  'b.status as branch_status',
  'p.name as person_name',
  'p.gender',
  'p.birth_date',
  'p.category',
  'p.joined_on',
  'p.confirmed_on',
  'p.id_number',
  'p.ethnicity',
  'p.education',
  'p.job_post',
] as const;

function filesQuery(db: Db, organId: string) {
  return db
    .selectFrom('developments as d')
    .innerJoin('branches as b', 'b.id', 'd.branch_id')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .select([...fileColumns])
    .where('d.organ_id', '=', organId);
}
export type DevRow = Awaited<ReturnType<ReturnType<typeof filesQuery>['executeTakeFirstOrThrow']>>;

export const findDevelopment = (db: Db, organId: string, id: string) => filesQuery(db, organId).where('d.id', '=', id).executeTakeFirst();
export const developmentsOfBranch = (db: Db, organId: string, branchId: string) => filesQuery(db, organId).where('d.branch_id', '=', branchId).orderBy('d.created_at').execute();
export const openDevelopmentOfPerson = (db: Db, organId: string, personId: string) =>
  filesQuery(db, organId).where('d.person_id', '=', personId).orderBy(sql`case d.status when 'open' then 0 else 1 end`).orderBy('d.created_at', 'desc').executeTakeFirst();

export interface FileParts {
  steps: Awaited<ReturnType<typeof stepsOf>>;
  evaluations: Awaited<ReturnType<typeof evaluationsOf>>;
  notices: Awaited<ReturnType<typeof noticesOf>>;
}

const stepsOf = (db: Db, ids: string[]) =>
  db
    .selectFrom('development_steps as s')
    .leftJoin('persons as r', 'r.id', 's.responsible_person_id')
    .select(['s.id', 's.development_id', 's.step', 's.done_on', 's.actor', 's.responsible_person_id', 'r.name as responsible_name', 's.note', 's.data', 's.recorded_at'])
    .where('s.development_id', 'in', ids)
    .orderBy('s.done_on')
    .orderBy('s.step')
    .execute();
const evaluationsOf = (db: Db, ids: string[]) => db.selectFrom('development_evaluations').selectAll().where('development_id', 'in', ids).orderBy('held_on').execute();
const noticesOf = (db: Db, ids: string[]) => db.selectFrom('public_notices').selectAll().where('development_id', 'in', ids).orderBy('start_on').execute();

/** The steps, evaluations and notices of files, three queries for any number of files. */
export async function partsOf(db: Db, ids: string[]): Promise<Map<string, FileParts>> {
  const out = new Map<string, FileParts>();
  for (const id of ids) out.set(id, { steps: [], evaluations: [], notices: [] });
  if (ids.length === 0) return out;
  const [steps, evaluations, notices] = await Promise.all([stepsOf(db, ids), evaluationsOf(db, ids), noticesOf(db, ids)]);
  for (const s of steps) out.get(s.development_id)!.steps.push(s);
  for (const e of evaluations) out.get(e.development_id)!.evaluations.push(e);
  for (const n of notices) out.get(n.development_id)!.notices.push(n);
  return out;
}

const stepDataOf = (raw: unknown): DevStepData & { warnings?: { rule: string; message: string }[] } => (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as DevStepData;
export { stepDataOf };

/** The domain's view of a file. */
export function domainFile(row: Pick<DevRow, 'rule_version' | 'status' | 'birth_date' | 'planned_departure_on'>, parts: FileParts): DevFile {
  return {
    ruleVersion: row.rule_version,
    status: row.status,
    birthDate: row.birth_date,
    plannedDepartureOn: row.planned_departure_on,
    steps: parts.steps.map((s) => ({ id: s.id, step: s.step, doneOn: s.done_on, data: stepDataOf(s.data) })),
    evaluations: parts.evaluations.map((e) => ({
      kind: e.kind,
      heldOn: e.held_on,
      participantCount: e.participant_count,
      favourableCount: e.favourable_count,
      generalCount: e.general_count,
      poorCount: e.poor_count,
      abstainCount: e.abstain_count,
    })),
    notices: parts.notices.map((n) => ({ stage: n.stage, startOn: n.start_on, endOn: n.end_on, outcome: n.outcome })),
  };
}

/** 正式党员 of the branch on a date (R-DEV-10: at least 3 for an admission or confirmation meeting). */
export async function fullMembersOn(db: Db, branchId: string, on: string): Promise<number> {
  const r = await db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('bm.branch_id', '=', branchId)
    .where('p.category', '=', 'full')
    .where('p.status', '=', 'active')
    .where(inForceOn('bm.start_on', 'bm.end_on', on))
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** The branch a person belongs to on a date. */
export async function branchOfPerson(db: Db, personId: string, on: string): Promise<string | null> {
  const r = await db.selectFrom('branch_memberships as bm').select('bm.branch_id').where('bm.person_id', '=', personId).where(inForceOn('bm.start_on', 'bm.end_on', on)).executeTakeFirst();
  return r?.branch_id ?? null;
}
