import { sql, type Kysely } from 'kysely';

/**
 * The rest of 组织生活 (issue 5): talks (MEM-4), the 组织生活会's three parts and its 整改落实台账 (LIFE-7), 民主评议党员
 * (LIFE-9), the branch's reports and each member's 党员汇报 (LIFE-6, LIFE-8), and the yearly meeting record book
 * (LED-1). Frozen: never edit after landing.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE talks (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      -- 诫勉谈话 ('admonition') is recorded from the members issue on
      kind text NOT NULL DEFAULT 'heartToHeart' CHECK (kind IN ('heartToHeart', 'admonition')),
      -- 组织生活会前谈心 / 日常谈心 / 提醒谈话 / 关怀谈话 (forms.md §8)
      purpose text NOT NULL DEFAULT 'routine' CHECK (purpose IN ('beforeLifeMeeting', 'routine', 'reminder', 'care')),
      form text NOT NULL DEFAULT 'inPerson' CHECK (form IN ('inPerson', 'phone')),
      talked_on date NOT NULL,
      place text,
      talker_person_id uuid NOT NULL REFERENCES persons(id),
      talkee_person_id uuid NOT NULL REFERENCES persons(id),
      topics text NOT NULL,
      -- 存在问题及改进措施, 对谈话人/对象的意见建议
      problems text,
      follow_up text,
      follow_up_on date,
      -- held before this 组织生活会 (a meetings row of kind lifeMeeting)
      life_meeting_id uuid REFERENCES meetings(id),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (talker_person_id <> talkee_person_id)
    );
    CREATE INDEX talks_branch ON talks (branch_id, talked_on);
    CREATE INDEX talks_talkee ON talks (talkee_person_id);

    -- 组织生活会: the parts before and after the meeting itself (the meeting is a meetings row of kind lifeMeeting)
    CREATE TABLE life_meeting_preparations (
      meeting_id uuid PRIMARY KEY REFERENCES meetings(id),
      theme text,
      -- 征求意见: when, how many, what they said
      opinions_collected_on date,
      opinion_count integer CHECK (opinion_count >= 0),
      opinions_summary text,
      -- 向上级报告 of the meeting and its rectification
      reported_on date
    );
    -- 对照检查材料 of each committee member (the text itself is an attachment of entity 'selfInspection')
    CREATE TABLE self_inspections (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      submitted_on date,
      summary text,
      UNIQUE (meeting_id, person_id)
    );
    -- 相互批评意见 (forms.md §7b)
    CREATE TABLE criticisms (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      target_person_id uuid NOT NULL REFERENCES persons(id),
      critic_person_id uuid NOT NULL REFERENCES persons(id),
      opinion text NOT NULL,
      response text,
      CHECK (target_person_id <> critic_person_id)
    );
    CREATE INDEX criticisms_meeting ON criticisms (meeting_id);
    -- 整改落实台账 (forms.md §7c): evidence of closing is an attachment of entity 'rectification'
    CREATE TABLE rectifications (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      seq integer NOT NULL,
      source text NOT NULL CHECK (source IN ('selfInspection', 'criticism', 'opinions', 'higher', 'other')),
      problem text NOT NULL,
      measure text NOT NULL,
      owner_person_id uuid REFERENCES persons(id),
      owner_name text,
      deadline date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'carriedOver')),
      progress text,
      closed_on date,
      carry_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (meeting_id, seq),
      CHECK (status <> 'closed' OR closed_on IS NOT NULL),
      CHECK (status <> 'carriedOver' OR carry_reason IS NOT NULL)
    );
    CREATE INDEX rectifications_branch ON rectifications (branch_id);

    -- 民主评议党员 (LIFE-9): one per branch and year, in four steps
    CREATE TABLE appraisals (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      step text NOT NULL DEFAULT 'selfReview' CHECK (step IN ('selfReview', 'peerReview', 'ballot', 'grading', 'done')),
      started_on date NOT NULL,
      -- the 民主评议 meeting (互评 and 测评 happen there)
      meeting_id uuid REFERENCES meetings(id),
      ballot_mode text NOT NULL DEFAULT 'paper' CHECK (ballot_mode IN ('paper', 'online')),
      ballot_open boolean NOT NULL DEFAULT false,
      -- 发出 / 收回 votes (paper); online: returned is the count of those who voted
      ballots_issued integer CHECK (ballots_issued >= 0),
      ballots_returned integer CHECK (ballots_returned >= 0),
      peer_reviewed_on date,
      balloted_on date,
      graded_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (branch_id, year),
      CHECK (ballots_returned IS NULL OR ballots_issued IS NULL OR ballots_returned <= ballots_issued)
    );
    -- one row per member appraised; tallies only, never a ballot (contracts §5)
    CREATE TABLE appraisal_members (
      appraisal_id uuid NOT NULL REFERENCES appraisals(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      -- 预备党员 take part but get no grade
      graded boolean NOT NULL DEFAULT true,
      self_review text,
      self_review_on date,
      self_review_by text CHECK (self_review_by IN ('self', 'committee')),
      peer_review text,
      tally_excellent integer NOT NULL DEFAULT 0 CHECK (tally_excellent >= 0),
      tally_qualified integer NOT NULL DEFAULT 0 CHECK (tally_qualified >= 0),
      tally_basic integer NOT NULL DEFAULT 0 CHECK (tally_basic >= 0),
      tally_unqualified integer NOT NULL DEFAULT 0 CHECK (tally_unqualified >= 0),
      grade text CHECK (grade IN ('excellent', 'qualified', 'basic', 'unqualified')),
      grade_note text,
      feedback_on date,
      PRIMARY KEY (appraisal_id, person_id)
    );
    -- who voted online (never what): a second ballot is refused by the key
    CREATE TABLE appraisal_voters (
      appraisal_id uuid NOT NULL REFERENCES appraisals(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      PRIMARY KEY (appraisal_id, person_id)
    );

    -- LIFE-6: the branch's yearly report to the 机关党委 ('toOrgan') and the year-end report to the 党员大会 ('toAssembly')
    CREATE TABLE branch_reports (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      year integer NOT NULL,
      kind text NOT NULL CHECK (kind IN ('toOrgan', 'toAssembly')),
      title text NOT NULL,
      body text,
      -- toAssembly: the 党员大会 it was given at
      meeting_id uuid REFERENCES meetings(id),
      reported_on date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'received', 'returned')),
      submitted_on date,
      received_on date,
      return_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (branch_id, year, kind)
    );
    -- LIFE-8: every member's yearly 党员汇报, to the group or the branch
    CREATE TABLE member_reports (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      year integer NOT NULL,
      reported_on date NOT NULL,
      audience text NOT NULL CHECK (audience IN ('group', 'branch')),
      -- given at this meeting (e.g. the 民主评议 meeting, when combined)
      meeting_id uuid REFERENCES meetings(id),
      content text,
      entered_by text NOT NULL CHECK (entered_by IN ('self', 'committee')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (branch_id, person_id, year)
    );

    -- LED-1: a branch's (group_id null) or a group's record book of a year, closed and handed over, then read-only
    CREATE TABLE record_books (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      group_id uuid REFERENCES party_groups(id),
      year integer NOT NULL,
      closed_on date NOT NULL,
      closed_by text NOT NULL,
      -- the bound PDF as it was on closing
      file_sha256 text REFERENCES files(sha256),
      handed_to text,
      handed_over_on date,
      UNIQUE NULLS NOT DISTINCT (branch_id, group_id, year)
    );
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
