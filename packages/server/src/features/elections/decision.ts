import type { z } from 'zod';
import { committeeProblems, isOrganAdmin, type BranchRole } from '@zhibu/domain';
import { ELECTION_STATUS_LABELS, type Election, type ZElectionDecision, type ZElectionRoles } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid } from '../../errors.js';
import { ADMIN_ONLY } from '../committees/access.js';
import { namesOf, openMembers } from '../committees/repository.js';
import { nomineesOf, type ElectionRow } from './repository.js';
import { getElection, loadElection } from './service.js';

/** After the vote: the branch reports the result (报批), the 机关党委 approves or returns it (R-ORG-5, R-ELECT-9). */
type Db = Ctx['db'];

/** The post rows an election created: the new term's (换届) or the by-elected members' (补选). */
async function electedRows(db: Db, e: ElectionRow) {
  if (!e.result_committee_id || !e.held_on) return [];
  const nominees = await nomineesOf(db, e.id);
  const won = new Set(nominees.filter((n) => n.elected).map((n) => n.person_id));
  const origin = e.kind === 'general' ? 'elected' : 'byElection';
  return (await openMembers(db, e.result_committee_id)).filter((m) => m.origin === origin && m.start_on === e.held_on && won.has(m.person_id));
}

/** The branch reports the held (or corrected) result to the 机关党委. */
export async function submitElection(ctx: Ctx, id: string): Promise<Election> {
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以报批选举结果');
    if (e.status !== 'held' && e.status !== 'returned') throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，不能报批`);
    const after = { status: 'submitted' as const, submitted_on: ctx.today, return_reason: null, decided_on: null, decided_by: null };
    await trx.updateTable('elections').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'election.submitted',
      entityType: 'election',
      entityId: id,
      before: { status: e.status, return_reason: e.return_reason },
      after,
    });
  });
  return getElection(ctx, id);
}

/** The 机关党委 approves (the new 书记/副书记 are approved that day) or returns the result with its reason. */
export async function decideElection(ctx: Ctx, id: string, input: z.infer<typeof ZElectionDecision>): Promise<Election> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY.decide);
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'read');
    if (e.status !== 'submitted') throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，只有已报批的选举结果可以审批`);
    if (e.held_on && input.decidedOn < e.held_on) throw invalid(`审批日期（${input.decidedOn}）不能早于选举日期（${e.held_on}）`);
    if (input.decidedOn > ctx.today) throw invalid('审批日期不能晚于今天');
    const base = { organId: ctx.viewer.organId, entityType: 'election', entityId: id, before: { status: e.status } };
    if (input.decision === 'return') {
      if (!input.reason) throw invalid('退回时请填写退回原因');
      const after = { status: 'returned' as const, decided_on: input.decidedOn, decided_by: ctx.viewer.accountId, return_reason: input.reason };
      await trx.updateTable('elections').set(after).where('id', '=', id).execute();
      await recordEvent(trx, ctx.actor, { ...base, action: 'election.returned', after });
      return;
    }
    const after = { status: 'approved' as const, decided_on: input.decidedOn, decided_by: ctx.viewer.accountId, approval_doc_no: input.docNo ?? null, return_reason: null };
    await trx.updateTable('elections').set(after).where('id', '=', id).execute();
    const leads = (await electedRows(trx, e)).filter((m) => (m.role === 'secretary' || m.role === 'deputySecretary') && m.approved_on === null);
    if (leads.length) {
      await trx
        .updateTable('committee_members')
        .set({ approved_on: input.decidedOn, approval_doc_no: input.docNo ?? null })
        .where('id', 'in', leads.map((m) => m.id))
        .execute();
    }
    await recordEvent(trx, ctx.actor, { ...base, action: 'election.approved', after: { ...after, approvedPosts: leads.map((m) => ({ id: m.id, person_id: m.person_id, role: m.role })) } });
  });
  return getElection(ctx, id);
}

/** Corrects the posts of the elected before approval (e.g. after a return): the new term's rows change with them. */
export async function correctRoles(ctx: Ctx, id: string, input: z.infer<typeof ZElectionRoles>): Promise<Election> {
  await ctx.db.transaction().execute(async (trx) => {
    const e = await loadElection(ctx, trx, id, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以更正职务分工');
    if (e.status !== 'held' && e.status !== 'returned') throw invalid(`选举${ELECTION_STATUS_LABELS[e.status]}，不能更正职务分工`);
    const rows = await electedRows(trx, e);
    const names = await namesOf(trx, ctx.viewer.organId, input.roles.map((r) => r.personId));
    const problems: string[] = [];
    const roles = new Map<string, BranchRole>();
    for (const r of input.roles) {
      if (!rows.some((m) => m.person_id === r.personId)) problems.push(`${names.get(r.personId) ?? '该人员'}不是本次选举的当选人，不能在此分配职务`);
      else if (roles.has(r.personId)) problems.push(`${names.get(r.personId)}的职务重复填写`);
      roles.set(r.personId, r.role);
    }
    if (problems.length) throw invalid(problems.join('；'));
    const committee = await trx.selectFrom('committees').selectAll().where('id', '=', e.result_committee_id!).executeTakeFirstOrThrow();
    const sitting = await openMembers(trx, committee.id);
    const members = sitting.map((m) => ({ personId: m.person_id, role: rows.some((x) => x.id === m.id) ? (roles.get(m.person_id) ?? m.role) : m.role }));
    const found = committeeProblems(
      { kind: committee.kind, startOn: committee.start_on, termYears: committee.term_years, members },
      { fullMemberIds: new Set(sitting.map((m) => m.person_id)), names: new Map(sitting.map((m) => [m.person_id, m.name])) },
    );
    if (found.length) throw invalid(found.join('；'));
    const changed = rows.filter((m) => roles.has(m.person_id) && roles.get(m.person_id) !== m.role);
    if (changed.length === 0) return;
    for (const m of changed) {
      const role = roles.get(m.person_id)!;
      await trx.updateTable('committee_members').set({ role }).where('id', '=', m.id).execute();
      await trx.updateTable('election_nominees').set({ role }).where('election_id', '=', id).where('person_id', '=', m.person_id).execute();
    }
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'election.rolesCorrected',
      entityType: 'election',
      entityId: id,
      before: changed.map((m) => ({ person_id: m.person_id, role: m.role })),
      after: changed.map((m) => ({ person_id: m.person_id, role: roles.get(m.person_id) })),
    });
  });
  return getElection(ctx, id);
}
