import type { CalendarDate } from '../time/calendarDate.js';

/**
 * The 5 stages and 25 steps of 发展党员 (domain-rules §4.1) as data, per rule version (§0.3): the 2014 细则, and the
 * 2026 revision whose text is not confirmed yet (its three differences as reported). A file follows the version in
 * force on its start date (`ruleVersionFor`).
 */
export type DevRuleVersion = '2014' | '2026';
export const DEV_RULE_VERSIONS = ['2014', '2026'] as const;
export type DevStage = 1 | 2 | 3 | 4 | 5;
export type NoticeStage = 'activist' | 'candidate' | 'admission' | 'confirmation';

export const DEV_STAGES: readonly { no: DevStage; name: string }[] = [
  { no: 1, name: '申请入党' },
  { no: 2, name: '入党积极分子的确定和培养教育' },
  { no: 3, name: '发展对象的确定和考察' },
  { no: 4, name: '预备党员的接收' },
  { no: 5, name: '预备党员的教育考察和转正' },
];

export const NOTICE_STAGE_LABELS: Record<NoticeStage, string> = {
  activist: '入党积极分子公示',
  candidate: '发展对象公示',
  admission: '拟接收预备党员公示',
  confirmation: '预备党员转正公示',
};

export interface DevStepDef {
  no: number;
  name: string;
  stage: DevStage;
  /** who acts */
  actor: string;
  /** the records the step leaves */
  records: string[];
  /** the time limit in words (the checks below hold the numbers) */
  limit: string | null;
  /** steps 6 and 21 repeat (one row per 考察) */
  repeats?: boolean;
}

const STEPS_2014: readonly DevStepDef[] = [
  { no: 1, name: '递交入党申请书', stage: 1, actor: '入党申请人', records: ['入党申请书'], limit: '年满十八岁' },
  { no: 2, name: '党组织派人谈话', stage: 1, actor: '党支部（书记、副书记或组织委员）', records: ['谈话记录'], limit: '收到入党申请书后一个月内' },
  { no: 3, name: '推荐和确定入党积极分子', stage: 2, actor: '支部委员会（党员推荐、群团组织推优）', records: ['党员推荐和群团组织推优情况', '支委会会议记录'], limit: null },
  { no: 4, name: '上级党委备案', stage: 2, actor: '党支部报上级党委', records: ['入党积极分子备案表'], limit: null },
  { no: 5, name: '指定培养联系人', stage: 2, actor: '党组织', records: ['培养联系人（1至2名正式党员）'], limit: null },
  { no: 6, name: '培养教育考察', stage: 2, actor: '党支部、培养联系人', records: ['培养教育考察登记表', '思想汇报'], limit: '每半年考察一次', repeats: true },
  { no: 7, name: '确定发展对象', stage: 3, actor: '支部委员会', records: ['支委会会议记录', '党员和群众评议情况'], limit: '经过一年以上培养教育和考察' },
  { no: 8, name: '报上级党委备案', stage: 3, actor: '党支部报上级党委', records: ['发展对象备案材料'], limit: null },
  { no: 9, name: '确定入党介绍人', stage: 3, actor: '党支部', records: ['入党介绍人（2名正式党员）'], limit: null },
  { no: 10, name: '进行政治审查', stage: 3, actor: '党组织', records: ['政审结论性材料'], limit: '接收预备党员前完成' },
  { no: 11, name: '开展集中培训', stage: 3, actor: '基层党委或县级党委组织部门', records: ['培训结业证明'], limit: '不少于三天或二十四个学时' },
  { no: 12, name: '支部委员会审查', stage: 4, actor: '支部委员会', records: ['审查意见'], limit: null },
  { no: 13, name: '上级党委预审', stage: 4, actor: '具有审批权限的基层党委', records: ['预审意见', '入党志愿书发放'], limit: '三个月内离开工作单位的一般不办理' },
  { no: 14, name: '填写入党志愿书', stage: 4, actor: '发展对象（在入党介绍人指导下）', records: ['入党志愿书'], limit: null },
  { no: 15, name: '支部大会讨论', stage: 4, actor: '支部党员大会', records: ['支部大会决议', '会议记录', '表决票'], limit: '到会有表决权的正式党员超过应到会半数，赞成票超过应到会半数' },
  { no: 16, name: '上级党委派人谈话', stage: 4, actor: '上级党委委员或组织员', records: ['谈话意见（写入志愿书）'], limit: null },
  { no: 17, name: '上级党委审批', stage: 4, actor: '具有审批权限的基层党委', records: ['审批意见（注明预备期起止时间）'], limit: '收到支部大会决议后三个月内，特殊情况不超过六个月' },
  { no: 18, name: '再上一级党委组织部门备案', stage: 4, actor: '基层党委', records: ['备案材料'], limit: null },
  { no: 19, name: '编入党支部和党小组', stage: 5, actor: '党支部', records: ['编入党小组'], limit: null },
  { no: 20, name: '入党宣誓', stage: 5, actor: '基层党委或党支部', records: ['入党宣誓记录'], limit: '一般在批准后一个月内' },
  { no: 21, name: '继续教育考察', stage: 5, actor: '党支部', records: ['预备党员考察记录'], limit: '预备期内持续进行', repeats: true },
  { no: 22, name: '提出转正申请', stage: 5, actor: '预备党员', records: ['转正申请书'], limit: '预备期满时' },
  { no: 23, name: '支部大会讨论', stage: 5, actor: '支部党员大会', records: ['支部大会决议', '会议记录', '表决票'], limit: '预备期满后及时讨论' },
  { no: 24, name: '上级党委审批', stage: 5, actor: '基层党委', records: ['审批意见'], limit: '三个月内' },
  { no: 25, name: '材料归档', stage: 5, actor: '党支部、基层党委', records: ['入党志愿书', '入党申请书', '政审材料', '转正申请书', '培养教育考察材料'], limit: '转正后及时归档' },
];

/** The numbers a rule version holds (domain-rules §4.2 and §10 `dev:`). */
export interface DevLimits {
  minAge: number;
  talkMonths: number;
  talkWarnDays: number;
  assessmentMonths: number;
  assessmentWarnMonths: number;
  activistMinYears: number;
  /** R-DEV-4 per §0.4: short of the year by fewer days than this → warning, not refusal */
  activistGraceDays: number;
  contacts: { min: number; max: number };
  introducers: number;
  training: { days: number; hours: number };
  departureMonths: number;
  approvalMonths: number;
  approvalMaxMonths: number;
  approvalWarnDays: readonly number[];
  probationYears: number;
  extension: { minMonths: number; maxMonths: number; maxTimes: number };
  /** R-DEV-13: the 转正 meeting within this many months after the probation ends */
  confirmationMeetingMonths: number;
  confirmationWarnDays: number;
  oathDays: number;
  archiveDays: number;
  minFullMembers: number;
  noticeMinWorkdays: number;
  /** R-DEV-16: the 公示 required before a step (the step's date ≥ the notice's end) */
  noticeBefore: Readonly<Record<number, NoticeStage>>;
  /** 2026: the admission meeting (15) within this many months of the pre-review (13) */
  admissionMeetingMonthsAfterPrereview: number | null;
}

const LIMITS_2014: DevLimits = {
  minAge: 18,
  talkMonths: 1,
  talkWarnDays: 21,
  assessmentMonths: 6,
  assessmentWarnMonths: 5,
  activistMinYears: 1,
  activistGraceDays: 7,
  contacts: { min: 1, max: 2 },
  introducers: 2,
  training: { days: 3, hours: 24 },
  departureMonths: 3,
  approvalMonths: 3,
  approvalMaxMonths: 6,
  approvalWarnDays: [60, 80],
  probationYears: 1,
  extension: { minMonths: 6, maxMonths: 12, maxTimes: 1 },
  confirmationMeetingMonths: 3,
  confirmationWarnDays: 30,
  oathDays: 30,
  archiveDays: 30,
  minFullMembers: 3,
  noticeMinWorkdays: 5,
  // R-DEV-16: not in the 2014 text, the local default: before the development target, admission and confirmation
  noticeBefore: { 7: 'candidate', 15: 'admission', 23: 'confirmation' },
  admissionMeetingMonthsAfterPrereview: null,
};

export interface DevRuleSet {
  version: DevRuleVersion;
  title: string;
  /** false: the text has not been read (domain-rules §0.3), the values are as reported */
  confirmed: boolean;
  steps: readonly DevStepDef[];
  limits: DevLimits;
}

export const DEV_RULES: Readonly<Record<DevRuleVersion, DevRuleSet>> = {
  '2014': { version: '2014', title: '《中国共产党发展党员工作细则》（2014年）', confirmed: true, steps: STEPS_2014, limits: LIMITS_2014 },
  '2026': {
    version: '2026',
    title: '《中国共产党发展党员工作细则》（2026年修订，条文待核实）',
    confirmed: false,
    steps: STEPS_2014.map((s) =>
      s.no === 7
        ? { ...s, records: [...s.records, '发展对象公示（不少于5个工作日）'], limit: '经过一年以上培养教育和考察；公示不少于5个工作日；报上级党委同意' }
        : s.no === 15
          ? { ...s, limit: `${s.limit}；上级党委预审后一个月内召开` }
          : s.no === 20
            ? { ...s, limit: '批准后一个月内' }
            : s,
    ),
    limits: { ...LIMITS_2014, admissionMeetingMonthsAfterPrereview: 1 },
  },
};

/** The date from which the 2026 revision applies, once the organ enables it (param `dev.rules2026`). */
export const DEV_RULES_2026_FROM: CalendarDate = '2026-05-18';

/** The rule version a file follows: by its start (application) date; 2026 only once the organ has enabled it. */
export function ruleVersionFor(startDate: CalendarDate, rules2026Enabled: boolean): DevRuleVersion {
  return rules2026Enabled && startDate >= DEV_RULES_2026_FROM ? '2026' : '2014';
}

export const stepDef = (version: DevRuleVersion, no: number): DevStepDef => {
  const d = DEV_RULES[version].steps.find((s) => s.no === no);
  if (!d) throw new Error(`no step ${no}`);
  return d;
};

/** 第N步「名称」 */
export const stepLabel = (no: number, version: DevRuleVersion = '2014') => `第${no}步“${stepDef(version, no).name}”`;
