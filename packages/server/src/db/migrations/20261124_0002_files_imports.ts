import { sql, type Kysely } from 'kysely';

/** Attachments (content-addressed), remembered import mappings, and background jobs. Frozen: never edit after landing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE files (
      sha256 text PRIMARY KEY,
      size bigint NOT NULL,
      mime text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    -- Bytes live here with PostgreSQL (every server process sees them) and beside the embedded database otherwise.
    CREATE TABLE file_contents (
      sha256 text PRIMARY KEY REFERENCES files(sha256),
      content bytea NOT NULL
    );
    CREATE TABLE attachments (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      entity_type text NOT NULL,
      entity_id uuid NOT NULL,
      slot text NOT NULL DEFAULT 'other',
      file_sha256 text NOT NULL REFERENCES files(sha256),
      file_name text NOT NULL,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL,
      removed_at timestamptz
    );
    CREATE INDEX attachments_entity ON attachments (entity_type, entity_id);
    CREATE TABLE import_mappings (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      kind text NOT NULL,
      signature text NOT NULL,
      mapping jsonb NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (organ_id, kind, signature)
    );
    -- Long work (an import of 10,000 rows, binding a year) runs off the request; its progress lives here so that any
    -- server process can answer the page that polls it.
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      account_id text NOT NULL,
      kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
      progress integer NOT NULL DEFAULT 0,
      total integer NOT NULL DEFAULT 0,
      message text NOT NULL DEFAULT '',
      result jsonb,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
