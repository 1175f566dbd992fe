import { sql, type Kysely } from 'kysely';

/**
 * 活动阵地 (VEN-1, VEN-2: a 党员活动室 or a notice board, of one branch or shared, with its checklist ticked by the
 * branch and confirmed by the 机关党委), the branch WeChat group registry (VEN-3) and the 典型经验库 (REQ-4).
 * Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- 活动阵地: a 党员活动室 or a notice board (公开栏), of one branch or shared by several (VEN-2 allows sharing)
    CREATE TABLE venues (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      kind text NOT NULL CHECK (kind IN ('activityRoom', 'noticeBoard')),
      name text NOT NULL,
      location text,
      note text,
      -- no longer in use from this day (kept for the years it served)
      retired_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE venue_branches (
      venue_id uuid NOT NULL REFERENCES venues(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      PRIMARY KEY (venue_id, branch_id)
    );
    CREATE INDEX venue_branches_branch ON venue_branches (branch_id);
    -- one item of a venue's checklist (一牌一旗二板 and the optional ones): ticked by the branch, with its photos as
    -- attachments (entity venueItem), confirmed by the 机关党委 (in the assessment)
    CREATE TABLE venue_items (
      id uuid PRIMARY KEY,
      venue_id uuid NOT NULL REFERENCES venues(id),
      item text NOT NULL,
      ticked_on date NOT NULL,
      ticked_by text NOT NULL,
      note text,
      confirmed_on date,
      confirmed_by text,
      UNIQUE (venue_id, item)
    );

    -- VEN-3: the branch's WeChat group on the party-building platform, with its member list as the names it shows
    CREATE TABLE chat_groups (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL UNIQUE REFERENCES branches(id),
      name text NOT NULL,
      platform text,
      manager_person_id uuid REFERENCES persons(id),
      -- the day the member list was taken from the group
      listed_on date NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE TABLE chat_group_members (
      chat_group_id uuid NOT NULL REFERENCES chat_groups(id),
      seq integer NOT NULL,
      name text NOT NULL,
      PRIMARY KEY (chat_group_id, seq)
    );

    -- 典型经验库 (REQ-4): a branch's case, reviewed and published by the 机关党委; attachments entity 'case'
    CREATE TABLE cases (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      title text NOT NULL,
      summary text NOT NULL,
      body text NOT NULL,
      tags text[] NOT NULL DEFAULT '{}',
      -- the clauses of the standard the case is about (ORG-2, LIFE-5 …)
      clauses text[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'published')),
      return_reason text,
      promoted boolean NOT NULL DEFAULT false,
      submitted_on date,
      published_on date,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX cases_organ ON cases (organ_id, status);
    CREATE INDEX cases_branch ON cases (branch_id);
  `.execute(db);
}
