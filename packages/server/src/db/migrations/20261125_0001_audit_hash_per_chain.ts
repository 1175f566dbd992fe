import { sql, type Kysely } from 'kysely';

/**
 * An entry's hash is unique within its chain, no longer across the whole log: a merged bundle keeps the source's
 * chains apart, whole and verifiable on their own (contracts §3), even when part of that history is already here —
 * e.g. a bundle exported from a database that was itself filled from this one. Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE audit_log DROP CONSTRAINT audit_log_hash_key;
    -- hash first: an import looks entries up by their hash alone
    CREATE UNIQUE INDEX audit_log_hash_chain ON audit_log (hash, chain);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
