import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { BRANCH_ROLE_LABELS, extensionProblem, isOrganAdmin } from '@zhibu/domain';
import type { Committee, ZAppointment, ZApprovalRecord, ZExtensionCreate, ZVacancyCreate, ZVacancyFill } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { ADMIN_ONLY, branchFor } from './access.js';
import { findCommittee, fullMembersOn, namesOf, openMembers, openVacancies } from './repository.js';
import { getCommittee } from './service.js';

/** Changes to a term in force: a member leaves, the 机关党委 appoints, extends, approves (ORG-3, R-ORG-5..7). */
type Db = Ctx['db'];

async function openTerm(ctx: Ctx, db: Db, committeeId: string) {
  const c = await findCommittee(db, ctx.viewer.organId, committeeId);
  if (!c) throw notFound('支部委员会');
  return c;
}

function mustBeInForce(c: { ended_on: string | null; start_on: string }) {
  if (c.ended_on !== null) throw invalid(`该届已于${c.ended_on}结束（已换届），不能再变更`);
}

async function mustBeFullMember(db: Db, ctx: Ctx, branchId: string, personId: string, on: string, post: string) {
  const full = await fullMembersOn(db, branchId, on);
  if (!full.some((p) => p.id === personId)) {
    const name = (await namesOf(db, ctx.viewer.organId, [personId])).get(personId) ?? '该人员';
    throw invalid(`${name}在${on}不是本支部的正式党员，不能任${post}`);
  }
}

function notAfterToday(ctx: Ctx, date: string, what: string) {
  if (date > ctx.today) throw invalid(`${what}不能晚于今天`);
}

/** A member leaves the committee: their post ends that day and a vacancy of the post arises (R-ORG-7). */
export async function createVacancy(ctx: Ctx, committeeId: string, input: z.infer<typeof ZVacancyCreate>): Promise<Committee> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await openTerm(ctx, trx, committeeId);
    await branchFor(ctx, trx, c.branch_id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以登记委员离任');
    mustBeInForce(c);
    const m = await trx.selectFrom('committee_members').selectAll().where('id', '=', input.memberId).where('committee_id', '=', c.id).executeTakeFirst();
    if (!m) throw notFound('该届委员的任职记录');
    if (m.end_on !== null) throw new AppError('CONFLICT', `该委员已于${m.end_on}离任`);
    if (input.arisenOn < c.start_on) throw invalid(`空缺发生日期（${input.arisenOn}）不能早于本届任期开始日期（${c.start_on}）`);
    if (input.arisenOn < m.start_on) throw invalid(`空缺发生日期（${input.arisenOn}）不能早于该委员的任职日期（${m.start_on}）`);
    notAfterToday(ctx, input.arisenOn, '空缺发生日期');
    await trx.updateTable('committee_members').set({ end_on: input.arisenOn, end_reason: input.reason }).where('id', '=', m.id).execute();
    const v = { id: randomUUID(), committee_id: c.id, member_id: m.id, role: m.role, arisen_on: input.arisenOn, reason: input.reason };
    await trx.insertInto('committee_vacancies').values(v).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'committee.vacancy.created',
      entityType: 'committeeVacancy',
      entityId: v.id,
      before: { member: { id: m.id, end_on: null } },
      after: { ...v, member: { id: m.id, end_on: input.arisenOn, end_reason: input.reason } },
    });
  });
  return getCommittee(ctx, committeeId);
}

/** Inserts a post given by the 机关党委 (approved the day it is given) and audits it. */
async function insertAppointed(trx: Db, c: { id: string }, personId: string, role: 'secretary' | 'deputySecretary', on: string, docNo: string | null) {
  const row = {
    id: randomUUID(),
    committee_id: c.id,
    person_id: personId,
    role,
    start_on: on,
    end_on: null,
    origin: 'appointed' as const,
    approved_on: on,
    approval_doc_no: docNo,
    end_reason: null,
  };
  await trx.insertInto('committee_members').values(row).execute();
  return row;
}

/** The 机关党委 fills a 书记 / 副书记 vacancy by appointment (指派, R-ORG-7); other posts are filled by 补选. */
export async function fillVacancy(ctx: Ctx, vacancyId: string, input: z.infer<typeof ZVacancyFill>): Promise<Committee> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.appoint);
  const committeeId = await ctx.db.transaction().execute(async (trx) => {
    const v = await trx.selectFrom('committee_vacancies').selectAll().where('id', '=', vacancyId).executeTakeFirst();
    const c = v && (await findCommittee(trx, ctx.viewer.organId, v.committee_id));
    if (!v || !c) throw notFound('职务空缺');
    mustBeInForce(c);
    if (v.filled_on !== null) throw new AppError('CONFLICT', `该空缺已于${v.filled_on}补齐`);
    if (v.role !== 'secretary' && v.role !== 'deputySecretary') {
      throw invalid(`${BRANCH_ROLE_LABELS[v.role]}的空缺应召开党员大会补选；上级只能指派书记、副书记`);
    }
    if (input.on < v.arisen_on) throw invalid(`指派日期（${input.on}）不能早于空缺发生日期（${v.arisen_on}）`);
    notAfterToday(ctx, input.on, '指派日期');
    await mustBeFullMember(trx, ctx, c.branch_id, input.personId, input.on, BRANCH_ROLE_LABELS[v.role]);
    const holder = (await openMembers(trx, c.id)).find((m) => m.role === v.role);
    if (holder) throw new AppError('CONFLICT', `本届已有在任${BRANCH_ROLE_LABELS[v.role]}（${holder.name}），请改用“任命调整”`);
    const row = await insertAppointed(trx, c, input.personId, v.role, input.on, input.docNo ?? null);
    const fill = { filled_on: input.on, filled_by: 'appointment' as const, filled_member_id: row.id };
    await trx.updateTable('committee_vacancies').set(fill).where('id', '=', v.id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'committee.vacancy.filled',
      entityType: 'committeeVacancy',
      entityId: v.id,
      before: { filled_on: null },
      after: { ...fill, member: row },
    });
    return c.id;
  });
  return getCommittee(ctx, committeeId);
}

/** The 机关党委 approves a later 换届: at most one year in all (选举条例 Art. 3, ORG-3). */
export async function addExtension(ctx: Ctx, committeeId: string, input: z.infer<typeof ZExtensionCreate>): Promise<Committee> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.extend);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await openTerm(ctx, trx, committeeId);
    mustBeInForce(c);
    const done = await trx.selectFrom('committee_extensions').select('months').where('committee_id', '=', c.id).execute();
    const problem = extensionProblem(
      done.reduce((s, e) => s + e.months, 0),
      input.months,
    );
    if (problem) throw invalid(problem);
    if (input.approvedOn < c.start_on) throw invalid(`批准日期不能早于本届任期开始日期（${c.start_on}）`);
    notAfterToday(ctx, input.approvedOn, '批准日期');
    const row = { id: randomUUID(), committee_id: c.id, months: input.months, reason: input.reason, approved_on: input.approvedOn, doc_no: input.docNo ?? null, approved_by: ctx.viewer.accountId };
    await trx.insertInto('committee_extensions').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'committee.extended', entityType: 'committee', entityId: c.id, after: row });
  });
  return getCommittee(ctx, committeeId);
}

/**
 * The 机关党委 appoints or transfers a 书记 / 副书记 (指派): the holder's post ends that day ("上级调整"), the new one
 * begins, approved that day; an open vacancy of the post counts as filled by appointment.
 */
export async function appoint(ctx: Ctx, committeeId: string, input: z.infer<typeof ZAppointment>): Promise<Committee> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.appoint);
  await ctx.db.transaction().execute(async (trx) => {
    const c = await openTerm(ctx, trx, committeeId);
    mustBeInForce(c);
    const label = BRANCH_ROLE_LABELS[input.role];
    if (input.on < c.start_on) throw invalid(`任命日期（${input.on}）不能早于本届任期开始日期（${c.start_on}）`);
    notAfterToday(ctx, input.on, '任命日期');
    await mustBeFullMember(trx, ctx, c.branch_id, input.personId, input.on, label);
    const holders = (await openMembers(trx, c.id)).filter((m) => m.role === input.role);
    const same = holders.find((h) => h.person_id === input.personId);
    if (same) throw new AppError('CONFLICT', `${same.name}已是本届${label}`);
    const late = holders.find((h) => h.start_on > input.on);
    if (late) throw invalid(`任命日期不能早于现任${label}${late.name}的任职日期（${late.start_on}）`);
    for (const h of holders) {
      await trx.updateTable('committee_members').set({ end_on: input.on, end_reason: '上级调整' }).where('id', '=', h.id).execute();
    }
    const row = await insertAppointed(trx, c, input.personId, input.role, input.on, input.docNo ?? null);
    const vacancy = (await openVacancies(trx, c.id)).find((v) => v.role === input.role && v.arisen_on <= input.on);
    if (vacancy) {
      await trx.updateTable('committee_vacancies').set({ filled_on: input.on, filled_by: 'appointment', filled_member_id: row.id }).where('id', '=', vacancy.id).execute();
    }
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'committee.appointed',
      entityType: 'committee',
      entityId: c.id,
      before: { holders: holders.map((h) => ({ id: h.id, person_id: h.person_id, end_on: null })) },
      after: { reason: input.reason, ended: holders.map((h) => ({ id: h.id, end_on: input.on, end_reason: '上级调整' })), member: row, filledVacancyId: vacancy?.id ?? null },
    });
  });
  return getCommittee(ctx, committeeId);
}

/** The 机关党委 records its approval of a 书记 / 副书记 (R-ORG-5: they hold office pending approval until then). */
export async function recordApproval(ctx: Ctx, memberId: string, input: z.infer<typeof ZApprovalRecord>): Promise<Committee> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.approve);
  const committeeId = await ctx.db.transaction().execute(async (trx) => {
    const m = await trx.selectFrom('committee_members').selectAll().where('id', '=', memberId).executeTakeFirst();
    const c = m && (await findCommittee(trx, ctx.viewer.organId, m.committee_id));
    if (!m || !c) throw notFound('委员任职记录');
    if (m.role !== 'secretary' && m.role !== 'deputySecretary') throw invalid('只有书记、副书记的任职须报机关党委批准，委员报备案即可');
    const from = c.elected_on !== null && c.elected_on < m.start_on && m.origin !== 'byElection' && m.origin !== 'appointed' ? c.elected_on : m.start_on;
    if (input.approvedOn < from) throw invalid(`批准日期（${input.approvedOn}）不能早于选举（任职）日期（${from}）`);
    notAfterToday(ctx, input.approvedOn, '批准日期');
    const after = { approved_on: input.approvedOn, approval_doc_no: input.approvalDocNo ?? null };
    await trx.updateTable('committee_members').set(after).where('id', '=', m.id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'committee.member.approved',
      entityType: 'committeeMember',
      entityId: m.id,
      before: { approved_on: m.approved_on, approval_doc_no: m.approval_doc_no },
      after,
    });
    return c.id;
  });
  return getCommittee(ctx, committeeId);
}
