import { addDays } from '@zhibu/domain';
import type { DemoDataset } from './dataset.js';
import type { DemoAttendance, DemoMeeting } from './meetings.js';
import { createRng } from './random.js';

/**
 * The demo's rest of 组织生活 (LIFE-6..9, MEM-4, LED-1) for the previous year and the current one, as table rows
 * (organ_id is added by the loader). Last year every branch held its 组织生活会 in December with talks before it,
 * 对照检查材料, 相互批评 and three 整改 items closed by March; 民主评议 combined with it; every member's 党员汇报 there;
 * both reports; and the record books closed and handed over in January. This year: routine talks for most members,
 * the December 组织生活会 planned, and 办公厅第一党支部's 民主评议 under way (its members owe their 个人自评).
 *
 * Deliberate gaps (DEMO_LIFE_GAPS), so the 体检 shows these rules met and unmet side by side:
 * - 研究室党支部: one 整改 item of last year still open past its deadline (LIFE-7 unmet), and last year's record book
 *   not closed (LED-1 unmet);
 * - 财经教科文卫城建联合党支部: last year's 民主评议 stopped at 组织评定 (LIFE-9 unmet);
 * - 法制工作委员会党支部: last year's report to the 机关党委 returned (LIFE-6 unmet);
 * - 离退休干部党支部: two members gave no 党员汇报 last year (LIFE-8 unmet for them);
 * - 预算工作委员会党支部: a 党课 planned ten days ago and not held (a 待办).
 */
export const DEMO_LIFE_GAPS = {
  openRectification: '研究室党支部',
  bookNotClosed: '研究室党支部',
  appraisalUnfinished: '财经教科文卫城建联合党支部',
  reportReturned: '法制工作委员会党支部',
  missingMemberReports: { branch: '离退休干部党支部', count: 2 },
  plannedNotHeld: '预算工作委员会党支部',
  appraisalUnderWay: '办公厅第一党支部',
} as const;

type Row = Record<string, unknown>;
export interface DemoLife {
  talks: Row[];
  preparations: Row[];
  selfInspections: Row[];
  criticisms: Row[];
  rectifications: Row[];
  appraisals: Row[];
  appraisalMembers: Row[];
  branchReports: Row[];
  memberReports: Row[];
  recordBooks: Row[];
}

const THEMES = ['学思想、强党性、重实践、建新功', '深入学习贯彻党的创新理论，以实际行动践行初心使命'];
const PROBLEMS = [
  ['selfInspection', '理论学习的系统性不够，学用结合不紧', '制定个人学习计划，每月至少一次专题研讨'],
  ['criticism', '联系服务群众不够经常，调研次数偏少', '每季度开展一次基层调研并形成报告'],
  ['opinions', '会议记录和台账整理不够及时', '会后3个工作日内整理记录并归档'],
  ['higher', '主题党日形式较单一', '每季度安排一次现场教学或志愿服务'],
] as const;
const TOPICS = ['交流思想和工作情况，听取对支部工作的意见建议', '谈学习体会，查找自身不足', '关心工作和生活，了解困难和诉求', '征求对组织生活会的意见，提醒注意的问题'];
const SELF = '对照党员标准，本人在理论学习、履职尽责、作风纪律等方面总体表现较好，能完成组织交办的各项任务。存在的不足：学习深度不够，联系群众不够经常。今后将加强学习、改进作风。';

export function buildDemoLife(data: DemoDataset, meetings: DemoMeeting[], attendance: DemoAttendance[], asOf: string): DemoLife {
  const rng = createRng('zhibu-demo-life');
  const ids = createRng('zhibu-demo-life-ids');
  const year = Number(asOf.slice(0, 4));
  const last = year - 1;
  const life: DemoLife = { talks: [], preparations: [], selfInspections: [], criticisms: [], rectifications: [], appraisals: [], appraisalMembers: [], branchReports: [], memberReports: [], recordBooks: [] };
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  /** a date of this year's follow-up, if it has come by asOf (the demo never records what has not happened) */
  const past = (date: string): string | null => (date <= asOf ? date : null);
  const inRange = (from: string, to: string) => addDays(from, rng.int(0, Math.max(0, (Date.parse(to) - Date.parse(from)) / 86400000)));

  for (const branch of data.branches) {
    const name = branch.shortName;
    const posts = data.posts.filter((p) => p.branchId === branch.id);
    const secretary = posts.find((p) => p.role === 'secretary')!.personId;
    const committee = posts.map((p) => p.personId);
    const membersOn = (d: string) =>
      data.branchMemberships
        .filter((m) => m.branchId === branch.id && m.startOn <= d && (m.endOn === null || m.endOn >= d))
        .map((m) => personById.get(m.personId)!)
        .filter((p) => (p.category === 'full' || p.category === 'probationary') && (p.joinedOn === null || p.joinedOn <= d));
    const talk = (talker: string, talkee: string, on: string, purpose: string, lifeMeetingId: string | null) =>
      life.talks.push({ id: ids.uuid(), branch_id: branch.id, kind: 'heartToHeart', purpose, form: 'inPerson', talked_on: on, place: '党员活动室', talker_person_id: talker, talkee_person_id: talkee, topics: rng.pick(TOPICS), problems: null, follow_up: null, follow_up_on: null, life_meeting_id: lifeMeetingId, recorded_at: `${on}T18:00:00+08:00` });

    // Last year's 组织生活会, in December, with 民主评议 combined
    const heldOn = `${last}-12-${String(rng.int(10, 20)).padStart(2, '0')}`;
    const members = membersOn(heldOn);
    const lifeId = ids.uuid();
    meetings.push({ id: lifeId, branchId: branch.id, groupId: null, kind: 'lifeMeeting', heldOn, startTime: '09:00', endTime: '11:30', title: `${last}年度组织生活会暨民主评议党员大会`, hostPersonId: secretary, lecturerPersonId: null, lecturerName: null, topic: null, themeDay: null, recorderPersonId: committee[1] ?? secretary, agenda: ['支部书记代表支委会作对照检查', '开展批评和自我批评', '民主评议党员'] });
    for (const p of members) attendance.push({ meetingId: lifeId, personId: p.id, status: p.id === secretary || rng.chance(0.92) ? 'present' : 'onLeave', reason: null, guest: false });
    for (const a of attendance) if (a.meetingId === lifeId && a.status === 'onLeave') a.reason = '出差';
    life.preparations.push({ meeting_id: lifeId, theme: rng.pick(THEMES), opinions_collected_on: addDays(heldOn, -21), opinion_count: rng.int(5, 14), opinions_summary: '通过座谈和书面征求意见，群众主要希望支部加强学习的针对性、改进联系服务群众。', reported_on: addDays(heldOn, 10) });
    for (const p of members) if (p.id !== secretary) talk(committee.includes(p.id) || rng.chance(0.5) ? secretary : rng.pick(committee), p.id, addDays(heldOn, -rng.int(5, 20)), 'beforeLifeMeeting', lifeId);
    committee.forEach((c, i) => {
      life.selfInspections.push({ id: ids.uuid(), meeting_id: lifeId, person_id: c, submitted_on: addDays(heldOn, -3), summary: '对照检视了理论学习、担当作为、纪律作风等方面的问题，剖析了原因，提出了整改措施。' });
      const critic = committee[(i + 1) % committee.length]!;
      if (critic !== c) life.criticisms.push({ id: ids.uuid(), meeting_id: lifeId, target_person_id: c, critic_person_id: critic, opinion: '调查研究不够深入，对分管工作的督促检查还需加强。', response: '诚恳接受，认真整改。' });
    });
    PROBLEMS.slice(0, 3).forEach(([source, problem, measure], i) => {
      const stillOpen = name === DEMO_LIFE_GAPS.openRectification && i === 2;
      const deadline = stillOpen ? `${year}-06-30` : `${year}-03-31`;
      // closed in the first quarter, when that has happened by asOf
      const closedOn = stillOpen ? null : past(`${year}-0${rng.int(1, 3)}-${String(rng.int(5, 25)).padStart(2, '0')}`);
      life.rectifications.push({
        id: ids.uuid(),
        branch_id: branch.id,
        meeting_id: lifeId,
        seq: i + 1,
        source,
        problem,
        measure,
        owner_person_id: committee[i % committee.length],
        owner_name: null,
        deadline,
        status: closedOn ? 'closed' : 'open',
        progress: closedOn ? '已按措施完成整改，经支委会检查销号' : '已制定方案，正在推进',
        closed_on: closedOn,
        carry_reason: null,
      });
    });

    // 民主评议 of last year, on paper ballots, combined with the 组织生活会
    const appraisalId = ids.uuid();
    const graded = members.filter((p) => p.category === 'full');
    const returned = members.length - rng.int(0, 1);
    const excellentMax = Math.floor(graded.length / 3);
    const unfinished = name === DEMO_LIFE_GAPS.appraisalUnfinished;
    life.appraisals.push({ id: appraisalId, branch_id: branch.id, year: last, step: unfinished ? 'grading' : 'done', started_on: addDays(heldOn, -25), meeting_id: lifeId, ballot_mode: 'paper', ballot_open: false, ballots_issued: members.length, ballots_returned: returned, peer_reviewed_on: heldOn, balloted_on: heldOn, graded_on: unfinished ? null : addDays(heldOn, 3) });
    const excellentIds = new Set(graded.filter(() => rng.chance(0.25)).slice(0, excellentMax).map((p) => p.id));
    for (const p of members) {
      const excellent = excellentIds.has(p.id) ? rng.int(Math.ceil(returned * 0.6), returned) : rng.int(0, Math.floor(returned * 0.3));
      const isGraded = p.category === 'full';
      life.appraisalMembers.push({
        appraisal_id: appraisalId,
        person_id: p.id,
        graded: isGraded,
        self_review: SELF,
        self_review_on: addDays(heldOn, -rng.int(3, 10)),
        self_review_by: 'self',
        peer_review: '政治立场坚定，工作认真负责，希望进一步加强理论学习。',
        tally_excellent: excellent,
        tally_qualified: returned - excellent,
        tally_basic: 0,
        tally_unqualified: 0,
        grade: unfinished || !isGraded ? null : excellentIds.has(p.id) ? 'excellent' : 'qualified',
        grade_note: null,
        feedback_on: unfinished || !isGraded ? null : addDays(heldOn, 5),
      });
    }

    // 党员汇报 of last year, given at the same meeting (but for two retired members)
    const skip = name === DEMO_LIFE_GAPS.missingMemberReports.branch ? DEMO_LIFE_GAPS.missingMemberReports.count : 0;
    for (const p of members.slice(0, members.length - skip)) {
      life.memberReports.push({ id: ids.uuid(), branch_id: branch.id, person_id: p.id, year: last, reported_on: heldOn, audience: 'branch', meeting_id: lifeId, content: '本年度思想、工作、学习和参与群众工作情况已在民主评议党员大会上汇报。', entered_by: 'committee' });
    }
    // the reports of last year: the year-end one at December's 党员大会, the one to the 机关党委 in January
    const december = meetings.find((m) => m.branchId === branch.id && m.kind === 'assembly' && m.heldOn.startsWith(`${last}-12`));
    life.branchReports.push({ id: ids.uuid(), branch_id: branch.id, year: last, kind: 'toAssembly', title: `${branch.fullName}${last}年度工作报告`, body: '一年来，支部坚持以党的政治建设为统领，认真落实“三会一课”等组织生活制度……', meeting_id: december?.id ?? lifeId, reported_on: december?.heldOn ?? heldOn, status: 'draft', submitted_on: null, received_on: null, return_reason: null });
    const submittedOn = past(`${year}-01-${String(rng.int(6, 15)).padStart(2, '0')}`);
    const receivedOn = submittedOn && past(addDays(submittedOn, 3));
    const returnedReport = name === DEMO_LIFE_GAPS.reportReturned && receivedOn;
    if (submittedOn) life.branchReports.push({ id: ids.uuid(), branch_id: branch.id, year: last, kind: 'toOrgan', title: `${branch.fullName}${last}年度工作情况报告（书记抓党建述职）`, body: `${last}年，支部落实标准化建设要求，全年召开支部党员大会4次……`, meeting_id: null, reported_on: submittedOn, status: returnedReport ? 'returned' : receivedOn ? 'received' : 'submitted', submitted_on: submittedOn, received_on: returnedReport ? null : receivedOn, return_reason: returnedReport ? '报告未列出存在问题和下一步措施，请补充后重新报送。' : null });

    // record books of last year: closed and handed over in January (but 研究室党支部's branch book)
    const groups = data.groups.filter((g) => g.branchId === branch.id && g.foundedOn <= `${last}-12-31`);
    for (const groupId of [null, ...groups.map((g) => g.id)]) {
      if (groupId === null && name === DEMO_LIFE_GAPS.bookNotClosed) continue;
      const closedOn = past(`${year}-01-${String(rng.int(5, 20)).padStart(2, '0')}`);
      const handedOn = closedOn && past(addDays(closedOn, 2));
      if (closedOn) life.recordBooks.push({ id: ids.uuid(), branch_id: branch.id, group_id: groupId, year: last, closed_on: closedOn, closed_by: '支部书记', file_sha256: null, handed_to: handedOn ? '机关档案室' : null, handed_over_on: handedOn });
    }

    // this year: routine talks with most members, and December's 组织生活会 planned
    for (const p of asOf >= `${year}-02-10` ? membersOn(asOf) : []) {
      if (p.id === secretary || rng.chance(0.2)) continue;
      talk(committee.includes(p.id) ? secretary : rng.pick(committee), p.id, inRange(`${year}-02-01`, addDays(asOf, -3)), rng.pick(['routine', 'routine', 'care', 'reminder']), null);
    }
    const plannedOn = `${year}-12-${String(rng.int(14, 22)).padStart(2, '0')}`;
    if (plannedOn > asOf) meetings.push({ id: ids.uuid(), branchId: branch.id, groupId: null, kind: 'lifeMeeting', heldOn: plannedOn, startTime: '09:00', endTime: '11:30', title: `${year}年度组织生活会`, hostPersonId: secretary, lecturerPersonId: null, lecturerName: null, topic: null, themeDay: null, status: 'planned' });
    if (name === DEMO_LIFE_GAPS.plannedNotHeld) {
      meetings.push({ id: ids.uuid(), branchId: branch.id, groupId: null, kind: 'partyLecture', heldOn: addDays(asOf, -10), startTime: '14:30', endTime: '16:00', title: '党课：学习贯彻全会精神', hostPersonId: secretary, lecturerPersonId: secretary, lecturerName: null, topic: '学习贯彻全会精神', themeDay: null, status: 'planned' });
    }
    if (name === DEMO_LIFE_GAPS.appraisalUnderWay && asOf > `${year}-11-10`) {
      const id = ids.uuid();
      const started = `${year}-11-10`;
      life.appraisals.push({ id, branch_id: branch.id, year, step: 'selfReview', started_on: started, meeting_id: null, ballot_mode: 'paper', ballot_open: false, ballots_issued: null, ballots_returned: null, peer_reviewed_on: null, balloted_on: null, graded_on: null });
      const now = membersOn(started);
      now.forEach((p) => {
        // the committee wrote theirs first; the members still owe theirs (they see it in 我的)
        const written = committee.includes(p.id);
        life.appraisalMembers.push({ appraisal_id: id, person_id: p.id, graded: p.category === 'full', self_review: written ? SELF : null, self_review_on: written ? started : null, self_review_by: written ? 'self' : null, peer_review: null, tally_excellent: 0, tally_qualified: 0, tally_basic: 0, tally_unqualified: 0, grade: null, grade_note: null, feedback_on: null });
      });
    }
  }
  return life;
}
