import { randomUUID } from 'node:crypto';
import { chatGroupBranchOn, checkChatGroup, MAX_CHAT_GROUP_NAMES, parseMemberNames } from '@zhibu/domain';
import type { ChatGroup, ChatGroupInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid } from '../../errors.js';
import { loadCheckFacts, rangeOf } from '../check/facts.js';
import { chatGroupBranch, readsMemberCheck, writesChatGroup } from './access.js';
import { findChatGroup, membersOf, onRoster } from './repository.js';

/** The branch's WeChat group (VEN-3) and its check against the branch as it is today. */
export async function getChatGroup(ctx: Ctx, branchId: string): Promise<ChatGroup> {
  const b = await chatGroupBranch(ctx, ctx.db, branchId);
  const g = await findChatGroup(ctx.db, branchId);
  const facts = await loadCheckFacts(ctx.db, ctx.viewer.organId, rangeOf(Number(ctx.today.slice(0, 4)), ctx.today), [branchId]);
  const bf = facts.branches.find((x) => x.id === branchId)!;
  const side = chatGroupBranchOn(bf, ctx.today);
  const full = readsMemberCheck(ctx.viewer, branchId);
  const names = new Map(bf.persons.map((p) => [p.id, p.name]));
  const officers = [...new Set(side.officerIds)].map((id) => ({ id, name: names.get(id) ?? '' }));
  let group: ChatGroup['group'] = null;
  let check: ChatGroup['check'] = null;
  if (g) {
    const members = await membersOf(ctx.db, g.id);
    const r = checkChatGroup({ name: g.name, managerPersonId: g.manager_person_id, members }, side, ctx.today);
    group = {
      name: g.name,
      platform: g.platform,
      manager: g.manager_person_id ? { id: g.manager_person_id, name: g.manager_name ?? '' } : null,
      listedOn: g.listed_on,
      members: full ? members : null,
    };
    check = { nameOk: r.nameOk, managerOk: r.managerOk, outsiders: full ? r.outsiders : null, listed: full ? r.listed : null };
  }
  return {
    branch: { id: b.id, fullName: b.full_name, shortName: b.short_name },
    canWrite: writesChatGroup(ctx.viewer, branchId) && b.status === 'active',
    officers,
    group,
    check,
  };
}

/** Records (or replaces) the group and its member list, as one record per branch. */
export async function saveChatGroup(ctx: Ctx, branchId: string, input: ChatGroupInput): Promise<ChatGroup> {
  const members = parseMemberNames(input.members);
  if (members.length > MAX_CHAT_GROUP_NAMES) throw invalid(`成员名单最多${MAX_CHAT_GROUP_NAMES}人，现有${members.length}人`);
  if (members.some((m) => m.length > 50)) throw invalid('成员名单中有超过50个字的名字，请每行一个名字');
  if (input.listedOn > ctx.today) throw invalid('名单日期不能晚于今天');
  await ctx.db.transaction().execute(async (trx) => {
    const b = await chatGroupBranch(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记微信群');
    if (input.managerPersonId && !(await onRoster(trx, branchId, input.managerPersonId, ctx.today))) throw invalid('管理员不是本支部的人员，请选择本支部书记或支委');
    const before = await findChatGroup(trx, branchId);
    const beforeMembers = before ? await membersOf(trx, before.id) : [];
    const id = before?.id ?? randomUUID();
    const row = { name: input.name, platform: input.platform ?? null, manager_person_id: input.managerPersonId, listed_on: input.listedOn, updated_at: new Date() };
    if (before) {
      await trx.updateTable('chat_groups').set(row).where('id', '=', id).execute();
      await trx.deleteFrom('chat_group_members').where('chat_group_id', '=', id).execute();
    } else {
      await trx.insertInto('chat_groups').values({ id, organ_id: ctx.viewer.organId, branch_id: branchId, ...row }).execute();
    }
    if (members.length) await trx.insertInto('chat_group_members').values(members.map((name, seq) => ({ chat_group_id: id, seq, name }))).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: before ? 'chatGroup.updated' : 'chatGroup.created',
      entityType: 'chatGroup',
      entityId: id,
      before: before ? { ...before, members: beforeMembers } : null,
      after: { ...row, branch_id: branchId, members },
    });
  });
  return getChatGroup(ctx, branchId);
}
