import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

type Db = Kysely<DB>;

const query = (db: Db) =>
  db.selectFrom('work_assignments as w').innerJoin('persons as p', 'p.id', 'w.person_id').innerJoin('branches as b', 'b.id', 'w.branch_id').selectAll('w').select(['p.name as person_name', 'b.organ_id']);

export const findAssignment = (db: Db, organId: string, id: string) => query(db).where('b.organ_id', '=', organId).where('w.id', '=', id).executeTakeFirst();
export type AssignmentRow = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

export const assignmentsOf = (db: Db, branchId: string) => query(db).where('w.branch_id', '=', branchId).orderBy('w.due_on', 'desc').orderBy('w.recorded_at', 'desc').execute();
