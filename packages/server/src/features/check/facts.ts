import type { Kysely } from 'kysely';
import { emptyCareFacts, emptyVenueFacts, emptyArchiveFacts, emptyDevelopmentFacts, emptyDuesFacts, emptyLapseFacts, type BranchFacts, type CheckFacts, type ParamValue, type PersonFact } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { notFound } from '../../errors.js';
import * as repo from './repository.js';
import { addMemberManagementFacts, loadMemberManagementFacts } from './members/index.js';
import { loadVenueFacts } from './venues.js';
import { loadArchiveFacts } from './archives.js';

/** The dates whose records a check of `year` judged at `asOf` reads: from 1 January to the year's last judged day. */
export function rangeOf(year: number, asOf: string): { from: string; to: string } {
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: asOf < end ? asOf : end };
}

/** Loads the facts of an organ (or some of its branches) with one query per kind of record, and assembles them. */
export async function loadCheckFacts(
  db: Kysely<DB>,
  organId: string,
  range: { from: string; to: string },
  branchIds?: readonly string[],
): Promise<CheckFacts> {
  const r: repo.FactRange = { organId, ...range, ...(branchIds ? { branchIds } : {}) };
  const year = Number(range.from.slice(0, 4));
  // the records of issue 5 (LIFE-6..9, MEM-4, LED-1) and issue 6 (党员管理) load alongside the others, all at once
  // (on PostgreSQL each on its own connection: one wave of queries, not two)
  const members = loadMemberManagementFacts(db, r);
  const [[organ, units, branches, memberships, groups, committees, posts, params, exemptions, meetings], life, memberFacts, venueFacts, archiveFacts] = await Promise.all([
    Promise.all([
      repo.loadOrgan(db, organId),
      repo.loadUnits(db, organId),
      repo.loadBranches(db, r),
      repo.loadMemberships(db, r),
      repo.loadGroups(db, r),
      repo.loadCommittees(db, r),
      repo.loadPosts(db, r),
      repo.loadParamChanges(db, organId),
      repo.loadExemptions(db, organId),
      repo.loadMeetings(db, r),
    ]),
    Promise.all([repo.loadTalks(db, r), repo.loadLifeRecords(db, r, year)]),
    members,
    loadVenueFacts(db, r),
    loadArchiveFacts(db, r),
  ]);
  const [talks, records] = life;
  if (!organ) throw notFound('机关');
  const byBranch = new Map<string, BranchFacts>();
  for (const b of branches) {
    byBranch.set(b.id, {
      id: b.id,
      fullName: b.full_name,
      shortName: b.short_name,
      kind: b.kind,
      foundedOn: b.founded_on,
      dissolvedOn: b.dissolved_on,
      persons: [],
      groups: [],
      committees: [],
      posts: [],
      meetings: [],
      plannedMeetings: [],
      talks: [],
      rectifications: [],
      appraisals: [],
      reports: [],
      memberReports: [],
      recordBooks: [],
      dues: emptyDuesFacts(),
      development: emptyDevelopmentFacts(),
      lapse: emptyLapseFacts(),
      care: emptyCareFacts(),
      venues: emptyVenueFacts(),
      archive: emptyArchiveFacts(),
    });
  }
  const personIndex = new Map<string, PersonFact>();
  for (const m of memberships) {
    const b = byBranch.get(m.branch_id);
    if (!b) continue;
    const key = `${m.branch_id}/${m.person_id}`;
    let p = personIndex.get(key);
    if (!p) {
      p = { id: m.person_id, name: m.name, category: m.category, joinedOn: m.joined_on, confirmedOn: m.confirmed_on, status: m.status, memberships: [] };
      personIndex.set(key, p);
      b.persons.push(p);
    }
    p.memberships.push({ startOn: m.start_on, endOn: m.end_on });
  }
  for (const g of groups) {
    byBranch.get(g.branch_id)?.groups.push({
      id: g.id,
      name: g.name,
      leaderPersonId: g.leader_person_id,
      foundedOn: g.founded_on,
      dissolvedOn: g.dissolved_on,
      memberships: g.members,
    });
  }
  for (const c of committees) {
    byBranch.get(c.branch_id)?.committees.push({
      id: c.id,
      kind: c.kind,
      startOn: c.start_on,
      termYears: c.term_years,
      electedOn: c.elected_on,
      endedOn: c.ended_on,
      extensions: c.extensions,
      members: c.members,
      vacancies: c.vacancies,
      election: c.election,
    });
  }
  for (const p of posts) {
    byBranch.get(p.branch_id)?.posts.push({ personId: p.person_id, name: p.name, role: p.role, startOn: p.start_on, endOn: p.end_on });
  }
  for (const m of meetings) {
    byBranch.get(m.branch_id)?.meetings.push({
      id: m.id,
      kind: m.kind,
      groupId: m.group_id,
      heldOn: m.held_on,
      startTime: m.start_time,
      endTime: m.end_time,
      title: m.title,
      lecturerPersonId: m.lecturer_person_id,
      themeDay:
        m.kind === 'themeDay' || m.recited_constitution !== null || m.studied !== null || m.paid_dues !== null
          ? { recitedConstitution: m.recited_constitution === true, studied: m.studied === true, paidDues: m.paid_dues === true, duesPresent: m.present_count, duesUnpaid: m.unpaid_count }
          : null,
    });
  }
  addLifeRecords(byBranch, { ...records, talks });
  addMemberManagementFacts(memberFacts, byBranch);
  for (const [id, f] of venueFacts) {
    const b = byBranch.get(id);
    if (b) b.venues = f;
  }
  for (const [id, f] of archiveFacts) {
    const b = byBranch.get(id);
    if (b) b.archive = f;
  }
  return {
    organ: { id: organ.id, name: organ.name, recordsStartOn: organ.records_start_on },
    units: units.map((u) => ({ id: u.id, name: u.name, branchIds: u.branch_ids })),
    branches: [...byBranch.values()],
    overrides: params.map((p) => ({ key: p.key, value: p.value as ParamValue, effectiveFrom: p.effective_from })),
    exemptions: exemptions.map((e) => ({ id: e.id, branchId: e.branch_id, rule: e.rule, fromOn: e.from_on, toOn: e.to_on, reason: e.reason })),
  };
}

type LifeRecords = repo.LifeRecordRows & { talks: Awaited<ReturnType<typeof repo.loadTalks>> };

/** Files the records of issue 5 (LIFE-6..9, MEM-4, LED-1) under their branches. */
function addLifeRecords(byBranch: Map<string, BranchFacts>, x: LifeRecords): void {
  for (const m of x.planned) byBranch.get(m.branch_id)?.plannedMeetings.push({ id: m.id, kind: m.kind, groupId: m.group_id, plannedOn: m.planned_on });
  for (const t of x.talks) {
    byBranch.get(t.branch_id)?.talks.push({ id: t.id, kind: t.kind, talkedOn: t.talked_on, talkerPersonId: t.talker, talkeePersonId: t.talkee });
  }
  for (const i of x.rectifications) {
    byBranch.get(i.branch_id)?.rectifications.push({
      id: i.id,
      meetingId: i.meeting_id,
      seq: i.seq,
      problem: i.problem,
      deadline: i.deadline,
      status: i.status,
      closedOn: i.closed_on,
      carryReason: i.carry_reason,
    });
  }
  for (const a of x.appraisals) {
    byBranch.get(a.branch_id)?.appraisals.push({ id: a.id, year: a.year, step: a.step, startedOn: a.started_on, gradedOn: a.graded_on, memberCount: a.member_count });
  }
  for (const b of x.reports) {
    byBranch.get(b.branch_id)?.reports.push({
      id: b.id,
      year: b.year,
      kind: b.kind,
      status: b.status,
      reportedOn: b.reported_on,
      submittedOn: b.submitted_on,
      receivedOn: b.received_on,
      returnReason: b.return_reason,
    });
  }
  for (const m of x.memberReports) byBranch.get(m.branch_id)?.memberReports.push({ personId: m.person_id, year: m.year, reportedOn: m.reported_on });
  for (const b of x.books) {
    byBranch.get(b.branch_id)?.recordBooks.push({ id: b.id, groupId: b.group_id, year: b.year, closedOn: b.closed_on, handedOverOn: b.handed_over_on });
  }
  // LED-1 reads which groups met last year: their last 党小组会 of that year joins the meetings (every other rule
  // reads meetings of its own period only), and a group dissolved since joins the groups by name
  for (const m of x.lastYearGroupMeetings) {
    const b = byBranch.get(m.branch_id);
    if (!b) continue;
    b.meetings.push({ id: m.id, kind: 'groupMeeting', groupId: m.group_id, heldOn: m.held_on, startTime: null, endTime: null, title: null, lecturerPersonId: null, themeDay: null });
    if (!b.groups.some((g) => g.id === m.group_id)) {
      b.groups.push({ id: m.group_id, name: m.group_name, leaderPersonId: null, foundedOn: m.founded_on, dissolvedOn: m.dissolved_on, memberships: [] });
    }
  }
}
