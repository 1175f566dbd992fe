import { z } from 'zod';
import { FINDING_STATUSES, PARAMS } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** The standards check (标准化体检): findings (contracts §2) and what shows them (issue 4 §3–4). */
export const ZFindingStatus = z.enum(FINDING_STATUSES);

export const ZFinding = z.object({
  branch: z.string(),
  branchId: z.string(),
  scope: z.enum(['branch', 'organ']),
  rule: z.string(),
  /** the rule's Chinese title */
  title: z.string(),
  clause: z.string(),
  source: z.enum(['standard', 'national', 'organ']),
  reason: z.string().optional(),
  status: ZFindingStatus,
  severity: z.enum(['violation', 'advisory']),
  period: z.string(),
  subject: z.object({ kind: z.string(), id: z.string(), name: z.string() }).optional(),
  message: z.string(),
  evidence: z.array(z.object({ kind: z.string(), id: z.string(), label: z.string(), date: z.string().nullable() })),
  params: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
  due: z.string().optional(),
});
export type FindingDto = z.infer<typeof ZFinding>;

export const ZStatusCounts = z.record(ZFindingStatus, z.number().int());

export const ZRuleInfo = z.object({
  id: z.string(),
  clause: z.string(),
  title: z.string(),
  basis: z.string(),
  source: z.enum(['standard', 'national', 'organ']),
  severity: z.enum(['violation', 'advisory']),
  period: z.string(),
  scope: z.enum(['branch', 'organ']),
  params: z.array(z.string()),
});

export const ZCalendarItem = z.object({ date: z.string(), title: z.string(), rule: z.string(), status: ZFindingStatus });

export const ZBranchCheck = z.object({
  branch: z.object({ id: z.string(), fullName: z.string(), shortName: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  counts: ZStatusCounts,
  findings: z.array(ZFinding),
  /** what falls due in the year (deadlines of open periods and terms) */
  calendar: z.array(ZCalendarItem),
  rules: z.array(ZRuleInfo),
});
export type BranchCheck = z.infer<typeof ZBranchCheck>;

/**
 * `worst`: the worst status among the clause's binding findings (severity violation); advisory ("一般") findings
 * that are not met only count in `advisories`, so a cell is never red for a rule that merely warns.
 */
export const ZMatrixCell = z.object({ worst: ZFindingStatus.nullable(), counts: ZStatusCounts, advisories: z.number().int() });
export const ZCheckMatrix = z.object({
  year: z.number().int(),
  asOf: z.string(),
  clauses: z.array(z.object({ id: z.string(), title: z.string() })),
  rows: z.array(
    z.object({ branchId: z.string(), branch: z.string(), shortName: z.string(), worst: ZFindingStatus.nullable(), cells: z.record(z.string(), ZMatrixCell) }),
  ),
  /** organ-level rules, their own row (null when there are none) */
  organRow: z.object({ cells: z.record(z.string(), ZMatrixCell), findings: z.array(ZFinding) }).nullable(),
});
export type CheckMatrix = z.infer<typeof ZCheckMatrix>;

export const ZCheckQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const ZTodo = z.object({
  kind: z.enum(['finding', 'approval']),
  status: ZFindingStatus,
  branchId: z.string(),
  branch: z.string(),
  title: z.string(),
  message: z.string(),
  due: z.string().nullable(),
  /** the web path that opens it */
  link: z.string(),
});
export type Todo = z.infer<typeof ZTodo>;

export const ZParamInfo = z.object({
  key: z.string(),
  label: z.string(),
  help: z.string(),
  kind: z.enum(['int', 'bool', 'enum', 'intList']),
  default: z.union([z.number(), z.boolean(), z.string()]),
  min: z.number().optional(),
  max: z.number().optional(),
  clause: z.string(),
  /** the value in force today */
  value: z.union([z.number(), z.boolean(), z.string()]),
  changes: z.array(
    z.object({ id: z.string(), value: z.union([z.number(), z.boolean(), z.string()]), effectiveFrom: z.string(), reason: z.string().nullable() }),
  ),
});
export const ZExemption = z.object({
  id: z.string(),
  branchId: z.string(),
  branch: z.string(),
  rule: z.string(),
  ruleTitle: z.string(),
  fromOn: z.string(),
  toOn: z.string(),
  reason: z.string(),
});
export const ZRuleSettings = z.object({ rules: z.array(ZRuleInfo), params: z.array(ZParamInfo), exemptions: z.array(ZExemption) });
export type RuleSettings = z.infer<typeof ZRuleSettings>;

const PARAM_KEYS = PARAMS.map((p) => p.key) as [string, ...string[]];
export const ZParamChange = z.object({
  key: z.enum(PARAM_KEYS, { message: '没有这个参数' }),
  value: z.union([z.number(), z.boolean(), z.string()]),
  effectiveFrom: ZDate,
  reason: ZOptText(200),
});
export const ZExemptionCreate = z.object({
  branchId: ZId,
  rule: z.string().min(1, '请选择规则'),
  fromOn: ZDate,
  toOn: ZDate,
  reason: z.string().trim().min(2, '请填写豁免理由').max(300),
});
export const ZCalendarFeed = z.object({ url: z.string() });
