import { sql, type Kysely } from 'kysely';

/**
 * 检查考核 (REQ-4, issue 7 §6): the 机关党委's annual assessment of each branch's standardization. A scheme (指标)
 * per year whose items are grouped by the six standards, each worth points and scored either from the standards
 * check's findings of that year or by an assessor; branches self-assess; results are stored as published and never
 * recomputed (contracts §2); nominations of 先进党支部 and 优秀党务工作者 carry their reasons. Frozen once landed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE assessments (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      year integer NOT NULL,
      title text NOT NULL,
      -- draft: the scheme is edited; open: branches self-assess and assessors score; published: results fixed
      status text NOT NULL CHECK (status IN ('draft', 'open', 'published')),
      -- grade bands, best first: [{"grade": "好", "min": 90}, …]; the last band's min is 0
      grades jsonb NOT NULL,
      opened_at timestamptz,
      published_at timestamptz,
      published_by text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (organ_id, year)
    );
    CREATE TABLE assessment_items (
      id uuid PRIMARY KEY,
      assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
      -- one of the six standards: ORG, LIFE, MEM, LED, VEN, ROLE (and REQ for 组织实施)
      standard text NOT NULL,
      clause text NOT NULL,
      title text NOT NULL,
      -- 评分标准 shown to branches and assessors
      guidance text NOT NULL DEFAULT '',
      points numeric(5,1) NOT NULL CHECK (points > 0),
      -- findings: scored from the year's findings of the clause; assessor: scored by an assessor with a note
      method text NOT NULL CHECK (method IN ('findings', 'assessor')),
      sort_order integer NOT NULL
    );
    CREATE INDEX assessment_items_assessment ON assessment_items (assessment_id, sort_order);
    -- a branch's self-assessment and an assessor's score of one item (evidence files: attachments of entity
    -- assessmentScore); a findings item has no row until an assessor overrides it with a note
    CREATE TABLE assessment_scores (
      id uuid PRIMARY KEY,
      assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
      item_id uuid NOT NULL REFERENCES assessment_items(id) ON DELETE CASCADE,
      branch_id uuid NOT NULL REFERENCES branches(id),
      self_score numeric(5,1),
      self_note text,
      score numeric(5,1),
      -- the reason for every lost point
      note text,
      scored_by text,
      scored_at timestamptz,
      UNIQUE (item_id, branch_id)
    );
    CREATE INDEX assessment_scores_branch ON assessment_scores (assessment_id, branch_id);
    -- a branch's self-assessment, submitted as a whole
    CREATE TABLE assessment_submissions (
      assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
      branch_id uuid NOT NULL REFERENCES branches(id),
      summary text NOT NULL DEFAULT '',
      submitted_by text NOT NULL,
      submitted_at timestamptz NOT NULL,
      PRIMARY KEY (assessment_id, branch_id)
    );
    -- stored as published, never recomputed: total, grade, rank and each item's score with its reason
    CREATE TABLE assessment_results (
      assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
      branch_id uuid NOT NULL REFERENCES branches(id),
      total numeric(6,1) NOT NULL,
      grade text NOT NULL,
      rank integer NOT NULL,
      -- [{"itemId", "clause", "title", "points", "score", "reason"}]
      items jsonb NOT NULL,
      PRIMARY KEY (assessment_id, branch_id)
    );
    CREATE TABLE assessment_nominations (
      id uuid PRIMARY KEY,
      assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
      -- advancedBranch: 先进党支部 (branch_id); excellentWorker: 优秀党务工作者 (person_id, of branch_id)
      kind text NOT NULL CHECK (kind IN ('advancedBranch', 'excellentWorker')),
      branch_id uuid NOT NULL REFERENCES branches(id),
      person_id uuid REFERENCES persons(id),
      reason text NOT NULL,
      nominated_by text NOT NULL,
      nominated_at timestamptz NOT NULL,
      CHECK ((kind = 'advancedBranch') = (person_id IS NULL))
    );
    CREATE INDEX assessment_nominations_assessment ON assessment_nominations (assessment_id);
  `.execute(db);
}
