import { sql, type Kysely } from 'kysely';

/**
 * 信息台账 (LED-1..8, issue 7 §1–2): papers that exist only on paper, uploaded into a category of a branch's year
 * (the file itself is an attachment, entity `archiveUpload`), and each binding of a category's year (its PDF and
 * catalogs are attachments of entity `archiveBinding`). Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE archive_uploads (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      -- a category of domain/archive/categories.ts and one of its upload kinds
      category text NOT NULL CHECK (category IN ('recordBooks', 'organization', 'members', 'life', 'education', 'excellence', 'funds', 'duesCards')),
      kind text NOT NULL,
      -- 题名, 日期, 文号, 责任者 of the catalog (forms.md §9)
      title text NOT NULL,
      issued_on date,
      doc_no text,
      responsible text,
      tags text[] NOT NULL DEFAULT '{}',
      -- pages the file takes when bound (a PDF's page count, 1 for an image)
      pages integer NOT NULL CHECK (pages > 0),
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL,
      removed_at timestamptz,
      removed_reason text
    );
    CREATE INDEX archive_uploads_branch ON archive_uploads (branch_id, year, category);
    -- 每年合订一次: each binding of a branch's category and year is kept (re-binding is allowed and audited)
    CREATE TABLE archive_bindings (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      category text NOT NULL,
      items integer NOT NULL,
      pages integer NOT NULL,
      bound_by text NOT NULL,
      bound_at timestamptz NOT NULL
    );
    CREATE INDEX archive_bindings_branch ON archive_bindings (branch_id, year, category);
  `.execute(db);
}
