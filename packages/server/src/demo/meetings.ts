import { addDays, addMonths, daysBetween, periodOf } from '@zhibu/domain';
import type { DemoDataset } from './dataset.js';
import { createRng } from './random.js';

/**
 * The demo's 三会一课 and 主题党日 (LIFE-1..5): from the records start to asOf, every branch holds a monthly 主题党日
 * of 90–120 minutes with the three required actions, a monthly 支委会 (branches with a committee), a monthly
 * 党小组会 per group, a quarterly 党员大会 and a 党课 each half-year (the 书记 gives the first-half one), each with
 * attendance: most present, a few 请假 with a reason, rarely 缺席; activists join some 主题党日 as guests.
 * Dated relative to asOf, drawn from their own seeds so the rest of the dataset stays as it was.
 *
 * Deliberate gaps, so that the 体检 shows LIFE findings met and unmet side by side (DEMO_MEETING_GAPS):
 * - 办公厅第二党支部 held no 主题党日 in the month two months before asOf's (LIFE-5.monthly unmet);
 * - 预算工作委员会党支部's 主题党日 of the month before asOf's lasted 50 minutes (LIFE-5.duration unmet);
 * - 法制工作委员会党支部 held no 党员大会 in the quarter before asOf's (LIFE-1.quarterly unmet);
 * - 离退休干部党支部's 第一党小组 held no 党小组会 in the month before asOf's (LIFE-3.monthly unmet).
 */
export interface DemoMeeting {
  id: string;
  branchId: string;
  groupId: string | null;
  kind: 'assembly' | 'committeeMeeting' | 'groupMeeting' | 'partyLecture' | 'themeDay' | 'lifeMeeting';
  /** a plan item not yet held (lifeRecords.ts); held when absent */
  status?: 'planned';
  /** 记录人 and 议题: a held record is complete at entry (filled in by the loader when absent) */
  recorderPersonId?: string | null;
  agenda?: string[];
  heldOn: string;
  startTime: string;
  endTime: string;
  title: string;
  hostPersonId: string | null;
  /** 党课: a person of the branch, or an outside speaker by name */
  lecturerPersonId: string | null;
  lecturerName: string | null;
  topic: string | null;
  themeDay: { recitedConstitution: boolean; studied: boolean; studyMaterial: string; paidDues: boolean; duesNote: string | null; forms: string[] } | null;
}
export interface DemoAttendance {
  meetingId: string;
  personId: string;
  status: 'present' | 'onLeave' | 'absent';
  reason: string | null;
  guest: boolean;
}

/** The months and the quarter of the deliberate gaps for an asOf (keys as in findings: `2026-09`, `2026-Q3`). */
export function demoMeetingGaps(asOf: string) {
  const month = (n: number) => addMonths(`${asOf.slice(0, 7)}-01`, n).slice(0, 7);
  const quarter = periodOf('quarter', addMonths(`${asOf.slice(0, 7)}-01`, -3)).key;
  return {
    noThemeDay: { branch: '办公厅第二党支部', month: month(-2) },
    shortThemeDay: { branch: '预算工作委员会党支部', month: month(-1), minutes: 50 },
    noAssembly: { branch: '法制工作委员会党支部', quarter },
    noGroupMeeting: { branch: '离退休干部党支部', group: '第一党小组', month: month(-1) },
  };
}

const STUDY = [
  '学习习近平新时代中国特色社会主义思想',
  '学习党章和党内法规',
  '学习全国人大常委会工作报告',
  '学习人民代表大会制度理论',
  '学习《中国共产党纪律处分条例》',
  '学习习近平总书记关于坚持和完善人民代表大会制度的重要思想',
];
const LECTURES = ['坚持和完善人民代表大会制度', '以党的创新理论武装头脑', '加强党性修养，永葆政治本色', '严守党的纪律和规矩', '当前形势与任务', '做好新时代人大工作'];
const ASSEMBLY = ['传达学习上级会议精神', '听取支部委员会工作报告', '讨论接收预备党员', '学习贯彻党的决策部署', '讨论决定支部重要事项'];
const FORMS = ['政治生日', '主题实践', '视频教学', '集中研讨', '业务培训', '廉洁教育', '红色教育', '志愿服务'];
const LEAVE = ['出差', '公务外出', '病假', '年休假', '参加培训'];
const LEAVE_RETIRED = ['住院治疗', '行动不便', '外出探亲', '身体不适'];

const pad = (n: number) => String(n).padStart(2, '0');
/** `党课：当前形势与任务` → `当前形势与任务`; a title without a colon is its own 议题. */
const agendaOf = (title: string) => title.slice(title.indexOf('：') + 1);
const timePlus = (start: string, minutes: number) => {
  const t = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5)) + minutes;
  return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
};
const later = (a: string, b: string) => (a > b ? a : b);
const monthEnd = (monthStart: string) => addDays(addMonths(monthStart, 1), -1);

export function buildDemoMeetings(data: DemoDataset, asOf: string): { meetings: DemoMeeting[]; attendance: DemoAttendance[] } {
  const rng = createRng('zhibu-demo-meetings');
  const ids = createRng('zhibu-demo-meeting-ids');
  const gaps = demoMeetingGaps(asOf);
  const meetings: DemoMeeting[] = [];
  const attendance: DemoAttendance[] = [];
  const between = (from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
  const personById = new Map(data.persons.map((p) => [p.id, p]));
  const first = data.organ.recordsStartOn;
  const months: string[] = [];
  for (let m = first; m <= asOf; m = addMonths(m, 1)) months.push(m);

  for (const branch of data.branches) {
    const retired = branch.shortName === '离退休干部党支部';
    const memberships = data.branchMemberships.filter((m) => m.branchId === branch.id);
    const inBranchOn = (d: string, categories: readonly string[]) =>
      memberships
        .filter((m) => m.startOn <= d && (m.endOn === null || m.endOn >= d))
        .map((m) => personById.get(m.personId)!)
        .filter((p) => categories.includes(p.category) && (p.joinedOn === null || p.joinedOn <= d || p.category === 'activist'));
    const membersOn = (d: string) => inBranchOn(d, ['full', 'probationary']);
    const committee = data.committees.find((c) => c.branchId === branch.id)!;
    const posts = data.posts.filter((p) => p.branchId === branch.id);
    const secretary = posts.find((p) => p.role === 'secretary')!.personId;
    const deputy = posts.find((p) => p.role === 'deputySecretary' || p.role === 'organizationMember')?.personId ?? null;
    const groups = data.groups.filter((g) => g.branchId === branch.id);

    const add = (m: Omit<DemoMeeting, 'id' | 'branchId' | 'endTime'> & { minutes: number }, expected: string[], guests: string[] = []) => {
      if (m.heldOn > asOf) return;
      const { minutes, ...rest } = m;
      const id = ids.uuid();
      // a held record is complete at entry: its 记录人 (the 组织委员, or a member of the group) and 议题
      const recorderPersonId = m.groupId ? (expected.find((p) => p !== m.hostPersonId) ?? m.hostPersonId) : (deputy ?? secretary);
      meetings.push({ id, branchId: branch.id, ...rest, endTime: timePlus(m.startTime, minutes), recorderPersonId, agenda: [agendaOf(m.title)] });
      for (const personId of expected) {
        const r = rng.next();
        const status = personId === m.hostPersonId || r < (retired ? 0.82 : 0.9) ? 'present' : r < 0.985 ? 'onLeave' : 'absent';
        const reason = status === 'onLeave' ? rng.pick(retired ? LEAVE_RETIRED : LEAVE) : null;
        attendance.push({ meetingId: id, personId, status, reason, guest: false });
      }
      for (const personId of guests) attendance.push({ meetingId: id, personId, status: 'present', reason: null, guest: true });
    };
    const idsOf = (ps: { id: string }[]) => ps.map((p) => p.id);

    for (const start of months) {
      const end = monthEnd(start);
      const key = start.slice(0, 7);
      const mon = Number(start.slice(5, 7));
      // 主题党日 on a relatively fixed day of the month, in the afternoon
      const themeOn = addDays(start, rng.int(8, 19));
      const study = rng.pick(STUDY);
      const forms = [rng.pick(FORMS)];
      const minutes = branch.shortName === gaps.shortThemeDay.branch && key === gaps.shortThemeDay.month ? gaps.shortThemeDay.minutes : rng.int(90, 120);
      const activists = inBranchOn(themeOn, ['activist']).filter(() => rng.chance(0.4));
      if (!(branch.shortName === gaps.noThemeDay.branch && key === gaps.noThemeDay.month)) {
        add(
          {
            groupId: null,
            kind: 'themeDay',
            heldOn: themeOn,
            startTime: retired ? '09:30' : '14:30',
            minutes,
            title: `${mon}月主题党日：${study}`,
            hostPersonId: secretary,
            lecturerPersonId: null,
            lecturerName: null,
            topic: null,
            themeDay: { recitedConstitution: true, studied: true, studyMaterial: study, paidDues: true, duesNote: null, forms },
          },
          idsOf(membersOn(themeOn)),
          idsOf(activists),
        );
      }
      if (committee.kind === 'committee' && end >= committee.startOn) {
        const on = later(addDays(start, rng.int(0, 6)), committee.startOn);
        add(
          { groupId: null, kind: 'committeeMeeting', heldOn: on, startTime: '16:00', minutes: rng.int(45, 90), title: `${mon}月支部委员会会议`, hostPersonId: secretary, lecturerPersonId: null, lecturerName: null, topic: null, themeDay: null },
          posts.map((p) => p.personId),
        );
      }
      for (const g of groups) {
        if (g.foundedOn > end) continue;
        if (branch.shortName === gaps.noGroupMeeting.branch && g.name === gaps.noGroupMeeting.group && key === gaps.noGroupMeeting.month) continue;
        const from = later(g.foundedOn, addDays(start, 2));
        const on = between(from, later(from, addDays(end, -3)));
        const inGroup = data.groupMemberships.filter((m) => m.groupId === g.id && m.startOn <= on && (m.endOn === null || m.endOn >= on)).map((m) => m.personId);
        add(
          { groupId: g.id, kind: 'groupMeeting', heldOn: on, startTime: '15:00', minutes: rng.int(45, 90), title: `${g.name}${mon}月党小组会`, hostPersonId: g.leaderPersonId, lecturerPersonId: null, lecturerName: null, topic: null, themeDay: null },
          inGroup,
        );
      }
      if (mon % 3 === 0) {
        // the 党员大会 in the quarter's last month (a week before its end at the latest)
        const on = addDays(start, rng.int(3, 20));
        const q = periodOf('quarter', start).key;
        if (!(branch.shortName === gaps.noAssembly.branch && q === gaps.noAssembly.quarter)) {
          add(
            { groupId: null, kind: 'assembly', heldOn: on, startTime: '09:00', minutes: rng.int(60, 120), title: `支部党员大会：${rng.pick(ASSEMBLY)}`, hostPersonId: secretary, lecturerPersonId: null, lecturerName: null, topic: null, themeDay: null },
            idsOf(membersOn(on)),
          );
        }
      }
      if (mon === 5 || mon === 11) {
        // a 党课 each half-year: the 书记 gives the first-half one, another committee member (or an outside speaker) the second
        const on = addDays(start, rng.int(10, 25));
        const topic = rng.pick(LECTURES);
        const bySecretary = mon === 5 && committee.startOn <= on;
        const lecturer = bySecretary ? secretary : deputy;
        add(
          {
            groupId: null,
            kind: 'partyLecture',
            heldOn: on,
            startTime: '14:30',
            minutes: rng.int(60, 90),
            title: `党课：${topic}`,
            hostPersonId: secretary,
            lecturerPersonId: lecturer,
            lecturerName: lecturer ? null : '市委党校教授',
            topic,
            themeDay: null,
          },
          idsOf(membersOn(on)),
        );
      }
    }
  }
  return { meetings, attendance };
}
