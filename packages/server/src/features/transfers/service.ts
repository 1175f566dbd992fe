import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.js';
import { addDays, canMove, TRANSFER_DEFAULT_VALID_DAYS, transferProblems, type PersonFacts } from '@zhibu/domain';
import type { Transfer, TransferInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid } from '../../errors.js';
import { findBranch, findGroup } from '../branches/repository.js';
import { findPerson, placeOf } from '../persons/repository.js';
import { checkIdFree, insertPerson, prepareFacts } from '../persons/service.js';
import { personColumns } from '../persons/columns.js';
import { branchForRead, branchForWrite, loadTransfer } from './access.js';
import { presentTransfer } from './presenter.js';
import { duesPaidTo, transfersOf } from './repository.js';

/**
 * Relation transfers (组织关系转接, MEM-3): a formal transfer changes the roster in the same transaction — out of the
 * branch from its effective date (to another branch of the organ: into that branch the same day; to outside: status
 * transferredOut), or into it. A membership ends the day before the effective date, so on that date the person
 * belongs to the receiving side only. Temporary transfers change no membership.
 */
type Trx = Transaction<DB>;

export async function listTransfers(ctx: Ctx, branchId: string): Promise<Transfer[]> {
  await branchForRead(ctx, ctx.db, branchId);
  const rows = await transfersOf(ctx.db, branchId);
  return rows.map((t) => presentTransfer(t, ctx.viewer, ctx.today));
}

export async function getTransfer(ctx: Ctx, id: string): Promise<Transfer> {
  return presentTransfer(await loadTransfer(ctx, ctx.db, id), ctx.viewer, ctx.today);
}

async function endMemberships(trx: Trx, personId: string, effectiveOn: string) {
  const cur = await placeOf(trx, personId, effectiveOn);
  const dayBefore = addDays(effectiveOn, -1);
  if (cur.branch) await trx.updateTable('branch_memberships').set({ end_on: dayBefore }).where('id', '=', cur.branch.id).execute();
  if (cur.group) await trx.updateTable('group_memberships').set({ end_on: dayBefore }).where('id', '=', cur.group.id).execute();
  return cur;
}

async function startMembership(trx: Trx, personId: string, branchId: string, groupId: string | null, effectiveOn: string) {
  await trx.insertInto('branch_memberships').values({ id: randomUUID(), person_id: personId, branch_id: branchId, start_on: effectiveOn, end_on: null }).execute();
  if (groupId) await trx.insertInto('group_memberships').values({ id: randomUUID(), person_id: personId, group_id: groupId, start_on: effectiveOn, end_on: null }).execute();
}

export async function createTransfer(ctx: Ctx, branchId: string, input: TransferInput): Promise<Transfer> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchForWrite(ctx, trx, branchId);
    if (b.status !== 'active') throw invalid('已撤销的党支部不能办理组织关系转接');
    const validDays = input.validDays === undefined || input.validDays === null ? TRANSFER_DEFAULT_VALID_DAYS : input.validDays;
    const otherBranchId = input.otherBranchId ?? null;
    const problems = transferProblems({
      direction: input.direction,
      kind: input.kind,
      branchId,
      otherBranchId,
      otherOrg: input.otherOrg ?? null,
      issuedOn: input.issuedOn,
      validDays,
      effectiveOn: input.effectiveOn,
    });
    if (otherBranchId && otherBranchId !== branchId) {
      const other = await findBranch(trx, ctx.viewer.organId, otherBranchId);
      if (!other || other.status !== 'active') problems.push('所选接收党支部不存在或已撤销');
    }
    if (input.direction === 'in' && otherBranchId) problems.push('本机关内部的转接请由转出支部办理转出，接收支部无需另行登记转入');
    if (input.direction === 'out' && input.newPerson) problems.push('转出只能选择本支部的党员');
    if (input.groupId) {
      const g = await findGroup(trx, input.groupId);
      if (!g || g.branch_id !== branchId) problems.push('所选党小组不属于本支部');
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });

    let personId = input.personId ?? '';
    let personName = '';
    let startedWithPerson = false;
    const formal = input.kind === 'formal';
    if (input.personId) {
      const p = await findPerson(trx, ctx.viewer.organId, input.personId);
      if (!p) throw invalid('所选人员不是本机关的人员');
      personName = p.name;
      if (p.category !== 'full' && p.category !== 'probationary') throw invalid(`${p.name}不是党员，不能办理党员组织关系转接`);
      const place = await placeOf(trx, p.id, input.effectiveOn);
      if (input.direction === 'out' && place.branch?.branch_id !== branchId) throw invalid(`${p.name}在${input.effectiveOn}不是本支部的党员，不能转出`);
      if (input.direction === 'in' && formal && place.branch) throw invalid(`${p.name}在${input.effectiveOn}仍在${place.branch.short_name}，请由该支部办理转出`);
      const later = await trx.selectFrom('branch_memberships').select('id').where('person_id', '=', p.id).where('start_on', '>', input.effectiveOn).executeTakeFirst();
      if (formal && later) throw invalid('该人员在生效日期之后已有组织关系变动，请按时间顺序办理');
    } else if (input.newPerson) {
      const facts = prepareFacts(input.newPerson as PersonFacts);
      if (facts.category !== 'full' && facts.category !== 'probationary') throw invalid('转入的人员应为正式党员或预备党员');
      personId = randomUUID();
      personName = facts.name;
      if (formal) {
        // onto the roster with the membership from the effective date, as any new person (ID number checked, audited)
        await insertPerson(ctx, trx, { id: personId, facts, branchId, groupId: input.groupId ?? null, startOn: input.effectiveOn });
        startedWithPerson = true;
      } else {
        // temporary: on the organ's records, without a membership of the branch
        await checkIdFree(trx, ctx.viewer.organId, facts.idNumber);
        const row = { id: personId, organ_id: ctx.viewer.organId, ...personColumns(facts) };
        await trx.insertInto('persons').values(row).execute();
        await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'person.created', entityType: 'person', entityId: personId, after: { ...row, via: 'transfer', transferId: id } });
      }
    }

    const changes: Record<string, unknown> = {};
    if (formal && input.direction === 'out') {
      const cur = await endMemberships(trx, personId, input.effectiveOn);
      changes.endedBranch = cur.branch?.branch_id ?? null;
      changes.endedGroup = cur.group?.group_id ?? null;
      if (otherBranchId) {
        await startMembership(trx, personId, otherBranchId, null, input.effectiveOn);
        changes.startedBranch = otherBranchId;
      } else {
        await trx.updateTable('persons').set({ status: 'transferredOut' }).where('id', '=', personId).execute();
        changes.status = 'transferredOut';
      }
    } else if (formal && input.direction === 'in') {
      if (!startedWithPerson) await startMembership(trx, personId, branchId, input.groupId ?? null, input.effectiveOn);
      await trx.updateTable('persons').set({ status: 'active' }).where('id', '=', personId).where('status', '=', 'transferredOut').execute();
      changes.startedBranch = branchId;
    }
    if (personName === '') throw invalid('请选择人员');
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      person_id: personId,
      direction: input.direction,
      kind: input.kind,
      letter_no: input.letterNo ?? null,
      issued_on: input.issuedOn,
      valid_days: validDays,
      other_branch_id: otherBranchId,
      other_org: otherBranchId ? null : (input.otherOrg?.trim() ?? null),
      dues_paid_to: input.direction === 'out' ? await duesPaidTo(trx, personId) : null,
      effective_on: input.effectiveOn,
      note: input.note ?? null,
    };
    await trx.insertInto('transfers').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'transfer.recorded', entityType: 'transfer', entityId: id, after: { ...row, changes } });
  });
  return getTransfer(ctx, id);
}

/** issued → received (the other side took the member in), received → completed (the 回执 came back). */
export async function receiveTransfer(ctx: Ctx, id: string, receivedOn: string): Promise<Transfer> {
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTransfer(ctx, trx, id, 'write');
    if (!canMove(t.status, 'received')) throw new AppError('CONFLICT', '只有已开具的介绍信可以登记接收');
    if (receivedOn < t.issued_on) throw invalid('接收日期不能早于开具日期');
    if (receivedOn > ctx.today) throw invalid('接收日期不能晚于今天');
    await trx.updateTable('transfers').set({ received_on: receivedOn, status: 'received' }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'transfer.received', entityType: 'transfer', entityId: id, before: { status: t.status }, after: { status: 'received', receivedOn } });
  });
  return getTransfer(ctx, id);
}

export async function returnReceipt(ctx: Ctx, id: string, receiptReturnedOn: string): Promise<Transfer> {
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTransfer(ctx, trx, id, 'write');
    if (!canMove(t.status, 'completed')) throw new AppError('CONFLICT', '尚未接收，不能登记回执');
    if (t.received_on && receiptReturnedOn < t.received_on) throw invalid('回执日期不能早于接收日期');
    if (receiptReturnedOn > ctx.today) throw invalid('回执日期不能晚于今天');
    await trx.updateTable('transfers').set({ receipt_returned_on: receiptReturnedOn, status: 'completed' }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'transfer.completed', entityType: 'transfer', entityId: id, before: { status: t.status }, after: { status: 'completed', receiptReturnedOn } });
  });
  return getTransfer(ctx, id);
}

/**
 * Cancels a letter not yet received: a temporary one any time, a formal one only before its effective date, when
 * its membership change is undone (the membership ended reopens, the one started is removed, the status restored).
 */
export async function cancelTransfer(ctx: Ctx, id: string): Promise<Transfer> {
  await ctx.db.transaction().execute(async (trx) => {
    const t = await loadTransfer(ctx, trx, id, 'write');
    if (!canMove(t.status, 'cancelled')) throw new AppError('CONFLICT', '已接收的转接不能撤销');
    if (t.kind === 'formal' && t.effective_on <= ctx.today) throw invalid('正式组织关系转接已生效，不能撤销；如有误，请另行办理转接');
    if (t.kind === 'formal') {
      const dayBefore = addDays(t.effective_on, -1);
      const started = t.direction === 'out' ? t.other_branch_id : t.branch_id;
      if (started) await trx.deleteFrom('branch_memberships').where('person_id', '=', t.person_id).where('branch_id', '=', started).where('start_on', '=', t.effective_on).execute();
      if (t.direction === 'in') await trx.deleteFrom('group_memberships').where('person_id', '=', t.person_id).where('start_on', '=', t.effective_on).execute();
      if (t.direction === 'out') {
        await trx.updateTable('branch_memberships').set({ end_on: null }).where('person_id', '=', t.person_id).where('branch_id', '=', t.branch_id).where('end_on', '=', dayBefore).execute();
        await trx.updateTable('group_memberships').set({ end_on: null }).where('person_id', '=', t.person_id).where('end_on', '=', dayBefore).execute();
        await trx.updateTable('persons').set({ status: 'active' }).where('id', '=', t.person_id).where('status', '=', 'transferredOut').execute();
      }
    }
    await trx.updateTable('transfers').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'transfer.cancelled', entityType: 'transfer', entityId: id, before: { status: t.status }, after: { status: 'cancelled' } });
  });
  return getTransfer(ctx, id);
}
