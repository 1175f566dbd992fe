import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import type { DemoLife } from './lifeRecords.js';

const U = 'uuid';
const T = 'text';
const D = 'date';
const I = 'integer';
const B = 'boolean';

/** Writes the demo's talks, 组织生活会 parts, 民主评议, reports and record books (rows as built by lifeRecords.ts). */
export async function loadDemoLife(trx: Kysely<DB>, organId: string, life: DemoLife): Promise<void> {
  const withOrgan = (rows: Record<string, unknown>[]) => rows.map((r) => ({ organ_id: organId, ...r }));
  await bulkInsert(trx, 'talks', withOrgan(life.talks), {
    id: U, organ_id: U, branch_id: U, kind: T, purpose: T, form: T, talked_on: D, place: T, talker_person_id: U, talkee_person_id: U,
    topics: T, problems: T, follow_up: T, follow_up_on: D, life_meeting_id: U, recorded_at: 'timestamptz',
  });
  await bulkInsert(trx, 'life_meeting_preparations', life.preparations, { meeting_id: U, theme: T, opinions_collected_on: D, opinion_count: I, opinions_summary: T, reported_on: D });
  await bulkInsert(trx, 'self_inspections', life.selfInspections, { id: U, meeting_id: U, person_id: U, submitted_on: D, summary: T });
  await bulkInsert(trx, 'criticisms', life.criticisms, { id: U, meeting_id: U, target_person_id: U, critic_person_id: U, opinion: T, response: T });
  await bulkInsert(trx, 'rectifications', withOrgan(life.rectifications), {
    id: U, organ_id: U, branch_id: U, meeting_id: U, seq: I, source: T, problem: T, measure: T, owner_person_id: U, owner_name: T, deadline: D,
    status: T, progress: T, closed_on: D, carry_reason: T,
  });
  await bulkInsert(trx, 'appraisals', withOrgan(life.appraisals), {
    id: U, organ_id: U, branch_id: U, year: I, step: T, started_on: D, meeting_id: U, ballot_mode: T, ballot_open: B, ballots_issued: I,
    ballots_returned: I, peer_reviewed_on: D, balloted_on: D, graded_on: D,
  });
  await bulkInsert(trx, 'appraisal_members', life.appraisalMembers, {
    appraisal_id: U, person_id: U, graded: B, self_review: T, self_review_on: D, self_review_by: T, peer_review: T, tally_excellent: I,
    tally_qualified: I, tally_basic: I, tally_unqualified: I, grade: T, grade_note: T, feedback_on: D,
  });
  await bulkInsert(trx, 'branch_reports', withOrgan(life.branchReports), {
    id: U, organ_id: U, branch_id: U, year: I, kind: T, title: T, body: T, meeting_id: U, reported_on: D, status: T, submitted_on: D, received_on: D, return_reason: T,
  });
  await bulkInsert(trx, 'member_reports', withOrgan(life.memberReports), {
    id: U, organ_id: U, branch_id: U, person_id: U, year: I, reported_on: D, audience: T, meeting_id: U, content: T, entered_by: T,
  });
  await bulkInsert(trx, 'record_books', withOrgan(life.recordBooks), {
    id: U, organ_id: U, branch_id: U, group_id: U, year: I, closed_on: D, closed_by: T, file_sha256: T, handed_to: T, handed_over_on: D,
  });
}
