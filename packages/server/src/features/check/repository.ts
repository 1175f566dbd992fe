import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { BranchRole, MeetingKind, PersonCategory, PersonStatus } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { unpaidByDay } from '../dues/paidByDay.js';

/**
 * The facts of the standards check, loaded for every branch of an organ at once: one query per kind of record,
 * never one per branch or per rule (issue 4 §2). `branchIds` narrows to some branches (a re-check after an edit).
 * Records are those overlapping [from, to], so every period of the year judged can be recomputed.
 */
export interface FactRange {
  organId: string;
  from: string;
  to: string;
  branchIds?: readonly string[];
}

const branchFilter = (col: string, r: FactRange) =>
  r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``;

export async function loadOrgan(db: Kysely<DB>, organId: string) {
  return db.selectFrom('organs').select(['id', 'name', 'records_start_on']).where('id', '=', organId).executeTakeFirst();
}

export async function loadBranches(db: Kysely<DB>, r: FactRange) {
  const q = await sql<{ id: string; full_name: string; short_name: string; kind: 'single' | 'joint'; founded_on: string | null; dissolved_on: string | null }>`
    select id, full_name, short_name, kind, founded_on, dissolved_on from branches b
    where organ_id = ${r.organId} ${branchFilter('b.id', r)}`.execute(db);
  return q.rows;
}

export async function loadUnits(db: Kysely<DB>, organId: string) {
  const q = await sql<{ id: string; name: string; branch_ids: string[] }>`
    select u.id, u.name, coalesce(array_agg(bu.branch_id) filter (where bu.branch_id is not null), '{}') as branch_ids
    from units u left join branch_units bu on bu.unit_id = u.id
    where u.organ_id = ${organId} group by u.id, u.name`.execute(db);
  return q.rows;
}

export interface MembershipRow {
  branch_id: string;
  person_id: string;
  name: string;
  category: PersonCategory;
  joined_on: string | null;
  confirmed_on: string | null;
  status: PersonStatus;
  start_on: string;
  end_on: string | null;
}

export async function loadMemberships(db: Kysely<DB>, r: FactRange): Promise<MembershipRow[]> {
  // one JSON document rather than a row each (decoding rows one by one is most of the cost on PGlite), of arrays, not
  // objects: json_build_object costs PGlite four times as much and PostgreSQL twice
  const q = await sql<{ rows: [string, string, string, PersonCategory, string | null, string | null, PersonStatus, string, string | null][] | null }>`
    select json_agg(json_build_array(bm.branch_id, p.id, p.name, p.category, p.joined_on, p.confirmed_on, p.status, bm.start_on, bm.end_on)) as rows
    from branch_memberships bm
    join branches b on b.id = bm.branch_id
    join persons p on p.id = bm.person_id
    where b.organ_id = ${r.organId} and bm.start_on <= ${r.to}::date and (bm.end_on is null or bm.end_on >= ${r.from}::date)
      ${branchFilter('bm.branch_id', r)}`.execute(db);
  return (q.rows[0]?.rows ?? []).map(([branch_id, person_id, name, category, joined_on, confirmed_on, status, start_on, end_on]) => ({
    branch_id, person_id, name, category, joined_on, confirmed_on, status, start_on, end_on,
  }));
}

export async function loadGroups(db: Kysely<DB>, r: FactRange) {
  const q = await sql<{
    id: string;
    branch_id: string;
    name: string;
    leader_person_id: string | null;
    founded_on: string | null;
    dissolved_on: string | null;
    members: [personId: string, startOn: string, endOn: string | null][];
  }>`
    select g.id, g.branch_id, g.name, g.leader_person_id, g.founded_on, g.dissolved_on,
      coalesce((select json_agg(json_build_array(gm.person_id, gm.start_on, gm.end_on))
        from group_memberships gm where gm.group_id = g.id and gm.start_on <= ${r.to}::date
          and (gm.end_on is null or gm.end_on >= ${r.from}::date)), '[]') as members
    from party_groups g join branches b on b.id = g.branch_id
    where b.organ_id = ${r.organId} and (g.dissolved_on is null or g.dissolved_on >= ${r.from}::date)
      and (g.founded_on is null or g.founded_on <= ${r.to}::date) ${branchFilter('g.branch_id', r)}`.execute(db);
  return q.rows.map((g) => ({ ...g, members: g.members.map(([personId, startOn, endOn]) => ({ personId, startOn, endOn })) }));
}

export interface CommitteeRow {
  id: string;
  branch_id: string;
  kind: 'committee' | 'secretaryOnly';
  start_on: string;
  term_years: number;
  elected_on: string | null;
  ended_on: string | null;
  election: { id: string; status: 'draft' | 'held' | 'submitted' | 'returned' | 'approved'; returnReason: string | null; submittedOn: string | null } | null;
  members: {
    id: string;
    personId: string;
    name: string;
    role: BranchRole;
    startOn: string;
    endOn: string | null;
    origin: 'elected' | 'byElection' | 'appointed' | 'recorded';
    approvedOn: string | null;
  }[];
  extensions: { id: string; months: number; approvedOn: string }[];
  vacancies: { id: string; role: BranchRole; personName: string; arisenOn: string; filledOn: string | null; filledBy: 'byElection' | 'appointment' | null }[];
}

/** Terms in force at some time of the range, with members, extensions, vacancies and their election's state. */
export async function loadCommittees(db: Kysely<DB>, r: FactRange): Promise<CommitteeRow[]> {
  const q = await sql<CommitteeRow>`
    select c.id, c.branch_id, c.kind, c.start_on, c.term_years, c.elected_on, c.ended_on,
      (select json_build_object('id', e.id, 'status', e.status, 'returnReason', e.return_reason, 'submittedOn', e.submitted_on)
         from elections e where e.id = c.election_id) as election,
      coalesce((select json_agg(json_build_object('id', m.id, 'personId', m.person_id, 'name', p.name, 'role', m.role,
          'startOn', m.start_on, 'endOn', m.end_on, 'origin', m.origin, 'approvedOn', m.approved_on) order by m.start_on)
        from committee_members m join persons p on p.id = m.person_id where m.committee_id = c.id), '[]') as members,
      coalesce((select json_agg(json_build_object('id', x.id, 'months', x.months, 'approvedOn', x.approved_on) order by x.approved_on)
        from committee_extensions x where x.committee_id = c.id), '[]') as extensions,
      coalesce((select json_agg(json_build_object('id', v.id, 'role', v.role, 'personName', coalesce(p.name, ''),
          'arisenOn', v.arisen_on, 'filledOn', v.filled_on, 'filledBy', v.filled_by) order by v.arisen_on)
        from committee_vacancies v left join committee_members m on m.id = v.member_id left join persons p on p.id = m.person_id
        where v.committee_id = c.id), '[]') as vacancies
    from committees c
    where c.organ_id = ${r.organId} and c.start_on <= ${r.to}::date and (c.ended_on is null or c.ended_on >= ${r.from}::date)
      ${branchFilter('c.branch_id', r)}`.execute(db);
  return q.rows;
}

export async function loadPosts(db: Kysely<DB>, r: FactRange) {
  const q = await sql<{ branch_id: string; person_id: string; name: string; role: BranchRole; start_on: string; end_on: string | null }>`
    select bp.branch_id, bp.person_id, p.name, bp.role, bp.start_on, bp.end_on
    from branch_posts bp join branches b on b.id = bp.branch_id join persons p on p.id = bp.person_id
    where b.organ_id = ${r.organId} and bp.start_on <= ${r.to}::date and (bp.end_on is null or bp.end_on >= ${r.from}::date)
      ${branchFilter('bp.branch_id', r)}`.execute(db);
  return q.rows;
}

export interface MeetingRow {
  id: string;
  branch_id: string;
  kind: MeetingKind;
  group_id: string | null;
  held_on: string;
  start_time: string | null;
  end_time: string | null;
  title: string | null;
  lecturer_person_id: string | null;
  /** 主题党日: the three required actions, null for other meetings */
  recited_constitution: boolean | null;
  studied: boolean | null;
  paid_dues: boolean | null;
  /** 主题党日: the 党员 recorded present (guests excluded) and how many of them had not paid the month by the day (LIFE-5 交纳当月党费); 0 for other meetings */
  present_count: number;
  unpaid_count: number;
}

/**
 * Meetings held in the range, as one JSON document (row by row decoding costs PGlite three times as much); only the
 * three ticks of `theme_day` are read. Attendance is not joined row by row (the join was two thirds of the check's
 * time): only a 主题党日's present 党员 are counted, in SQL.
 */
export async function loadMeetings(db: Kysely<DB>, r: FactRange): Promise<MeetingRow[]> {
  // arrays, not objects: a large organ has 100k meetings, and repeating every key in each one doubled the document.
  // The 主题党日 dues counts are a second query on a second connection (PostgreSQL runs both at once).
  const [q, dues] = await Promise.all([
    sql<{ rows: [string, string, MeetingKind, string | null, string, string | null, string | null, string | null, string | null, boolean | null, boolean | null, boolean | null][] | null }>`
      select json_agg(json_build_array(m.id, m.branch_id, m.kind, m.group_id, m.held_on, m.start_time, m.end_time, m.title,
        m.lecturer_person_id, (m.theme_day->>'recitedConstitution')::boolean, (m.theme_day->>'studied')::boolean,
        (m.theme_day->>'paidDues')::boolean)) as rows
      from meetings m
      where m.organ_id = ${r.organId} and m.status = 'held' and m.held_on between ${r.from}::date and ${r.to}::date
        ${branchFilter('m.branch_id', r)}`.execute(db),
    loadThemeDayDues(db, r),
  ]);
  return (q.rows[0]?.rows ?? []).map(([id, branch_id, kind, group_id, held_on, start_time, end_time, title, lecturer_person_id, recited_constitution, studied, paid_dues]) => {
    const d = dues.get(id);
    return { id, branch_id, kind, group_id, held_on, start_time, end_time, title, lecturer_person_id, recited_constitution, studied, paid_dues, present_count: d?.[0] ?? 0, unpaid_count: d?.[1] ?? 0 };
  });
}

/**
 * LIFE-5 交纳当月党费 per 主题党日 of the range: how many 党员 were present (not guests) and how many of them had not
 * paid the month by the day (`unpaidByDay`, the predicate the meeting page uses), counted in SQL: 600,000 attendances
 * of a large organ stay out of the result.
 */
async function loadThemeDayDues(db: Kysely<DB>, r: FactRange): Promise<Map<string, [present: number, unpaid: number]>> {
  const unpaid = (person: string, month: RawBuilder<unknown>, day: string) => unpaidByDay(sql.ref(person), month, sql.ref(day));
  const inRange = sql`t.organ_id = ${r.organId} and t.kind = 'themeDay' and t.status = 'held' and t.held_on between ${r.from}::date and ${r.to}::date
    and a.status = 'present' and not a.guest and p.category in ('full', 'probationary') ${branchFilter('t.branch_id', r)}`;
  // A few branches: their few hundred attendances probe the payments' index one by one. The whole organ: every
  // attendance and every payment read once, hash anti-joined (a probe each would be 600,000 on a large organ).
  const q = r.branchIds
    ? await sql<{ rows: [string, number, number][] | null }>`
        select json_agg(json_build_array(g.id, g.n, g.unpaid)) as rows from (
          select t.id, count(*)::int as n, count(*) filter (where ${unpaid('a.person_id', sql`to_char(t.held_on, 'YYYY-MM')`, 't.held_on')})::int as unpaid
          from meetings t join meeting_attendance a on a.meeting_id = t.id join persons p on p.id = a.person_id
          where ${inRange} group by t.id) g`.execute(db)
    : await sql<{ rows: [string, number, number | null][] | null }>`
        with present as (
          select t.id as meeting_id, a.person_id, t.held_on, to_char(t.held_on, 'YYYY-MM') as month
          from meeting_attendance a join meetings t on t.id = a.meeting_id join persons p on p.id = a.person_id
          where ${inRange}),
        counted as (select meeting_id, count(*)::int as n from present group by meeting_id),
        unpaid as (select x.meeting_id, count(*)::int as n from present x where ${unpaid('x.person_id', sql.ref('x.month'), 'x.held_on')} group by x.meeting_id)
        select json_agg(json_build_array(c.meeting_id, c.n, u.n)) as rows from counted c left join unpaid u on u.meeting_id = c.meeting_id`.execute(db);
  return new Map((q.rows[0]?.rows ?? []).map(([id, n, u]) => [id, [n, u ?? 0]]));
}

export async function loadParamChanges(db: Kysely<DB>, organId: string) {
  return db
    .selectFrom('rule_param_changes')
    .select(['id', 'key', 'value', 'effective_from', 'reason'])
    .where('organ_id', '=', organId)
    .orderBy('effective_from')
    .execute();
}

export async function loadExemptions(db: Kysely<DB>, organId: string) {
  return db
    .selectFrom('rule_exemptions')
    .innerJoin('branches', 'branches.id', 'rule_exemptions.branch_id')
    .select([
      'rule_exemptions.id',
      'rule_exemptions.branch_id',
      'branches.full_name as branch',
      'rule_exemptions.rule',
      'rule_exemptions.from_on',
      'rule_exemptions.to_on',
      'rule_exemptions.reason',
    ])
    .where('rule_exemptions.organ_id', '=', organId)
    .orderBy('rule_exemptions.from_on')
    .execute();
}

// ——— issue 5: the records of LIFE-6..9, MEM-4 and LED-1, one query per kind for all branches ———

/** Talks of the range (MEM-4): a few per member and year, so one JSON document. */
export async function loadTalks(db: Kysely<DB>, r: FactRange) {
  // arrays, as for meetings: tens of thousands of talks in a large organ
  const q = await sql<{ rows: [string, string, 'heartToHeart' | 'admonition', string, string, string][] | null }>`
    select json_agg(json_build_array(t.id, t.branch_id, t.kind, t.talked_on, t.talker_person_id, t.talkee_person_id)) as rows
    from talks t
    where t.organ_id = ${r.organId} and t.talked_on between ${r.from}::date and ${r.to}::date
      ${branchFilter('t.branch_id', r)}`.execute(db);
  return (q.rows[0]?.rows ?? []).map(([id, branch_id, kind, talked_on, talker, talkee]) => ({ id, branch_id, kind, talked_on, talker, talkee }));
}

/**
 * The smaller records of issue 5 for the range's year, as one JSON document from one query (each part is a handful of
 * rows per branch; with PGlite every query is a round trip on its one connection, and a one-branch re-check pays
 * them all): plans, 整改 items of the 组织生活会 held in the range (whatever their deadline: LIFE-7 judges them all),
 * the 民主评议 with its member count, the branch reports, every member's 党员汇报, the record books of this year and the
 * one before (LED-1 judges last year's), and each group's last 党小组会 of last year (a group that met then needs its
 * book of that year closed), with the group itself, which may have been dissolved since.
 */
export async function loadLifeRecords(db: Kysely<DB>, r: FactRange, year: number): Promise<LifeRecordRows> {
  const q = await sql<{ doc: LifeRecordRows }>`
    select json_build_object(
      'planned', coalesce((select json_agg(json_build_object('id', m.id, 'branch_id', m.branch_id, 'kind', m.kind, 'group_id', m.group_id, 'planned_on', m.held_on))
        from meetings m
        where m.organ_id = ${r.organId} and m.status = 'planned' and m.held_on between ${r.from}::date and ${r.to}::date ${branchFilter('m.branch_id', r)}), '[]'),
      'rectifications', coalesce((select json_agg(json_build_object('id', x.id, 'branch_id', x.branch_id, 'meeting_id', x.meeting_id, 'seq', x.seq,
          'problem', x.problem, 'deadline', x.deadline, 'status', x.status, 'closed_on', x.closed_on, 'carry_reason', x.carry_reason))
        from rectifications x join meetings m on m.id = x.meeting_id
        where x.organ_id = ${r.organId} and m.kind = 'lifeMeeting' and m.status = 'held'
          and m.held_on between ${r.from}::date and ${r.to}::date ${branchFilter('x.branch_id', r)}), '[]'),
      'appraisals', coalesce((select json_agg(json_build_object('id', a.id, 'branch_id', a.branch_id, 'year', a.year, 'step', a.step,
          'started_on', a.started_on, 'graded_on', a.graded_on,
          'member_count', (select count(*)::int from appraisal_members am where am.appraisal_id = a.id)))
        from appraisals a
        where a.organ_id = ${r.organId} and a.year = ${year} ${branchFilter('a.branch_id', r)}), '[]'),
      'reports', coalesce((select json_agg(json_build_object('id', br.id, 'branch_id', br.branch_id, 'year', br.year, 'kind', br.kind, 'status', br.status,
          'reported_on', br.reported_on, 'submitted_on', br.submitted_on, 'received_on', br.received_on, 'return_reason', br.return_reason))
        from branch_reports br
        where br.organ_id = ${r.organId} and br.year = ${year} ${branchFilter('br.branch_id', r)}), '[]'),
      'memberReports', coalesce((select json_agg(json_build_array(mr.branch_id, mr.person_id, mr.year, mr.reported_on))
        from member_reports mr
        where mr.organ_id = ${r.organId} and mr.year = ${year} ${branchFilter('mr.branch_id', r)}), '[]'),
      'books', coalesce((select json_agg(json_build_object('id', rb.id, 'branch_id', rb.branch_id, 'group_id', rb.group_id, 'year', rb.year,
          'closed_on', rb.closed_on, 'handed_over_on', rb.handed_over_on))
        from record_books rb
        where rb.organ_id = ${r.organId} and rb.year in (${year}, ${year - 1}) ${branchFilter('rb.branch_id', r)}), '[]'),
      'lastYearGroupMeetings', coalesce((select json_agg(g) from (
          select distinct on (m.group_id) m.id, m.branch_id, m.group_id, m.held_on, pg.name as group_name, pg.founded_on, pg.dissolved_on
          from meetings m join party_groups pg on pg.id = m.group_id
          where m.organ_id = ${r.organId} and m.status = 'held' and m.kind = 'groupMeeting'
            and m.held_on between ${`${year - 1}-01-01`}::date and ${`${year - 1}-12-31`}::date ${branchFilter('m.branch_id', r)}
          order by m.group_id, m.held_on desc) g), '[]')
    ) as doc`.execute(db);
  const doc = q.rows[0]!.doc;
  // member reports travel as arrays (one per member of the organ)
  const memberReports = (doc.memberReports as unknown as [string, string, number, string][]).map(([branch_id, person_id, y, reported_on]) => ({ branch_id, person_id, year: y, reported_on }));
  return { ...doc, memberReports };
}

export interface LifeRecordRows {
  planned: { id: string; branch_id: string; kind: MeetingKind; group_id: string | null; planned_on: string }[];
  rectifications: { id: string; branch_id: string; meeting_id: string; seq: number; problem: string; deadline: string; status: 'open' | 'closed' | 'carriedOver'; closed_on: string | null; carry_reason: string | null }[];
  appraisals: { id: string; branch_id: string; year: number; step: 'selfReview' | 'peerReview' | 'ballot' | 'grading' | 'done'; started_on: string; graded_on: string | null; member_count: number }[];
  reports: { id: string; branch_id: string; year: number; kind: 'toOrgan' | 'toAssembly'; status: 'draft' | 'submitted' | 'received' | 'returned'; reported_on: string | null; submitted_on: string | null; received_on: string | null; return_reason: string | null }[];
  memberReports: { branch_id: string; person_id: string; year: number; reported_on: string }[];
  books: { id: string; branch_id: string; group_id: string | null; year: number; closed_on: string; handed_over_on: string | null }[];
  lastYearGroupMeetings: { id: string; branch_id: string; group_id: string; held_on: string; group_name: string; founded_on: string | null; dissolved_on: string | null }[];
}

