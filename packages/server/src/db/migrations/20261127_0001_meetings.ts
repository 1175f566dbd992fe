import { sql, type Kysely } from 'kysely';

/** Meetings (三会一课, 主题党日, 组织生活会 …) and their attendance (LIFE-1..5, issue 5). Frozen: never edit after landing. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations never import app types (style.md 7)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE meetings (
      id uuid PRIMARY KEY,
      organ_id uuid NOT NULL REFERENCES organs(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      -- a 党小组会 belongs to a group of the branch
      group_id uuid REFERENCES party_groups(id),
      kind text NOT NULL CHECK (kind IN ('assembly', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay', 'lifeMeeting', 'appraisalMeeting', 'other')),
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
      held_on date NOT NULL,
      start_time text CHECK (start_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
      end_time text CHECK (end_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
      place text,
      title text,
      host_person_id uuid REFERENCES persons(id),
      recorder_person_id uuid REFERENCES persons(id),
      -- 党课: the lecturer (a person of the organ, or a named outside speaker) and the topic
      lecturer_person_id uuid REFERENCES persons(id),
      lecturer_name text,
      topic text,
      agenda jsonb NOT NULL DEFAULT '[]'::jsonb,
      minutes text,
      resolutions jsonb NOT NULL DEFAULT '[]'::jsonb,
      -- a 党员大会 that decides or elects needs its quorum
      decides boolean NOT NULL DEFAULT false,
      -- 主题党日: the required actions and the optional forms of LIFE-5
      theme_day jsonb,
      -- when it was first recorded as held (the real clock), for 补录
      recorded_at timestamptz,
      review_status text NOT NULL DEFAULT 'none' CHECK (review_status IN ('none', 'submitted', 'returned', 'spotChecked')),
      submitted_on date,
      return_reason text,
      spot_check_note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'groupMeeting' OR group_id IS NOT NULL)
    );
    CREATE INDEX meetings_branch ON meetings (branch_id, held_on);
    CREATE INDEX meetings_organ ON meetings (organ_id, held_on);
    CREATE TABLE meeting_attendance (
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      person_id uuid NOT NULL REFERENCES persons(id),
      status text NOT NULL CHECK (status IN ('present', 'onLeave', 'absent')),
      reason text,
      -- an activist or other guest invited (not counted in 应到)
      guest boolean NOT NULL DEFAULT false,
      PRIMARY KEY (meeting_id, person_id)
    );
    CREATE INDEX meeting_attendance_person ON meeting_attendance (person_id);
  `.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('forward-only migrations');
}
