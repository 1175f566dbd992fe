import { isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { branchesOfPerson, findAssessment, type AssessmentRow } from './repository.js';

/**
 * Who reads and acts in the annual assessment (REQ-4; contracts §4): the organ admin (机关党委) manages it — scheme,
 * opening, publishing, nominations — and scores; an assessor reads what the assessment needs and scores, never a
 * branch they belong to; a branch's 书记 and 支委 read every assessment past its draft, their own branch's sheet and
 * result, and write its self-assessment. Other members have no part in it (403).
 */
export const isAssessor = (v: Viewer) => v.organRoles.includes('assessor');
/** the organ admin and assessors: every branch's sheet and every result */
export const readsAll = (v: Viewer) => isOrganAdmin(v) || isAssessor(v);
/** the branches whose 支委 the viewer is */
export const officerBranches = (v: Viewer) => Object.keys(v.branchRoles).filter((b) => isBranchOfficer(v, b));

export const NO_PART = '只有机关党委、考核人员和党支部委员可以查看检查考核';
export const MANAGE_ONLY = '只有机关党委管理员可以管理检查考核';
export const SCORE_ONLY = '只有机关党委管理员和考核人员可以评分';
export const SELF_ONLY = '只有本支部的书记、支委可以填写自评';
export const OWN_BRANCH = '不能为本人所在党支部评分';

/** The assessment, if the viewer may see it: 403 for who has no part in assessments, 404 for a draft to a branch. */
export async function loadAssessment(ctx: Ctx, db: Ctx['db'], id: string): Promise<AssessmentRow> {
  if (!readsAll(ctx.viewer) && officerBranches(ctx.viewer).length === 0) throw forbidden(NO_PART);
  const a = await findAssessment(db, ctx.viewer.organId, id);
  if (!a || (a.status === 'draft' && !readsAll(ctx.viewer))) throw notFound('检查考核');
  return a;
}

/** The assessment for the organ admin's acts (403 to anyone else), in one of the statuses `states` (409 otherwise). */
export async function loadForManage(ctx: Ctx, db: Ctx['db'], id: string, states: readonly AssessmentRow['status'][], refusal: string): Promise<AssessmentRow> {
  const a = await loadAssessment(ctx, db, id);
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(MANAGE_ONLY);
  if (!states.includes(a.status)) throw new AppError('CONFLICT', refusal);
  return a;
}

/** A branch of the organ whose sheet the viewer reads: any for the organ admin and assessors, else their own (404). */
export async function sheetBranch(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b || (!readsAll(ctx.viewer) && !isBranchOfficer(ctx.viewer, branchId))) throw notFound('党支部');
  return b;
}

/** The branches the viewer belongs to (on the roster today, or holding a post): never scored by them. */
export async function ownBranches(ctx: Ctx, db: Ctx['db']): Promise<Set<string>> {
  const own = await branchesOfPerson(db, ctx.viewer.personId, ctx.today);
  for (const b of officerBranches(ctx.viewer)) own.add(b);
  return own;
}

/** Whether the viewer may score the branch now (the sheet's `abilities.score`). */
export const scoresBranch = (v: Viewer, a: AssessmentRow, own: ReadonlySet<string>, branchId: string) => a.status === 'open' && readsAll(v) && !own.has(branchId);
