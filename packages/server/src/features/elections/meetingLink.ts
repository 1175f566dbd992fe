import type { Transaction } from 'kysely';
import { electionDayOf } from '@zhibu/domain';
import { ELECTION_STATUS_LABELS, MEETING_KIND_LABELS, type Election } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid } from '../../errors.js';
import type { ElectionRow } from './repository.js';

/**
 * An election and its 党员大会 record (contracts §8). The election keeps its own attendance and quorum; the link says
 * which assembly held it: a 党员大会 of the same branch on the election's date, one election per meeting. The link is
 * optional and may change while the election is with the branch (筹备中, 已选举待报批, 已退回).
 */
type Db = Ctx['db'];
type Trx = Transaction<DB>;

const LINKABLE = new Set<ElectionRow['status']>(['draft', 'held', 'returned']);
export const linkable = (e: Pick<ElectionRow, 'status'>) => LINKABLE.has(e.status);

/** The election's date: the day it was held, or the planned day while a draft. */
export const electionDay = (e: Pick<ElectionRow, 'held_on' | 'planned_on'>) => electionDayOf({ heldOn: e.held_on, plannedOn: e.planned_on });

/** The linked record, as the election page shows it. */
export async function linkedMeeting(db: Db, meetingId: string | null): Promise<Election['meeting']> {
  if (!meetingId) return null;
  const m = await db.selectFrom('meetings').select(['id', 'held_on', 'title']).where('id', '=', meetingId).executeTakeFirst();
  return m ? { id: m.id, heldOn: m.held_on, title: m.title } : null;
}

/** Refuses a meeting that cannot be this election's 党员大会 record, saying why. */
async function checkMeeting(ctx: Ctx, db: Db, e: ElectionRow, meetingId: string, day: string): Promise<void> {
  const m = await db
    .selectFrom('meetings')
    .select(['id', 'branch_id', 'kind', 'held_on', 'status'])
    .where('organ_id', '=', ctx.viewer.organId)
    .where('id', '=', meetingId)
    .executeTakeFirst();
  if (!m) throw invalid('所选会议记录不存在');
  if (m.branch_id !== e.branch_id) throw invalid('所选会议不是本支部的会议，选举只能关联本支部的党员大会记录');
  if (m.kind !== 'assembly') throw invalid(`选举只能关联支部党员大会的记录，所选会议是${MEETING_KIND_LABELS[m.kind]}`);
  if (m.status === 'cancelled') throw invalid('所选党员大会已取消，不能关联');
  if (m.held_on !== day) throw invalid(`所选党员大会的日期（${m.held_on}）与选举日期（${day}）不一致，不能关联`);
  const other = await db.selectFrom('elections').select('id').where('meeting_id', '=', meetingId).where('id', '<>', e.id).executeTakeFirst();
  if (other) throw invalid('所选党员大会已关联另一次选举');
}

/** Links (or, with null, unlinks) the election's 党员大会 record; audited. Call inside the caller's transaction. */
export async function setMeetingLink(ctx: Ctx, trx: Trx, e: ElectionRow, meetingId: string | null, day = electionDay(e)): Promise<void> {
  if (meetingId === e.meeting_id) return;
  if (!linkable(e)) throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，不能再修改关联的党员大会记录`);
  if (meetingId) await checkMeeting(ctx, trx, e, meetingId, day);
  await trx.updateTable('elections').set({ meeting_id: meetingId }).where('id', '=', e.id).execute();
  await recordEvent(trx, ctx.actor, {
    organId: ctx.viewer.organId,
    action: meetingId ? 'election.meetingLinked' : 'election.meetingUnlinked',
    entityType: 'election',
    entityId: e.id,
    before: { meeting_id: e.meeting_id },
    after: { meeting_id: meetingId },
  });
}

/** A change of the election's date must keep the linked record on that date (else unlink first). */
export async function assertLinkFits(trx: Db, e: Pick<ElectionRow, 'meeting_id'>, day: string): Promise<void> {
  if (!e.meeting_id) return;
  const m = await trx.selectFrom('meetings').select('held_on').where('id', '=', e.meeting_id).executeTakeFirstOrThrow();
  if (m.held_on !== day) throw invalid(`已关联的党员大会记录日期为${m.held_on}，与选举日期（${day}）不一致；请先取消关联或更正会议日期`);
}

