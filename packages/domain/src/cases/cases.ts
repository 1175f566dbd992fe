import { isBranchOfficer, isOrganAdmin, type Viewer } from '../access/roles.js';
import { CLAUSE_TITLES } from '../check/clauses.js';

/**
 * 典型经验库 (REQ-4): branches write up their good practice as cases, the 机关党委 reviews, publishes and may
 * promote them, and everyone in the organ reads what is published. Pure rules, no I/O.
 *
 * Life of a case: draft → submitted → (returned with a reason → submitted …) → published; a published case may be
 * promoted (推广) or taken back to returned (with a reason) — both by the 机关党委 only.
 */
export const CASE_STATUSES = ['draft', 'submitted', 'returned', 'published'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = { draft: '草稿', submitted: '待审核', returned: '已退回', published: '已发布' };

export const CASE_LIMITS = { title: 100, summary: 500, body: 20000, tags: 10, tag: 12, reason: 500 } as const;

export const CASE_ACTIONS = ['edit', 'submit', 'return', 'publish', 'promote'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Who acts on a case of a branch: the organ admin (机关党委) or one of that branch's committee. */
export interface CaseActor {
  organAdmin: boolean;
  branchOfficer: boolean;
}
export const caseActorOf = (v: Viewer, branchId: string): CaseActor => ({ organAdmin: isOrganAdmin(v), branchOfficer: isBranchOfficer(v, branchId) });

/** Published cases are read by everyone in the organ; the others by the organ admin and the branch's committee. */
export const canReadCase = (v: Viewer, c: { branchId: string; status: CaseStatus }): boolean =>
  c.status === 'published' || isOrganAdmin(v) || isBranchOfficer(v, c.branchId);

/** Writes a branch's cases (create, edit, submit, attach files): the branch's committee or the organ admin. */
export const writesBranchCases = (v: Viewer, branchId: string): boolean => isOrganAdmin(v) || isBranchOfficer(v, branchId);

export type CaseStep =
  | { ok: true; to: CaseStatus }
  | { ok: false; kind: 'forbidden' | 'conflict' | 'invalid'; message: string };

const ORGAN_ONLY: Record<'return' | 'publish' | 'promote', string> = {
  return: '只有机关党委可以退回经验',
  publish: '只有机关党委可以发布经验，党支部只能提交审核',
  promote: '只有机关党委可以推广经验',
};

/**
 * Whether `actor` may do `action` to a case in `status`, and the status after it. Who first (forbidden), then the
 * state (conflict), then the input (invalid: a return needs its reason).
 */
export function caseStep(status: CaseStatus, action: CaseAction, actor: CaseActor, input: { reason?: string | null } = {}): CaseStep {
  const no = (kind: 'forbidden' | 'conflict' | 'invalid', message: string): CaseStep => ({ ok: false, kind, message });
  switch (action) {
    case 'edit':
    case 'submit': {
      if (!actor.organAdmin && !actor.branchOfficer) return no('forbidden', '只有本支部的书记、支委或机关党委可以编辑和提交经验');
      if (status === 'submitted') return no('conflict', action === 'edit' ? '经验已提交审核，不能修改；如需修改请联系机关党委退回' : '经验已提交审核，请等待机关党委审核');
      if (status === 'published') return no('conflict', action === 'edit' ? '已发布的经验不能修改' : '经验已发布，无需再次提交');
      return { ok: true, to: action === 'edit' ? status : 'submitted' };
    }
    case 'return': {
      if (!actor.organAdmin) return no('forbidden', ORGAN_ONLY.return);
      if (status !== 'submitted' && status !== 'published') return no('conflict', status === 'returned' ? '经验已退回' : '草稿尚未提交审核，不能退回');
      const reason = (input.reason ?? '').trim();
      if (reason.length < 2) return no('invalid', '请填写退回原因');
      if (reason.length > CASE_LIMITS.reason) return no('invalid', `退回原因不能超过${CASE_LIMITS.reason}个字`);
      return { ok: true, to: 'returned' };
    }
    case 'publish': {
      if (!actor.organAdmin) return no('forbidden', ORGAN_ONLY.publish);
      if (status === 'published') return no('conflict', '经验已发布');
      if (status !== 'submitted') return no('conflict', '经验尚未提交审核，不能发布');
      return { ok: true, to: 'published' };
    }
    case 'promote': {
      if (!actor.organAdmin) return no('forbidden', ORGAN_ONLY.promote);
      if (status !== 'published') return no('conflict', '只有已发布的经验可以推广');
      return { ok: true, to: 'published' };
    }
  }
}

/** What a branch writes; normalized by `normalizeCase`. */
export interface CaseContent {
  title: string;
  summary: string;
  body: string;
  tags: readonly string[];
  clauses: readonly string[];
}

const CLAUSE_ORDER = Object.keys(CLAUSE_TITLES);

/** Trimmed text, tags trimmed and de-duplicated, clause ids upper-cased, de-duplicated and in the standard's order. */
export function normalizeCase(c: CaseContent): CaseContent {
  const tags = [...new Set(c.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  const clauses = [...new Set(c.clauses.map((x) => x.trim().toUpperCase()).filter((x) => x !== ''))];
  const rank = (x: string) => (CLAUSE_ORDER.includes(x) ? CLAUSE_ORDER.indexOf(x) : CLAUSE_ORDER.length);
  clauses.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return { title: c.title.trim(), summary: c.summary.trim(), body: c.body.replace(/\r\n?/g, '\n').trim(), tags, clauses };
}

/** Why a case's content is refused (empty when fine); expects normalized content. Lengths count characters. */
export function caseProblems(c: CaseContent): string[] {
  const out: string[] = [];
  const len = (s: string) => [...s].length;
  if (c.title === '') out.push('请填写标题');
  else if (len(c.title) > CASE_LIMITS.title) out.push(`标题不能超过${CASE_LIMITS.title}个字`);
  if (c.summary === '') out.push('请填写摘要');
  else if (len(c.summary) > CASE_LIMITS.summary) out.push(`摘要不能超过${CASE_LIMITS.summary}个字`);
  if (c.body === '') out.push('请填写正文');
  else if (len(c.body) > CASE_LIMITS.body) out.push(`正文不能超过${CASE_LIMITS.body}个字`);
  if (c.tags.length > CASE_LIMITS.tags) out.push(`标签最多${CASE_LIMITS.tags}个`);
  const long = c.tags.filter((t) => len(t) > CASE_LIMITS.tag);
  if (long.length) out.push(`标签不能超过${CASE_LIMITS.tag}个字：${long.join('、')}`);
  const unknown = c.clauses.filter((x) => !CLAUSE_TITLES[x]);
  if (unknown.length) out.push(`未知的条款编号：${unknown.join('、')}（应为标准中的条款，如 LIFE-5）`);
  return out;
}

/** Body text as paragraphs (blank-line or line separated), for plain-text display. */
export const caseParagraphs = (body: string): string[] =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** A `LIKE`/`ILIKE` pattern matching `q` anywhere, with `%`, `_` and `\` taken literally (escape character `\`). */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
