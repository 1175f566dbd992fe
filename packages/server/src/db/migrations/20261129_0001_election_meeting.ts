import { sql, type Kysely } from 'kysely';

/**
 * An election links to its 党员大会 record (contracts §8): the election keeps its own attendance and quorum, the
 * meeting is the record of the assembly that held it. At most one election per meeting. Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE elections ADD COLUMN meeting_id uuid REFERENCES meetings(id);
    CREATE UNIQUE INDEX elections_meeting ON elections (meeting_id) WHERE meeting_id IS NOT NULL;
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
