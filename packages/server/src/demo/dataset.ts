import { addDays, addMonths, ageOn, daysBetween, isValidDate, yearOf } from '@zhibu/domain';
import { createPersonMaker, type DemoPerson } from './people.js';
import { BRANCH_PLANS, fullNameOf, ORGAN_NAME, specsOf, UNIT_NAMES, type BranchPlan, type DemoBranchRole } from './plans.js';
import { buildDemoMeetings, type DemoAttendance, type DemoMeeting } from './meetings.js';
import { buildDemoLife, type DemoLife } from './lifeRecords.js';
import { createRng } from './random.js';

export type { DemoPerson } from './people.js';
export type { DemoBranchRole } from './plans.js';

/**
 * The demo organ as plain data (product.md, "A realistic organ"): pure and deterministic — the same asOf gives
 * the same dataset, ids included, and every date is on or before asOf. The caller writes it to a database.
 */
export interface DemoDataset {
  organ: { id: string; name: string; recordsStartOn: string };
  units: { id: string; name: string }[];
  branches: { id: string; fullName: string; shortName: string; kind: 'single' | 'joint'; unitIds: string[]; foundedOn: string }[];
  groups: { id: string; branchId: string; name: string; leaderPersonId: string | null; foundedOn: string }[];
  persons: DemoPerson[];
  branchMemberships: DemoMembership[];
  groupMemberships: { id: string; personId: string; groupId: string; startOn: string; endOn: string | null }[];
  posts: { id: string; branchId: string; personId: string; role: DemoBranchRole; startOn: string }[];
  /** the current term of each branch, its members being `posts` (the committee is where branch roles come from) */
  committees: DemoCommittee[];
  accounts: { username: string; personId: string | null; organRoles: ('organAdmin' | 'assessor')[]; label: string }[];
  /** held meetings and their attendance (meetings.ts, with its deliberate gaps) */
  meetings: DemoMeeting[];
  attendance: DemoAttendance[];
  /** talks, 组织生活会 parts, 民主评议, reports, record books (lifeRecords.ts, with its deliberate gaps) */
  life: DemoLife;
}
export interface DemoCommittee {
  id: string;
  branchId: string;
  kind: 'committee' | 'secretaryOnly';
  startOn: string;
  termYears: number;
  electedOn: string | null;
  /** the 机关党委's approval of the 书记 / 副书记 (null: not recorded) */
  approvedOn: string | null;
}
export interface DemoMembership {
  id: string;
  personId: string;
  branchId: string;
  startOn: string;
  endOn: string | null;
}

const GROUP_NAMES = ['第一党小组', '第二党小组', '第三党小组', '第四党小组'];
const isMember = (p: DemoPerson) => p.category === 'full' || p.category === 'probationary';
const later = (a: string, b: string) => (a > b ? a : b);

/** What one branch came out as, for picking the demo accounts afterwards. */
interface BuiltBranch {
  plan: BranchPlan;
  id: string;
  persons: DemoPerson[];
  posts: Map<DemoBranchRole, DemoPerson>;
  groupIds: string[];
  leaders: DemoPerson[];
  /** people who hold nothing and never moved: candidates for the ordinary member's account */
  plain: DemoPerson[];
}

export function buildDemoDataset(asOf: string): DemoDataset {
  if (!isValidDate(asOf)) throw new Error(`buildDemoDataset: asOf must be YYYY-MM-DD, got ${asOf}`);
  const rng = createRng('zhibu-demo-facts');
  const ids = createRng('zhibu-demo-ids');
  const year = yearOf(asOf);
  const recordsStartOn = `${year - 1}-01-01`;
  const makePerson = createPersonMaker(rng, ids, asOf);
  /** a date drawn between two dates, both inclusive */
  const between = (from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

  const data: DemoDataset = {
    organ: { id: ids.uuid(), name: ORGAN_NAME, recordsStartOn },
    units: UNIT_NAMES.map((name) => ({ id: ids.uuid(), name })),
    branches: [],
    groups: [],
    persons: [],
    branchMemberships: [],
    groupMemberships: [],
    posts: [],
    committees: [],
    accounts: [],
    meetings: [],
    attendance: [],
    life: { talks: [], preparations: [], selfInspections: [], criticisms: [], rectifications: [], appraisals: [], appraisalMembers: [], branchReports: [], memberReports: [], recordBooks: [] },
  };
  const unitId = (name: string) => data.units.find((u) => u.name === name)!.id;
  /** a member's records start with the records, or with joining if that came later */
  const startOf = (p: DemoPerson) => (p.joinedOn ? later(recordsStartOn, p.joinedOn) : recordsStartOn);

  const built: BuiltBranch[] = [];
  for (const plan of BRANCH_PLANS) {
    const branchId = ids.uuid();
    const foundedOn = addDays(`${year - plan.foundedYearsAgo}-01-01`, rng.int(0, 180));
    data.branches.push({
      id: branchId,
      fullName: fullNameOf(plan),
      shortName: plan.shortName,
      kind: plan.kind,
      unitIds: plan.units.map(unitId),
      foundedOn,
    });
    const persons = specsOf(plan).map(makePerson);
    data.persons.push(...persons);
    for (const p of persons) data.branchMemberships.push({ id: ids.uuid(), personId: p.id, branchId, startOn: startOf(p), endOn: null });

    // The committee (or single 书记) took office before the records start: confirmed members of working age.
    const drawnStart = later(addDays(foundedOn, 30), addDays(recordsStartOn, -rng.int(150, 800)));
    const termStart = plan.term ? addMonths(asOf, -plan.term.startedMonthsAgo) : drawnStart;
    data.committees.push({
      id: ids.uuid(),
      branchId,
      kind: plan.committee.length > 1 ? 'committee' : 'secretaryOnly',
      startOn: termStart,
      termYears: plan.term?.years ?? 5,
      electedOn: plan.gaps?.includes('noElectionDate') ? null : termStart,
      approvedOn: plan.gaps?.includes('secretaryUnapproved') ? null : addDays(termStart, 20),
    });
    const eligible = persons.filter(
      (p) => p.category === 'full' && p.confirmedOn! <= termStart && ageOn(p.birthDate, termStart) >= 30 && ageOn(p.birthDate, termStart) <= (plan.retired ? 75 : 57),
    );
    // the 书记 is the most senior of them (a unit leader, as a rule); the other posts go to the next ones drawn
    const senior = eligible.reduce<DemoPerson | undefined>((a, p) => (!a || p.birthDate < a.birthDate ? p : a), undefined);
    if (senior) {
      eligible.splice(eligible.indexOf(senior), 1);
      eligible.unshift(senior);
    }
    const posts = new Map<DemoBranchRole, DemoPerson>();
    plan.committee.forEach((role, i) => {
      const holder = eligible[i];
      if (!holder) throw new Error(`demo: no one to be ${role} of ${plan.shortName}`);
      posts.set(role, holder);
      if (role === 'secretary' && !plan.retired && !holder.jobPost.endsWith('处长')) holder.jobPost = rng.pick(['处长', '副处长']);
      data.posts.push({ id: ids.uuid(), branchId, personId: holder.id, role, startOn: termStart });
    });
    const postHolders = new Set([...posts.values()].map((p) => p.id));

    // 党小组: members dealt round the groups; each led by a full member of it who holds no committee post.
    const groupIds: string[] = [];
    const groupOf = new Map<string, number>();
    const leaders: DemoPerson[] = [];
    const members = persons.filter(isMember);
    for (let g = 0; g < plan.groups; g++) {
      const inGroup = members.filter((_, i) => i % plan.groups === g);
      inGroup.forEach((p) => groupOf.set(p.id, g));
      const groupFoundedOn = later(addDays(foundedOn, 60), addDays(recordsStartOn, -rng.int(100, 700)));
      // elected, so a full member (预备党员 cannot be elected) when the group was set up
      const leader = inGroup.find((p) => p.category === 'full' && !postHolders.has(p.id) && p.confirmedOn! <= groupFoundedOn) ?? null;
      if (leader) leaders.push(leader);
      const id = ids.uuid();
      groupIds.push(id);
      data.groups.push({ id, branchId, name: GROUP_NAMES[g]!, leaderPersonId: leader?.id ?? null, foundedOn: groupFoundedOn });
    }
    const leaderIds = new Set(leaders.map((p) => p.id));
    const plain = persons.filter((p) => p.category === 'full' && !postHolders.has(p.id) && !leaderIds.has(p.id) && p.joinedOn! <= recordsStartOn);

    // A few members moved from one group to the next during the records, so that group history exists.
    const movers = new Set(plain.slice(1, 1 + (plan.groupMoves ?? 0)).map((p) => p.id));
    for (const p of members) {
      const g = groupOf.get(p.id);
      if (g === undefined) continue;
      if (movers.has(p.id)) {
        const movedOn = between(addDays(recordsStartOn, 90), addDays(asOf, -30));
        data.groupMemberships.push({ id: ids.uuid(), personId: p.id, groupId: groupIds[g]!, startOn: startOf(p), endOn: addDays(movedOn, -1) });
        data.groupMemberships.push({ id: ids.uuid(), personId: p.id, groupId: groupIds[(g + 1) % plan.groups]!, startOn: movedOn, endOn: null });
      } else {
        data.groupMemberships.push({ id: ids.uuid(), personId: p.id, groupId: groupIds[g]!, startOn: startOf(p), endOn: null });
      }
    }
    const stayers = plain.filter((p) => !movers.has(p.id));
    if (plan.gaps?.includes('twoPersonGroup')) twoPersonGroup(data, branchId, stayers, between(addDays(recordsStartOn, 200), addDays(asOf, -20)), ids.uuid);
    built.push({ plan, id: branchId, persons, posts, groupIds, leaders, plain: stayers });
  }

  transferOneMember(data, built, between, ids.uuid);
  data.accounts = demoAccounts(built);
  Object.assign(data, buildDemoMeetings(data, asOf));
  data.life = buildDemoLife(data, data.meetings, data.attendance, asOf);
  return data;
}

/**
 * A deliberate gap (ORG-4): two members leave their groups to form a new group of two, which is too small.
 * They are taken from the end of the plain members, so the demo accounts (drawn from the front) are not moved.
 */
function twoPersonGroup(data: DemoDataset, branchId: string, plain: DemoPerson[], on: string, uuid: () => string): void {
  const pair = plain.splice(-2, 2);
  const groupId = uuid();
  data.groups.push({ id: groupId, branchId, name: GROUP_NAMES[3]!, leaderPersonId: pair[0]!.id, foundedOn: on });
  for (const p of pair) {
    for (const m of data.groupMemberships) if (m.personId === p.id && m.endOn === null && m.startOn < on) m.endOn = addDays(on, -1);
    data.groupMemberships.push({ id: uuid(), personId: p.id, groupId, startOn: on, endOn: null });
  }
}

/**
 * History across branches: one member of 办公厅第一党支部 came from 研究室党支部 during the records. Their old
 * membership ends the day before the new one (and their group membership) starts.
 */
function transferOneMember(data: DemoDataset, built: BuiltBranch[], between: (a: string, b: string) => string, uuid: () => string): void {
  const from = built.find((b) => b.plan.shortName === '研究室党支部')!;
  const to = built[0]!;
  const person = to.plain.pop()!;
  const start = data.organ.recordsStartOn;
  const movedOn = between(addDays(start, 100), addDays(start, 250));
  const membership = data.branchMemberships.find((m) => m.personId === person.id)!;
  membership.startOn = movedOn;
  data.branchMemberships.push({ id: uuid(), personId: person.id, branchId: from.id, startOn: start, endOn: addDays(movedOn, -1) });
  for (const m of data.groupMemberships) if (m.personId === person.id) m.startOn = movedOn;
}

function demoAccounts(built: BuiltBranch[]): DemoDataset['accounts'] {
  const first = built[0]!;
  const research = built.find((b) => b.plan.shortName === '研究室党支部')!;
  const post = (b: BuiltBranch, role: DemoBranchRole) => b.posts.get(role)!.id;
  const groupName = GROUP_NAMES[0]!;
  return [
    { username: 'admin', personId: null, organRoles: ['organAdmin'], label: '机关党委管理员' },
    { username: 'assessor', personId: null, organRoles: ['assessor'], label: '考核人员' },
    { username: 'shuji', personId: post(first, 'secretary'), organRoles: [], label: `${first.plan.shortName}书记` },
    { username: 'zuzhi', personId: post(first, 'organizationMember'), organRoles: [], label: `${first.plan.shortName}组织委员` },
    { username: 'xuanchuan', personId: post(first, 'publicityMember'), organRoles: [], label: `${first.plan.shortName}宣传委员` },
    { username: 'zuzhang', personId: first.leaders[0]!.id, organRoles: [], label: `${first.plan.shortName}${groupName}组长` },
    { username: 'dangyuan', personId: first.plain[0]!.id, organRoles: [], label: `${first.plan.shortName}党员` },
    { username: 'jiji', personId: first.persons.find((p) => p.category === 'activist')!.id, organRoles: [], label: `${first.plan.shortName}入党积极分子` },
    { username: 'shuji2', personId: post(research, 'secretary'), organRoles: [], label: `${research.plan.shortName}书记` },
  ];
}
