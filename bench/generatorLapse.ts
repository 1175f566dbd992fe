import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays } from '@zhibu/domain';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';
import { currentMemberships } from './generatorShared.js';

/**
 * Assigned work and relation transfers for a benchmark organ in the year of `asOf` (MEM-3), so that the 6-month watch
 * and MEM-3.transfer-receipt have work to do at scale: about one member in 20 with an assignment (one in three of
 * them overdue and not done), and one outgoing temporary letter per branch in four, half of them received. The watch
 * itself reads the meetings and attendance the main generator writes. Temporary letters change no membership.
 */
export async function generateLapse(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const year = Number(asOf.slice(0, 4));
  const members = await currentMemberships(trx, organId);
  const work: Record<string, unknown>[] = [];
  const transfers: Record<string, unknown>[] = [];
  const seenBranch = new Set<string>();
  let branchNo = 0;
  for (const [i, m] of members.entries()) {
    if (i % 20 === 7) {
      const assigned = `${year}-0${1 + (i % 6)}-10`;
      const due = addDays(assigned, 45);
      const done = i % 60 === 7 ? null : addDays(due, -5);
      work.push({ id: randomUUID(), branch_id: m.branch_id, person_id: m.person_id, title: '党组织分配的工作', assigned_on: assigned, due_on: due, done_on: done && done <= asOf ? done : null });
    }
    if (!seenBranch.has(m.branch_id)) {
      seenBranch.add(m.branch_id);
      branchNo++;
      if (branchNo % 4 === 0) {
        const issued = addDays(asOf, -20 - (branchNo % 30));
        const received = branchNo % 8 === 0 ? addDays(issued, 3) : null;
        transfers.push({
          id: randomUUID(), organ_id: organId, branch_id: m.branch_id, person_id: m.person_id, direction: 'out', kind: 'temporary', letter_no: `${year}-${branchNo}`,
          issued_on: issued, valid_days: 30, other_org: '外单位党组织', effective_on: issued, received_on: received, status: received ? 'received' : 'issued',
        });
      }
    }
  }
  await bulkInsert(trx, 'work_assignments', work, { id: 'uuid', branch_id: 'uuid', person_id: 'uuid', title: 'text', assigned_on: 'date', due_on: 'date', done_on: 'date' });
  await bulkInsert(trx, 'transfers', transfers, {
    id: 'uuid', organ_id: 'uuid', branch_id: 'uuid', person_id: 'uuid', direction: 'text', kind: 'text', letter_no: 'text', issued_on: 'date', valid_days: 'integer',
    other_org: 'text', effective_on: 'date', received_on: 'date', status: 'text',
  });
}
