import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { AppError } from '../../errors.js';

/**
 * LED-1: once a year's record book is closed and handed over, what it holds is read-only. The branch's book holds
 * the branch's meetings (all kinds but 党小组会) and its talks of that year; a group's book holds its 党小组会.
 * Every write to such a record (and to its attendance and attachments) asks here first.
 */
export async function assertBookOpen(db: Kysely<DB>, branchId: string, groupId: string | null, date: string): Promise<void> {
  const year = Number(date.slice(0, 4));
  const book = await db
    .selectFrom('record_books')
    .select(['closed_on'])
    .where('branch_id', '=', branchId)
    .where('year', '=', year)
    .where((eb) => (groupId === null ? eb('group_id', 'is', null) : eb('group_id', '=', groupId)))
    .executeTakeFirst();
  if (book) throw new AppError('CONFLICT', `${year} 年度${groupId ? '党小组' : '党支部'}会议记录本已于 ${book.closed_on} 封存，其中的记录不能再修改`);
}

/** The book a meeting belongs to: its group's for a 党小组会, the branch's otherwise. */
export const bookGroupOf = (m: { kind: string; group_id: string | null }): string | null => (m.kind === 'groupMeeting' ? m.group_id : null);
