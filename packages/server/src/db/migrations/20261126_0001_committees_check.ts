import { sql, type Kysely } from 'kysely';

/**
 * Committees by term, elections, extensions, vacancies (ORG-2, ORG-3); the organ's rule parameters and
 * exemptions; calendar feed tokens. Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE elections (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      kind text NOT NULL CHECK (kind IN ('general', 'byElection')),
      committee_kind text NOT NULL CHECK (committee_kind IN ('committee', 'secretaryOnly')),
      seats integer NOT NULL CHECK (seats BETWEEN 1 AND 9),
      term_years integer CHECK (term_years BETWEEN 3 AND 5),
      planned_on date NOT NULL,
      held_on date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'held', 'submitted', 'returned', 'approved')),
      -- the term replaced (general) or filled (byElection)
      previous_committee_id uuid,
      result_committee_id uuid,
      early_approved_on date,
      early_doc_no text,
      submitted_on date,
      decided_on date,
      decided_by uuid REFERENCES accounts(id),
      approval_doc_no text,
      return_reason text,
      note text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX elections_branch ON elections (branch_id, planned_on);
    CREATE TABLE election_nominees (
      id uuid PRIMARY KEY,
      election_id uuid NOT NULL REFERENCES elections(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      votes integer CHECK (votes >= 0),
      elected boolean NOT NULL DEFAULT false,
      -- the post given by the new committee's first meeting
      role text,
      UNIQUE (election_id, person_id)
    );
    CREATE TABLE election_voters (
      election_id uuid NOT NULL REFERENCES elections(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      attendance text NOT NULL CHECK (attendance IN ('present', 'absent', 'excluded')),
      PRIMARY KEY (election_id, person_id)
    );
    CREATE TABLE committees (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      kind text NOT NULL CHECK (kind IN ('committee', 'secretaryOnly')),
      start_on date NOT NULL,
      term_years integer NOT NULL CHECK (term_years BETWEEN 3 AND 5),
      elected_on date,
      ended_on date,
      election_id uuid REFERENCES elections(id),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ended_on IS NULL OR ended_on >= start_on)
    );
    -- one committee in force per branch (issue 4: two active committees are refused)
    CREATE UNIQUE INDEX committees_one_active ON committees (branch_id) WHERE ended_on IS NULL;
    CREATE TABLE committee_members (
      id uuid PRIMARY KEY,
      committee_id uuid NOT NULL REFERENCES committees(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      role text NOT NULL,
      start_on date NOT NULL,
      end_on date,
      origin text NOT NULL CHECK (origin IN ('elected', 'byElection', 'appointed', 'recorded')),
      approved_on date,
      approval_doc_no text,
      end_reason text,
      CHECK (end_on IS NULL OR end_on >= start_on)
    );
    CREATE INDEX committee_members_committee ON committee_members (committee_id);
    CREATE INDEX committee_members_person ON committee_members (person_id);
    CREATE TABLE committee_extensions (
      id uuid PRIMARY KEY,
      committee_id uuid NOT NULL REFERENCES committees(id),
      months integer NOT NULL CHECK (months BETWEEN 1 AND 12),
      reason text NOT NULL,
      approved_on date NOT NULL,
      doc_no text,
      approved_by uuid REFERENCES accounts(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE committee_vacancies (
      id uuid PRIMARY KEY,
      committee_id uuid NOT NULL REFERENCES committees(id),
      member_id uuid REFERENCES committee_members(id),
      role text NOT NULL,
      arisen_on date NOT NULL,
      reason text NOT NULL,
      filled_on date,
      filled_by text CHECK (filled_by IN ('byElection', 'appointment')),
      filled_member_id uuid REFERENCES committee_members(id),
      election_id uuid REFERENCES elections(id)
    );
    CREATE INDEX committee_vacancies_committee ON committee_vacancies (committee_id);
    CREATE TABLE rule_param_changes (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      key text NOT NULL,
      value jsonb NOT NULL,
      effective_from date NOT NULL,
      reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organ_id, key, effective_from)
    );
    CREATE TABLE rule_exemptions (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      rule text NOT NULL,
      from_on date NOT NULL,
      to_on date NOT NULL,
      reason text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (to_on >= from_on)
    );
    CREATE INDEX rule_exemptions_organ ON rule_exemptions (organ_id);
    CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL UNIQUE REFERENCES branches(id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
