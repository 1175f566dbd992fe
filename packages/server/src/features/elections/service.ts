import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { isOrganAdmin, isBranchOfficer, TERM_YEARS, type ElectionStatus } from '@zhibu/domain';
import { ELECTION_STATUS_LABELS, type Election, type ElectionListItem, type ZEarlyApproval, type ZElectionCreate, type ZElectionUpdate } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { ADMIN_ONLY, branchFor, canLeadCommittees, LEAD_ONLY } from '../committees/access.js';
import { committeesOfBranch, fullMembersOn, namesOf, openMembers, openVacancies } from '../committees/repository.js';
import { fewestNominees, presentElection } from './presenter.js';
import { findElection, listElections, nomineesOf, votersOf, type ElectionRow } from './repository.js';
import { assertLinkFits, electionDay, linkable, linkedMeeting, setMeetingLink } from './meetingLink.js';

/** 换届选举 and 补选 (issue 4 §6, 选举条例): planning, reading, lists; the result and approval live beside this file. */
type Db = Ctx['db'];
type Plan = z.infer<typeof ZElectionCreate>;

/** The election, if the viewer may read (or, with `lead`, run) its branch's elections. */
export async function loadElection(ctx: Ctx, db: Db, id: string, need: 'read' | 'lead', message = LEAD_ONLY): Promise<ElectionRow> {
  const row = await findElection(db, ctx.viewer.organId, id);
  if (!row) throw notFound('选举');
  await branchFor(ctx, db, row.branch_id, need, message);
  return row;
}

/** The open term of a branch: the one an election replaces or fills. */
export async function openTerm(db: Db, branchId: string) {
  return (await committeesOfBranch(db, branchId)).find((c) => c.ended_on === null) ?? null;
}

/** The term an election replaces or fills: while a draft, the one open now; once held, the one it was held against. */
async function previousTerm(db: Db, row: ElectionRow) {
  if (row.status === 'draft') return openTerm(db, row.branch_id);
  if (!row.previous_committee_id) return null;
  return (await db.selectFrom('committees').selectAll().where('id', '=', row.previous_committee_id).executeTakeFirst()) ?? null;
}

export async function getElection(ctx: Ctx, id: string): Promise<Election> {
  const row = await loadElection(ctx, ctx.db, id, 'read');
  const draft = row.status === 'draft';
  const [nominees, voters, previous, meeting] = await Promise.all([
    nomineesOf(ctx.db, id),
    draft
      ? fullMembersOn(ctx.db, row.branch_id, row.planned_on).then((ps) => ps.map((p) => ({ ...p, attendance: null })))
      : votersOf(ctx.db, id),
    previousTerm(ctx.db, row),
    linkedMeeting(ctx.db, row.meeting_id),
  ]);
  const lead = canLeadCommittees(ctx.viewer, row.branch_id) && row.branch_status === 'active';
  return presentElection({
    row,
    nominees,
    voters,
    previous,
    meeting,
    abilities: {
      edit: lead && draft,
      linkMeeting: lead && linkable(row),
      submit: lead && (row.status === 'held' || row.status === 'returned'),
      decide: isOrganAdmin(ctx.viewer) && row.status === 'submitted',
    },
  });
}

/** Checks a plan against the branch's records; returns the term it will replace (general) or fill (byElection). */
async function checkPlan(ctx: Ctx, db: Db, branchId: string, p: Plan): Promise<{ plan: Plan; previousId: string | null }> {
  const current = await openTerm(db, branchId);
  const problems: string[] = [];
  let plan = { ...p, nomineeIds: [...p.nomineeIds] };
  if (p.kind === 'general') {
    if (p.committeeKind === 'committee' && (p.seats < 3 || p.seats > 9)) problems.push(`支部委员会应选3至9人，不能是${p.seats}人`);
    if (p.committeeKind === 'secretaryOnly' && p.seats > 2) problems.push('不设支委会的支部只选书记（和副书记），应选1至2人');
    if (p.termYears === null || p.termYears === undefined) problems.push('请选择任期（3至5年）');
    else if (!(TERM_YEARS as readonly number[]).includes(p.termYears)) problems.push(`任期应为3至5年，不能是${p.termYears}年`);
  } else {
    if (!current) throw invalid('本支部没有在任的一届，不能补选；请先登记现任支部委员会或举行换届选举');
    const open = await openVacancies(db, current.id);
    if (open.length === 0) throw invalid('本届没有职务空缺，无需补选；请先登记委员离任');
    if (p.seats > open.length) problems.push(`本届现有${open.length}个职务空缺，补选应选人数不能超过空缺数`);
    plan = { ...plan, committeeKind: current.kind, termYears: null };
  }
  const names = await namesOf(db, ctx.viewer.organId, p.nomineeIds);
  const name = (id: string) => names.get(id) ?? '该人员';
  if (new Set(p.nomineeIds).size !== p.nomineeIds.length) problems.push('候选人名单中有重复的人员');
  const full = new Set((await fullMembersOn(db, branchId, p.plannedOn)).map((x) => x.id));
  for (const id of p.nomineeIds) if (!full.has(id)) problems.push(`${name(id)}不是本支部的正式党员（${p.plannedOn}），不能作为候选人`);
  if (p.kind === 'byElection' && current) {
    const sitting = new Set((await openMembers(db, current.id)).map((m) => m.person_id));
    for (const id of p.nomineeIds) if (sitting.has(id)) problems.push(`${name(id)}已是本届委员，不能作为补选候选人`);
  }
  const fewest = fewestNominees({ kind: plan.kind, committee_kind: plan.committeeKind, seats: plan.seats });
  const count = new Set(p.nomineeIds).size;
  if (count < fewest) {
    problems.push(
      plan.kind === 'general' && plan.committeeKind === 'committee'
        ? `候选人应多于应选人数20%以上：应选${plan.seats}人，候选人至少${fewest}人（现有${count}人）`
        : `候选人不能少于应选人数：应选${plan.seats}人，现有${count}人`,
    );
  }
  if (problems.length) throw invalid(problems.join('；'), { problems });
  return { plan, previousId: current?.id ?? null };
}

const nomineeRows = (electionId: string, ids: string[]) => ids.map((personId) => ({ id: randomUUID(), election_id: electionId, person_id: personId }));

export async function createElection(ctx: Ctx, branchId: string, input: Plan): Promise<Election> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchFor(ctx, trx, branchId, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以筹备选举');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能举行选举');
    const { plan, previousId } = await checkPlan(ctx, trx, branchId, input);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      kind: plan.kind,
      committee_kind: plan.committeeKind,
      seats: plan.seats,
      term_years: plan.termYears ?? null,
      planned_on: plan.plannedOn,
      previous_committee_id: previousId,
      note: plan.note ?? null,
    };
    await trx.insertInto('elections').values(row).execute();
    if (plan.nomineeIds.length) await trx.insertInto('election_nominees').values(nomineeRows(id, plan.nomineeIds)).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'election.created', entityType: 'election', entityId: id, after: { ...row, nomineeIds: plan.nomineeIds } });
    if (input.meetingId) await setMeetingLink(ctx, trx, (await findElection(trx, ctx.viewer.organId, id))!, input.meetingId);
  });
  return getElection(ctx, id);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Changes the plan and/or the link to the 党员大会 record. */
export async function updateElection(ctx: Ctx, id: string, update: z.infer<typeof ZElectionUpdate>): Promise<Election> {
  const { meetingId, ...input } = update;
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以修改选举');
    // an empty patch is judged as a plan change, as before the link existed (refused once submitted)
    const planChange = meetingId === undefined || Object.values(input).some((v) => v !== undefined);
    if (planChange) await updatePlan(ctx, trx, e, input);
    // the link is judged against the date after the plan change; a kept link must still fit that date
    const now = planChange ? (await findElection(trx, ctx.viewer.organId, id))! : e;
    if (meetingId !== undefined) await setMeetingLink(ctx, trx, now, meetingId);
    else await assertLinkFits(trx, now, electionDay(now));
  });
  return getElection(ctx, id);
}

/** Changes the plan while it is a draft; once held, only the note (posts are corrected through the roles route). */
async function updatePlan(ctx: Ctx, trx: Transaction<DB>, e: ElectionRow, input: Partial<Plan>): Promise<void> {
  const id = e.id;
  const nominees = await nomineesOf(trx, id);
  const before: Plan = {
    kind: e.kind,
    committeeKind: e.committee_kind,
    seats: e.seats,
    termYears: e.term_years,
    plannedOn: e.planned_on,
    nomineeIds: nominees.map((n) => n.person_id),
    note: e.note,
  };
  const merged: Plan = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  if (e.status !== 'draft') {
    if (e.status !== 'held' && e.status !== 'returned') throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，不能再修改`);
    const changed =
      merged.kind !== before.kind ||
      merged.committeeKind !== before.committeeKind ||
      merged.seats !== before.seats ||
      (merged.termYears ?? null) !== before.termYears ||
      merged.plannedOn !== before.plannedOn ||
      !sameSet(merged.nomineeIds, before.nomineeIds);
    if (changed) throw invalid('选举已举行，只能修改备注；如需更正当选人的职务分工，请使用“更正职务分工”');
    await trx.updateTable('elections').set({ note: merged.note ?? null }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'election.updated', entityType: 'election', entityId: id, before: { note: e.note }, after: { note: merged.note ?? null } });
    return;
  }
  const { plan, previousId } = await checkPlan(ctx, trx, e.branch_id, merged);
  const patch = {
    kind: plan.kind,
    committee_kind: plan.committeeKind,
    seats: plan.seats,
    term_years: plan.termYears ?? null,
    planned_on: plan.plannedOn,
    previous_committee_id: previousId,
    note: plan.note ?? null,
  };
  await trx.updateTable('elections').set(patch).where('id', '=', id).execute();
  if (!sameSet(plan.nomineeIds, before.nomineeIds)) {
    await trx.deleteFrom('election_nominees').where('election_id', '=', id).execute();
    if (plan.nomineeIds.length) await trx.insertInto('election_nominees').values(nomineeRows(id, plan.nomineeIds)).execute();
  }
  await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'election.updated', entityType: 'election', entityId: id, before, after: { ...patch, nomineeIds: plan.nomineeIds } });
}

/** The 机关党委 approves holding the general election before the term's 届满日 (R-ELECT-1). */
export async function approveEarly(ctx: Ctx, id: string, input: z.infer<typeof ZEarlyApproval>): Promise<Election> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.early);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'read');
    if (e.kind !== 'general') throw invalid('补选不涉及提前换届');
    if (e.status !== 'draft') throw invalid('选举已举行，不能再登记提前换届的批准');
    if (input.approvedOn > ctx.today) throw invalid('批准日期不能晚于今天');
    const after = { early_approved_on: input.approvedOn, early_doc_no: input.docNo ?? null };
    await trx.updateTable('elections').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'election.earlyApproved',
      entityType: 'election',
      entityId: id,
      before: { early_approved_on: e.early_approved_on, early_doc_no: e.early_doc_no },
      after,
    });
  });
  return getElection(ctx, id);
}

/** Elections the viewer may see: every branch for organ staff, else the branches whose committee they sit on. */
export async function listElectionItems(ctx: Ctx, q: { status?: ElectionStatus; branchId?: string }): Promise<ElectionListItem[]> {
  const v = ctx.viewer;
  const branchIds = isOrganAdmin(v) || v.organRoles.includes('assessor') ? 'all' : Object.keys(v.branchRoles).filter((b) => isBranchOfficer(v, b));
  const rows = await listElections(ctx.db, v.organId, { branchIds, ...q });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    plannedOn: r.planned_on,
    heldOn: r.held_on,
    seats: r.seats,
    branchId: r.branch_id,
    branchName: r.branch_name,
    committeeKind: r.committee_kind,
    submittedOn: r.submitted_on,
  }));
}

