import { sql, type Kysely } from 'kysely';

/**
 * 党员管理 (issue 6): development files (MEM-1: 25 steps, 双推双评, 公示), dues (bases, reductions, payments: MEM-3,
 * LED-3, LED-8), activity funds (LED-7, REQ-2), relation transfers (MEM-3), assigned work for the 6-month watch,
 * 诫勉谈话's own fields (MEM-4), care of members in difficulty (MEM-5), education (MEM-2) and the organ's working-day
 * adjustments (contracts §7). Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The organ admin's own working-day adjustments on top of the holiday package (contracts §7)
    CREATE TABLE workday_adjustments (
      organ_id uuid NOT NULL REFERENCES organs(id),
      day date NOT NULL,
      is_workday boolean NOT NULL,
      note text,
      PRIMARY KEY (organ_id, day)
    );

    -- 发展党员: one file per person in development, from 入党申请 to 转正 (glossary: development)
    CREATE TABLE developments (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      -- the rule version in force when the file started (domain-rules §0.3): its steps and time limits
      rule_version text NOT NULL CHECK (rule_version IN ('2014', '2026')),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'stopped')),
      stopped_on date,
      stopped_reason text,
      -- R-DEV-9: a candidate leaving the unit within 3 months is generally not admitted
      planned_departure_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX developments_open_person ON developments (person_id) WHERE status = 'open';
    CREATE INDEX developments_branch ON developments (branch_id);
    -- one step done (steps 6 and 21 repeat: one row per 考察); data holds the step's own facts (counts, votes, persons)
    CREATE TABLE development_steps (
      id uuid PRIMARY KEY,
      development_id uuid NOT NULL REFERENCES developments(id),
      step integer NOT NULL CHECK (step BETWEEN 1 AND 25),
      done_on date NOT NULL,
      -- 三全程: who acted and who is answerable for the step
      actor text NOT NULL,
      responsible_person_id uuid REFERENCES persons(id),
      note text,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX development_steps_development ON development_steps (development_id, step);
    -- 双推双评: 党员推荐 and 群团组织推优 (before 入党积极分子), 群众评议 and 党员评议 (before 发展对象), with counts
    CREATE TABLE development_evaluations (
      id uuid PRIMARY KEY,
      development_id uuid NOT NULL REFERENCES developments(id),
      kind text NOT NULL CHECK (kind IN ('memberRecommendation', 'leagueRecommendation', 'massEvaluation', 'memberEvaluation')),
      held_on date NOT NULL,
      -- 推优 by which 群团组织
      organization text,
      participant_count integer NOT NULL CHECK (participant_count >= 0),
      -- recommended / 优秀 (or 同意)
      favourable_count integer NOT NULL CHECK (favourable_count >= 0),
      general_count integer CHECK (general_count >= 0),
      poor_count integer CHECK (poor_count >= 0),
      abstain_count integer CHECK (abstain_count >= 0),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX development_evaluations_development ON development_evaluations (development_id);
    -- 公示: every one is a record (start, end, outcome) counted in working days
    CREATE TABLE public_notices (
      id uuid PRIMARY KEY,
      development_id uuid NOT NULL REFERENCES developments(id),
      stage text NOT NULL CHECK (stage IN ('activist', 'candidate', 'admission', 'confirmation')),
      start_on date NOT NULL,
      end_on date NOT NULL,
      outcome text CHECK (outcome IN ('noObjection', 'objectionCleared', 'objectionUpheld')),
      feedback text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_on >= start_on)
    );
    CREATE INDEX public_notices_development ON public_notices (development_id);

    -- 党费: the base (or fixed-amount category) from a month on; the year's import sets it from January
    CREATE TABLE dues_bases (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES persons(id),
      from_month text NOT NULL CHECK (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      dues_category text NOT NULL CHECK (dues_category IN ('onJob', 'annualSalary', 'selfEmployed', 'retired', 'farmer', 'student', 'unemployed', 'relief', 'minimumAllowance')),
      base_fen bigint CHECK (base_fen >= 0),
      -- a farmer's chosen fixed amount (0.2–1.0 yuan)
      fixed_fen integer CHECK (fixed_fen >= 0),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (person_id, from_month)
    );
    -- 减交或免交 (R-DUES-9): decided by the branch, approved by the next-higher committee
    CREATE TABLE dues_reductions (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES persons(id),
      from_month text NOT NULL CHECK (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      to_month text NOT NULL CHECK (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      -- the monthly amount due instead; 0 = exempt
      amount_fen integer NOT NULL CHECK (amount_fen >= 0),
      reason text NOT NULL,
      branch_decided_on date NOT NULL,
      approval_ref text NOT NULL,
      approved_on date NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (to_month >= from_month)
    );
    CREATE INDEX dues_reductions_person ON dues_reductions (person_id);
    -- one payment: a month's dues (at most one per member and month) or a voluntary extra amount
    CREATE TABLE dues_payments (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      kind text NOT NULL DEFAULT 'monthly' CHECK (kind IN ('monthly', 'voluntary')),
      month text CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      -- what was due for the month when it was paid (kept: a later base change never rewrites it)
      due_fen bigint CHECK (due_fen >= 0),
      amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
      paid_on date NOT NULL,
      method text NOT NULL CHECK (method IN ('cash', 'transfer', 'online')),
      receipt_no text,
      collector_person_id uuid REFERENCES persons(id),
      -- 代交人 (with the branch's consent)
      paid_by text,
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'monthly') = (month IS NOT NULL))
    );
    CREATE UNIQUE INDEX dues_payments_month ON dues_payments (person_id, month) WHERE kind = 'monthly';
    CREATE INDEX dues_payments_branch ON dues_payments (branch_id, month);

    -- 活动经费 (LED-7): money in (the branch's share of retained dues) and each expense with its activity report
    CREATE TABLE fund_entries (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      kind text NOT NULL CHECK (kind IN ('allocation', 'expense')),
      occurred_on date NOT NULL,
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      title text NOT NULL,
      -- an allocation: the dues year it was computed on
      dues_year integer,
      -- an expense: its use under R-DUES-11, the written report of the activity, the activity's meeting if recorded
      use_category text CHECK (use_category IN ('training', 'materials', 'commendation', 'hardship', 'disaster', 'venue', 'other')),
      activity_report text,
      meeting_id uuid REFERENCES meetings(id),
      venue_plan_id uuid,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'expense' OR (use_category IS NOT NULL AND activity_report IS NOT NULL))
    );
    CREATE INDEX fund_entries_branch ON fund_entries (branch_id, occurred_on);
    -- REQ-2: a branch plans its venue costs, the 机关党委 reviews them
    CREATE TABLE venue_expense_plans (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      title text NOT NULL,
      amount_fen bigint NOT NULL CHECK (amount_fen > 0),
      details text,
      status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
      decided_on date,
      decision_note text,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    ALTER TABLE fund_entries ADD FOREIGN KEY (venue_plan_id) REFERENCES venue_expense_plans(id);

    -- 组织关系转接: in and out, 正式 and 临时, with the letter and its 回执
    CREATE TABLE transfers (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      -- the branch of the organ that sends (out) or receives (in)
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      direction text NOT NULL CHECK (direction IN ('in', 'out')),
      kind text NOT NULL CHECK (kind IN ('formal', 'temporary')),
      letter_no text,
      issued_on date NOT NULL,
      valid_days integer CHECK (valid_days BETWEEN 1 AND 180),
      -- the other side: a branch of this organ, or an outside organization by name
      other_branch_id uuid REFERENCES branches(id),
      other_org text,
      -- 党费已交到 (YYYY-MM), read from the dues ledger when the letter is made
      dues_paid_to text CHECK (dues_paid_to ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
      -- the day the membership ends (out) or starts (in)
      effective_on date NOT NULL,
      received_on date,
      receipt_returned_on date,
      status text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'received', 'completed', 'cancelled')),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (other_branch_id IS NULL OR other_branch_id <> branch_id),
      CHECK (other_branch_id IS NOT NULL OR other_org IS NOT NULL)
    );
    CREATE INDEX transfers_branch ON transfers (branch_id, issued_on);
    CREATE INDEX transfers_person ON transfers (person_id);

    -- work the party assigns (MEM-3's third counter of the 6-month watch), recorded by the committee
    CREATE TABLE work_assignments (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      title text NOT NULL,
      assigned_on date NOT NULL,
      due_on date NOT NULL,
      done_on date,
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (due_on >= assigned_on)
    );
    CREATE INDEX work_assignments_branch ON work_assignments (branch_id);

    -- 诫勉谈话 (MEM-4): its reason, the member's commitments and the outcome
    ALTER TABLE talks ADD COLUMN reason text;
    ALTER TABLE talks ADD COLUMN commitments text;
    ALTER TABLE talks ADD COLUMN outcome text;

    -- 困难党员 (MEM-5): the difficulty (visible per contracts §4), then each visit or help
    CREATE TABLE hardships (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      kind text NOT NULL CHECK (kind IN ('illness', 'financial', 'disaster', 'family', 'elderly', 'other')),
      details text NOT NULL,
      since_on date NOT NULL,
      resolved_on date,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX hardships_branch ON hardships (branch_id);
    CREATE TABLE care_visits (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      hardship_id uuid REFERENCES hardships(id),
      visited_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('visit', 'greeting', 'aid')),
      visitors text NOT NULL,
      aid_fen bigint CHECK (aid_fen >= 0),
      description text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX care_visits_person ON care_visits (person_id);

    -- 教育 (MEM-2): self-recorded study (meetings count by themselves), the yearly notebook, the secretary's training
    CREATE TABLE study_records (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      studied_on date NOT NULL,
      title text NOT NULL,
      form text NOT NULL CHECK (form IN ('self', 'online', 'training', 'other')),
      -- class hours in tenths (1.5 学时 = 15)
      hours_tenths integer CHECK (hours_tenths > 0),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX study_records_person ON study_records (person_id, studied_on);
    CREATE TABLE study_notebooks (
      person_id uuid NOT NULL REFERENCES persons(id),
      year integer NOT NULL,
      branch_id uuid NOT NULL REFERENCES branches(id),
      issued_on date NOT NULL,
      PRIMARY KEY (person_id, year)
    );
    CREATE TABLE secretary_trainings (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      title text NOT NULL,
      organizer text NOT NULL,
      start_on date NOT NULL,
      end_on date NOT NULL,
      hours_tenths integer CHECK (hours_tenths > 0),
      note text,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (end_on >= start_on)
    );
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
