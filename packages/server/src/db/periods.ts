import { sql, type RawBuilder } from 'kysely';

/** A dated record (membership, post) is in force on `date` when it started by then and has not ended before. */
export function inForceOn(startCol: string, endCol: string, date: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(startCol)} <= ${date}::date and (${sql.ref(endCol)} is null or ${sql.ref(endCol)} >= ${date}::date))`;
}
