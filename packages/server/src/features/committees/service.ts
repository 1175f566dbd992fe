import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { committeeProblems, isOrganAdmin, paramsInForce } from '@zhibu/domain';
import type { BranchCommittees, Committee, CommitteeRecord } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid } from '../../errors.js';
import { branchFor, canLeadCommittees } from './access.js';
import { presentCommittee } from './presenter.js';
import {
  committeesOfBranch,
  electionsOfBranch,
  fullMembersOn,
  loadCommitteeRows,
  memberCountOn,
  namesOf,
  paramOverrides,
} from './repository.js';

type Db = Ctx['db'];
type Trx = Transaction<DB>;

/** The term in force on a date: begun by then and not replaced (ended_on is the successor's first day). */
export const inForceOn = (c: { start_on: string; ended_on: string | null }, date: string) => c.start_on <= date && (c.ended_on === null || c.ended_on > date);

/** The branch's committee page: the term in force, past terms, elections, and who may be picked (issue 4 §5). */
export async function getBranchCommittees(ctx: Ctx, branchId: string): Promise<BranchCommittees> {
  const b = await branchFor(ctx, ctx.db, branchId, 'read');
  const [committees, elections, full, allMembers, overrides] = await Promise.all([
    committeesOfBranch(ctx.db, branchId),
    electionsOfBranch(ctx.db, branchId),
    fullMembersOn(ctx.db, branchId, ctx.today),
    memberCountOn(ctx.db, branchId, ctx.today),
    paramOverrides(ctx.db, ctx.viewer.organId),
  ]);
  const rows = await loadCommitteeRows(ctx.db, committees);
  const params = paramsInForce(overrides, ctx.today);
  const counted = params['org.committeeCountsFullOnly'] === false ? allMembers : full.length;
  const current = committees.find((c) => inForceOn(c, ctx.today)) ?? null;
  const lead = canLeadCommittees(ctx.viewer, branchId) && b.status === 'active';
  return {
    branch: { id: b.id, fullName: b.full_name, shortName: b.short_name },
    fullMemberCount: full.length,
    committeeRequired: counted >= Number(params['org.committeeThreshold']),
    current: current ? presentCommittee(rows, current.id) : null,
    history: committees.filter((c) => c.id !== current?.id).map((c) => presentCommittee(rows, c.id)),
    elections: elections.map((e) => ({ id: e.id, kind: e.kind, status: e.status, plannedOn: e.planned_on, heldOn: e.held_on, seats: e.seats })),
    fullMembers: full.map((p) => ({ id: p.id, name: p.name })),
    abilities: { record: lead, elect: lead, admin: isOrganAdmin(ctx.viewer) },
  };
}

/** One term, read after a write (outside the write's transaction). */
export async function getCommittee(ctx: Ctx, committeeId: string): Promise<Committee> {
  const c = await ctx.db.selectFrom('committees').selectAll().where('id', '=', committeeId).execute();
  return presentCommittee(await loadCommitteeRows(ctx.db, c), committeeId);
}

/**
 * Where a new term [startOn, endedOn) goes among the branch's recorded terms: refused when it overlaps one, or when
 * a term in force began on or after it (two active committees); a newer term replaces the one in force.
 */
export async function placeTerm(trx: Db, branchId: string, startOn: string, endedOn: string | null) {
  const terms = await committeesOfBranch(trx, branchId);
  let replaces: (typeof terms)[number] | null = null;
  for (const t of terms) {
    if (t.ended_on === null && endedOn === null) {
      if (t.start_on >= startOn) {
        throw new AppError('CONFLICT', `本支部已有在任的一届（${t.start_on}起，任期${t.term_years}年），一个党支部同时只能有一届在任；新一届的开始日期须晚于${t.start_on}`);
      }
      replaces = t;
    } else if (startOn < (t.ended_on ?? '9999-12-31') && t.start_on < (endedOn ?? '9999-12-31')) {
      throw new AppError('CONFLICT', `与已登记的一届（${t.start_on}至${t.ended_on ?? '今'}）时间重叠，一个党支部同时只能有一届在任`);
    }
  }
  return replaces;
}

/** Ends a term the day its successor begins: its open posts end that day too (R-ORG-6). */
export async function endTerm(trx: Trx, ctx: Ctx, term: { id: string; ended_on: string | null }, on: string, why: string) {
  await trx.updateTable('committees').set({ ended_on: on }).where('id', '=', term.id).execute();
  const ended = await trx
    .updateTable('committee_members')
    .set({ end_on: on, end_reason: '换届' })
    .where('committee_id', '=', term.id)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>', on)]))
    .returning(['id', 'person_id', 'role'])
    .execute();
  await recordEvent(trx, ctx.actor, {
    organId: ctx.viewer.organId,
    action: 'committee.ended',
    entityType: 'committee',
    entityId: term.id,
    before: { ended_on: term.ended_on },
    after: { ended_on: on, reason: why, postsEnded: ended },
  });
}

const isLeadRole = (r: string) => r === 'secretary' || r === 'deputySecretary';

/** Records a term that exists outside the system (elected before it, or a back-entry of a past term). */
export async function recordCommittee(ctx: Ctx, branchId: string, input: CommitteeRecord): Promise<Committee> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchFor(ctx, trx, branchId, 'lead', '只有机关党委管理员或本支部书记、副书记、组织委员可以登记支部委员会');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记支部委员会');
    const endedOn = input.endedOn ?? null;
    const electedOn = input.electedOn ?? null;
    if (input.startOn > ctx.today) throw invalid('任期开始日期不能晚于今天');
    if (electedOn && electedOn > input.startOn) throw invalid('选举日期不能晚于任期开始日期');
    if (endedOn !== null && endedOn <= input.startOn) throw invalid(`结束日期（${endedOn}）须晚于任期开始日期（${input.startOn}）`);
    if (endedOn !== null && endedOn > ctx.today) throw invalid('结束日期不能晚于今天；在任的一届不填结束日期');
    const full = await fullMembersOn(trx, branchId, input.startOn);
    const names = await namesOf(trx, ctx.viewer.organId, input.members.map((m) => m.personId));
    const problems = committeeProblems(
      { kind: input.kind, startOn: input.startOn, termYears: input.termYears, members: input.members },
      { fullMemberIds: new Set(full.map((p) => p.id)), names },
    );
    const from = electedOn ?? input.startOn;
    for (const m of input.members) {
      if (!isLeadRole(m.role) || !m.approvedOn) continue;
      if (m.approvedOn < from) problems.push(`${names.get(m.personId) ?? '该人员'}的批准日期不能早于选举日期（${from}）`);
      if (m.approvedOn > ctx.today) problems.push(`${names.get(m.personId) ?? '该人员'}的批准日期不能晚于今天`);
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const replaces = await placeTerm(trx, branchId, input.startOn, endedOn);
    if (replaces) await endTerm(trx, ctx, replaces, input.startOn, '登记了新一届');
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      kind: input.kind,
      start_on: input.startOn,
      term_years: input.termYears,
      elected_on: electedOn,
      ended_on: endedOn,
      election_id: null,
      note: input.note ?? null,
    };
    await trx.insertInto('committees').values(row).execute();
    const members = input.members.map((m) => ({
      id: randomUUID(),
      committee_id: id,
      person_id: m.personId,
      role: m.role,
      start_on: input.startOn,
      end_on: endedOn,
      origin: 'recorded' as const,
      approved_on: isLeadRole(m.role) ? (m.approvedOn ?? null) : null,
      approval_doc_no: isLeadRole(m.role) ? (m.approvalDocNo ?? null) : null,
      end_reason: endedOn ? '换届' : null,
    }));
    await trx.insertInto('committee_members').values(members).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'committee.recorded', entityType: 'committee', entityId: id, after: { ...row, members } });
  });
  return getCommittee(ctx, id);
}
