import { AppError } from '../errors.js';

export const FORMAT = 'zhibu-bundle';

export type BundleJson = Record<string, unknown> & { format: string; version: number };

/**
 * Upgrades of bundle.json, in order: `UPGRADES[i]` turns version i+1 into version i+2 (contracts §3: import reads
 * every older version by migrating it forward). A change of the bundle's shape adds one function here; the current
 * version is always one more than their count.
 */
export const UPGRADES: ReadonlyArray<(b: BundleJson) => BundleJson> = [
  // 1 → 2: committees, elections, extensions, vacancies, rule parameters and exemptions (issue 4) — none before.
  (b) => ({
    ...b,
    elections: [],
    electionNominees: [],
    electionVoters: [],
    committees: [],
    committeeMembers: [],
    committeeExtensions: [],
    committeeVacancies: [],
    ruleParamChanges: [],
    ruleExemptions: [],
  }),
  // 2 → 3: meetings and their attendance (issue 5) — none before.
  (b) => ({ ...b, meetings: [], meetingAttendance: [] }),
  // 3 → 4: talks, 组织生活会 parts and 整改, 民主评议, reports, 党员汇报, record books (issue 5) — none before.
  (b) => ({
    ...b,
    talks: [],
    lifeMeetingPreparations: [],
    selfInspections: [],
    criticisms: [],
    rectifications: [],
    appraisals: [],
    appraisalMembers: [],
    appraisalVoters: [],
    branchReports: [],
    memberReports: [],
    recordBooks: [],
  }),
  // 4 → 5: an election links to its 党员大会 record (elections.meetingId) — no links before.
  (b) => ({ ...b, elections: ((b.elections as Record<string, unknown>[] | undefined) ?? []).map((e) => ({ ...e, meetingId: null })) }),
  // 5 → 6: 党员管理 (issue 6): development files, dues, funds, transfers, assigned work, care, education, working-day
  // adjustments — none before; talks gain the 诫勉谈话 fields.
  (b) => ({
    ...b,
    talks: ((b.talks as Record<string, unknown>[] | undefined) ?? []).map((t) => ({ ...t, reason: null, commitments: null, outcome: null })),
    workdayAdjustments: [],
    developments: [],
    developmentSteps: [],
    developmentEvaluations: [],
    publicNotices: [],
    duesBases: [],
    duesReductions: [],
    duesPayments: [],
    venueExpensePlans: [],
    fundEntries: [],
    transfers: [],
    workAssignments: [],
    hardships: [],
    careVisits: [],
    studyRecords: [],
    studyNotebooks: [],
    secretaryTrainings: [],
  }),
  // 6 → 7: 活动阵地 and their checklists, the WeChat group registry, the 典型经验库, 信息台账 uploads and bindings
  // (issue 7) — none before.
  (b) => ({ ...b, venues: [], venueBranches: [], venueItems: [], chatGroups: [], chatGroupMembers: [], cases: [], archiveUploads: [], archiveBindings: [] }),
  // 7 → 8: the annual 检查考核 (issue 7 §6): schemes, scores, self-assessments, published results, nominations — none before.
  (b) => ({ ...b, assessments: [], assessmentItems: [], assessmentScores: [], assessmentSubmissions: [], assessmentResults: [], assessmentNominations: [] }),
];

export const BUNDLE_VERSION = UPGRADES.length + 1;

/** Checks the format and version of a parsed bundle.json and brings an older one up to the current version. */
export function upgradeBundle(raw: unknown): BundleJson {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== FORMAT) {
    throw new AppError('VALIDATION', `这不是支部标准化数据包：bundle.json 的 format 应为 "${FORMAT}"。`);
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('VALIDATION', `数据包的版本号 ${JSON.stringify(version)} 无效，应为正整数。`);
  }
  if (version > BUNDLE_VERSION) {
    throw new AppError('VALIDATION', `数据包的版本（${version}）比本程序支持的版本（${BUNDLE_VERSION}）新，无法导入。请先升级支部标准化（zhibu）再导入。`);
  }
  let b = raw as BundleJson;
  for (let v = version; v < BUNDLE_VERSION; v++) b = { ...UPGRADES[v - 1]!(b), version: v + 1 };
  return b;
}
