import { sql, type Kysely } from 'kysely';

/** Foundation: organ, tree, roster, accounts, sessions, audit. Frozen: never edit after landing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen and never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE organs (
      id uuid PRIMARY KEY,
      name text NOT NULL UNIQUE,
      records_start_on date NOT NULL,
      settings jsonb NOT NULL DEFAULT '{}'::jsonb,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE units (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      name text NOT NULL,
      UNIQUE (organ_id, name)
    );
    CREATE TABLE branches (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      full_name text NOT NULL,
      short_name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('single', 'joint')),
      founded_on date,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
      dissolved_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organ_id, full_name),
      UNIQUE (organ_id, short_name)
    );
    CREATE TABLE branch_units (
      branch_id uuid NOT NULL REFERENCES branches(id),
      unit_id uuid NOT NULL REFERENCES units(id),
      PRIMARY KEY (branch_id, unit_id)
    );
    CREATE TABLE branch_status_changes (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      status text NOT NULL CHECK (status IN ('active', 'dissolved')),
      effective_on date NOT NULL,
      reason text
    );
    CREATE TABLE persons (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      name text NOT NULL,
      gender text CHECK (gender IN ('male', 'female')),
      ethnicity text,
      birth_date date,
      id_number text NOT NULL,
      education text,
      category text NOT NULL CHECK (category IN ('full', 'probationary', 'candidate', 'activist', 'applicant')),
      joined_on date,
      confirmed_on date,
      job_post text,
      phone text,
      status text NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'transferredOut', 'suspended', 'lapsed', 'leftParty', 'deceased')),
      name_initials text NOT NULL DEFAULT '',
      name_pinyin text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organ_id, id_number)
    );
    CREATE INDEX persons_organ_name ON persons (organ_id, name);
    CREATE TABLE party_groups (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      name text NOT NULL,
      leader_person_id uuid REFERENCES persons(id),
      founded_on date,
      dissolved_on date,
      UNIQUE (branch_id, name)
    );
    CREATE TABLE branch_memberships (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES persons(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      start_on date NOT NULL,
      end_on date,
      CHECK (end_on IS NULL OR end_on >= start_on)
    );
    CREATE INDEX branch_memberships_branch ON branch_memberships (branch_id, start_on);
    CREATE INDEX branch_memberships_person ON branch_memberships (person_id);
    CREATE TABLE group_memberships (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES persons(id),
      group_id uuid NOT NULL REFERENCES party_groups(id),
      start_on date NOT NULL,
      end_on date,
      CHECK (end_on IS NULL OR end_on >= start_on)
    );
    CREATE INDEX group_memberships_group ON group_memberships (group_id);
    CREATE INDEX group_memberships_person ON group_memberships (person_id);
    CREATE TABLE branch_posts (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      role text NOT NULL,
      start_on date NOT NULL,
      end_on date,
      note text
    );
    CREATE INDEX branch_posts_person ON branch_posts (person_id);
    CREATE TABLE accounts (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      username text NOT NULL UNIQUE,
      password_hash text NOT NULL,
      person_id uuid UNIQUE REFERENCES persons(id),
      must_change_password boolean NOT NULL DEFAULT true,
      failed_attempts integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled boolean NOT NULL DEFAULT false,
      is_demo boolean NOT NULL DEFAULT false,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE account_roles (
      account_id uuid NOT NULL REFERENCES accounts(id),
      role text NOT NULL CHECK (role IN ('organAdmin', 'assessor')),
      PRIMARY KEY (account_id, role)
    );
    CREATE TABLE sessions (
      token_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES accounts(id),
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_account ON sessions (account_id);
    CREATE TABLE audit_log (
      seq bigserial PRIMARY KEY,
      chain text NOT NULL,
      organ_id uuid,
      at timestamptz NOT NULL,
      actor text NOT NULL,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      before jsonb,
      after jsonb,
      prev_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
    CREATE INDEX audit_log_chain ON audit_log (chain, seq);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
