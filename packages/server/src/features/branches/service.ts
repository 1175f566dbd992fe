import { randomUUID } from 'node:crypto';
import { canManageBranch, canSeeBranch, isBranchOfficer, isOrganAdmin, rosterScope } from '@zhibu/domain';
import type { Branch, Group } from '@zhibu/schemas';
import type { z } from 'zod';
import type { ZBranchCreate, ZBranchDissolve, ZBranchPostAssign, ZBranchUpdate, ZGroupCreate, ZGroupUpdate } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { findBranch, findGroup, isMemberOn, loadBranchRows } from './repository.js';
import { presentBranches } from './presenter.js';

/** The branches a viewer may see: all for organ staff, else those they hold a post in, lead a group of, or belong to. */
async function visibleBranchIds(ctx: Ctx): Promise<string[] | 'all'> {
  const v = ctx.viewer;
  if (isOrganAdmin(v) || v.organRoles.includes('assessor')) return 'all';
  const ids = new Set([...Object.keys(v.branchRoles), ...v.ledGroups.map((g) => g.branchId)]);
  if (v.personId) {
    const own = await ctx.db
      .selectFrom('branch_memberships')
      .select('branch_id')
      .where('person_id', '=', v.personId)
      .where('start_on', '<=', ctx.today)
      .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', ctx.today)]))
      .execute();
    own.forEach((o) => ids.add(o.branch_id));
  }
  return [...ids];
}

export async function listBranches(ctx: Ctx): Promise<Branch[]> {
  const rows = await loadBranchRows(ctx.db, ctx.viewer.organId, await visibleBranchIds(ctx), ctx.today);
  // Active branches first, then in pinyin order of their short names, as a Chinese reader expects a list.
  const collator = new Intl.Collator('zh-CN-u-co-pinyin');
  return (rows ? presentBranches(rows, ctx.viewer) : []).sort((a, b) => (a.status === b.status ? collator.compare(a.shortName, b.shortName) : a.status === 'active' ? -1 : 1));
}

export async function getBranch(ctx: Ctx, id: string): Promise<Branch> {
  const visible = await visibleBranchIds(ctx);
  if (visible !== 'all' && !visible.includes(id)) throw notFound('党支部');
  const rows = await loadBranchRows(ctx.db, ctx.viewer.organId, [id], ctx.today);
  const b = rows && presentBranches(rows, ctx.viewer)[0];
  if (!b) throw notFound('党支部');
  return b;
}

function requireAdmin(ctx: Ctx, what: string) {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(`只有机关党委管理员可以${what}`);
}

async function checkUnits(ctx: Ctx, trx: Ctx['db'], unitIds: string[]) {
  if (unitIds.length === 0) return;
  const found = await trx.selectFrom('units').select('id').where('organ_id', '=', ctx.viewer.organId).where('id', 'in', unitIds).execute();
  if (found.length !== new Set(unitIds).size) throw invalid('所选委室/科室不存在');
}

async function checkNamesFree(trx: Ctx['db'], organId: string, fullName: string, shortName: string, exceptId?: string) {
  let q = trx
    .selectFrom('branches')
    .select(['full_name', 'short_name'])
    .where('organ_id', '=', organId)
    .where((eb) => eb.or([eb('full_name', '=', fullName), eb('short_name', '=', shortName), eb('full_name', '=', shortName), eb('short_name', '=', fullName)]));
  if (exceptId) q = q.where('id', '!=', exceptId);
  const clash = await q.executeTakeFirst();
  if (clash) throw new AppError('CONFLICT', `已有同名党支部「${clash.full_name}」`);
}

export async function createBranch(ctx: Ctx, input: z.infer<typeof ZBranchCreate>): Promise<Branch> {
  requireAdmin(ctx, '设立党支部');
  if (input.kind === 'joint' && input.unitIds.length < 2) throw invalid('联合党支部应覆盖两个及以上委室/科室');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await checkUnits(ctx, trx, input.unitIds);
    await checkNamesFree(trx, ctx.viewer.organId, input.fullName, input.shortName);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      full_name: input.fullName,
      short_name: input.shortName,
      kind: input.kind,
      founded_on: input.foundedOn ?? null,
    };
    await trx.insertInto('branches').values(row).execute();
    if (input.unitIds.length) await trx.insertInto('branch_units').values(input.unitIds.map((u) => ({ branch_id: id, unit_id: u }))).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'branch.created', entityType: 'branch', entityId: id, after: { ...row, unitIds: input.unitIds } });
  });
  return getBranch(ctx, id);
}

export async function updateBranch(ctx: Ctx, id: string, input: z.infer<typeof ZBranchUpdate>): Promise<Branch> {
  requireAdmin(ctx, '修改党支部');
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranch(trx, ctx.viewer.organId, id);
    if (!b) throw notFound('党支部');
    const before = { fullName: b.full_name, shortName: b.short_name, kind: b.kind, foundedOn: b.founded_on };
    const after = {
      fullName: input.fullName ?? b.full_name,
      shortName: input.shortName ?? b.short_name,
      kind: input.kind ?? b.kind,
      foundedOn: input.foundedOn === undefined ? b.founded_on : input.foundedOn,
    };
    await checkNamesFree(trx, ctx.viewer.organId, after.fullName, after.shortName, id);
    await trx
      .updateTable('branches')
      .set({ full_name: after.fullName, short_name: after.shortName, kind: after.kind, founded_on: after.foundedOn })
      .where('id', '=', id)
      .execute();
    let unitChange = {};
    if (input.unitIds) {
      await checkUnits(ctx, trx, input.unitIds);
      const old = await trx.selectFrom('branch_units').select('unit_id').where('branch_id', '=', id).execute();
      await trx.deleteFrom('branch_units').where('branch_id', '=', id).execute();
      if (input.unitIds.length) await trx.insertInto('branch_units').values(input.unitIds.map((u) => ({ branch_id: id, unit_id: u }))).execute();
      unitChange = { unitIdsBefore: old.map((o) => o.unit_id), unitIds: input.unitIds };
    }
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'branch.updated', entityType: 'branch', entityId: id, before, after: { ...after, ...unitChange } });
  });
  return getBranch(ctx, id);
}

export async function dissolveBranch(ctx: Ctx, id: string, input: z.infer<typeof ZBranchDissolve>): Promise<Branch> {
  requireAdmin(ctx, '撤销党支部');
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranch(trx, ctx.viewer.organId, id);
    if (!b) throw notFound('党支部');
    if (b.status === 'dissolved') throw new AppError('CONFLICT', '该党支部已撤销');
    const open = await trx
      .selectFrom('branch_memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('branch_id', '=', id)
      .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', input.effectiveOn)]))
      .executeTakeFirstOrThrow();
    if (Number(open.n) > 0) throw invalid(`该支部在 ${input.effectiveOn} 仍有 ${open.n} 名在册人员，请先将其转入其他支部`);
    await trx.updateTable('branches').set({ status: 'dissolved', dissolved_on: input.effectiveOn }).where('id', '=', id).execute();
    await trx.insertInto('branch_status_changes').values({ id: randomUUID(), branch_id: id, status: 'dissolved', effective_on: input.effectiveOn, reason: input.reason }).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'branch.dissolved', entityType: 'branch', entityId: id, before: { status: b.status }, after: { status: 'dissolved', ...input } });
  });
  return getBranch(ctx, id);
}

async function checkLeader(trx: Ctx['db'], leaderId: string | null | undefined, groupOrBranch: { branchId?: string; groupId?: string }, today: string) {
  if (!leaderId) return;
  if (!(await isMemberOn(trx, leaderId, groupOrBranch, today))) {
    throw invalid(groupOrBranch.groupId ? '党小组长须是本小组的成员' : '党小组长须是本支部的在册人员');
  }
}

export async function createGroup(ctx: Ctx, branchId: string, input: z.infer<typeof ZGroupCreate>): Promise<Group> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranch(trx, ctx.viewer.organId, branchId);
    if (!b || !canSeeBranch(ctx.viewer, branchId, null)) throw notFound('党支部');
    if (!canManageBranch(ctx.viewer, branchId)) throw forbidden('只有机关党委管理员或本支部书记、组织委员可以设立党小组');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能设立党小组');
    const dup = await trx.selectFrom('party_groups').select('id').where('branch_id', '=', branchId).where('name', '=', input.name).executeTakeFirst();
    if (dup) throw new AppError('CONFLICT', `本支部已有名为「${input.name}」的党小组`);
    await checkLeader(trx, input.leaderPersonId, { branchId }, ctx.today);
    const row = { id, branch_id: branchId, name: input.name, leader_person_id: input.leaderPersonId ?? null, founded_on: input.foundedOn ?? ctx.today, dissolved_on: null };
    await trx.insertInto('party_groups').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'group.created', entityType: 'group', entityId: id, after: row });
  });
  return (await getBranch(ctx, branchId)).groups.find((g) => g.id === id)!;
}

export async function updateGroup(ctx: Ctx, groupId: string, input: z.infer<typeof ZGroupUpdate>): Promise<Group> {
  const g = await findGroup(ctx.db, groupId);
  if (!g || g.organ_id !== ctx.viewer.organId) throw notFound('党小组');
  if (!canManageBranch(ctx.viewer, g.branch_id)) {
    if (isBranchOfficer(ctx.viewer, g.branch_id) || rosterScope(ctx.viewer).groupIds.includes(groupId)) throw forbidden('只有机关党委管理员或本支部书记、组织委员可以修改党小组');
    throw notFound('党小组');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (input.leaderPersonId !== undefined) await checkLeader(trx, input.leaderPersonId, { groupId }, ctx.today);
    if (input.name && input.name !== g.name) {
      const dup = await trx.selectFrom('party_groups').select('id').where('branch_id', '=', g.branch_id).where('name', '=', input.name).executeTakeFirst();
      if (dup) throw new AppError('CONFLICT', `本支部已有名为「${input.name}」的党小组`);
    }
    const patch = {
      name: input.name ?? g.name,
      leader_person_id: input.leaderPersonId === undefined ? g.leader_person_id : input.leaderPersonId,
      dissolved_on: input.dissolvedOn === undefined ? g.dissolved_on : input.dissolvedOn,
    };
    await trx.updateTable('party_groups').set(patch).where('id', '=', groupId).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'group.updated',
      entityType: 'group',
      entityId: groupId,
      before: { name: g.name, leader_person_id: g.leader_person_id, dissolved_on: g.dissolved_on },
      after: patch,
    });
  });
  return (await getBranch(ctx, g.branch_id)).groups.find((x) => x.id === groupId)!;
}

/** A directly assigned post, used where no committee record exists yet (contracts §4). */
export async function assignPost(ctx: Ctx, branchId: string, input: z.infer<typeof ZBranchPostAssign>): Promise<Branch> {
  requireAdmin(ctx, '任命支部职务');
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranch(trx, ctx.viewer.organId, branchId);
    if (!b) throw notFound('党支部');
    // Once a committee is recorded it is where branch roles come from (contracts §4); a bare post would be ignored.
    const committee = await trx.selectFrom('committees').select('id').where('branch_id', '=', branchId).executeTakeFirst();
    if (committee) throw new AppError('CONFLICT', '该支部已有支部委员会（书记）记录，职务变动请在“支部委员会”页面办理（空缺、补选或任命）');
    if (!(await isMemberOn(trx, input.personId, { branchId }, input.startOn))) throw invalid('任职人员须是本支部在该日期的在册人员');
    const person = await trx.selectFrom('persons').select(['category']).where('id', '=', input.personId).executeTakeFirstOrThrow();
    if (person.category !== 'full') throw invalid('支部委员须为正式党员');
    const clash = await trx
      .selectFrom('branch_posts')
      .select('id')
      .where('branch_id', '=', branchId)
      .where('role', '=', input.role)
      .where('end_on', 'is', null)
      .where('role', 'in', ['secretary', 'organizationMember', 'publicityMember', 'disciplineMember'])
      .executeTakeFirst();
    if (clash) throw new AppError('CONFLICT', '该职务已有在任人员，请先办理其离任');
    const row = { id: randomUUID(), branch_id: branchId, person_id: input.personId, role: input.role, start_on: input.startOn, end_on: null, note: input.note ?? null };
    await trx.insertInto('branch_posts').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'post.assigned', entityType: 'post', entityId: row.id, after: row });
  });
  return getBranch(ctx, branchId);
}

export async function endPost(ctx: Ctx, postId: string, endOn: string): Promise<void> {
  requireAdmin(ctx, '办理支部职务离任');
  await ctx.db.transaction().execute(async (trx) => {
    const p = await trx
      .selectFrom('branch_posts')
      .innerJoin('branches', 'branches.id', 'branch_posts.branch_id')
      .selectAll('branch_posts')
      .where('branch_posts.id', '=', postId)
      .where('branches.organ_id', '=', ctx.viewer.organId)
      .executeTakeFirst();
    if (!p) throw notFound('职务记录');
    if (p.end_on) throw new AppError('CONFLICT', '该职务已离任');
    if (endOn < p.start_on) throw invalid('离任日期不能早于任职日期');
    await trx.updateTable('branch_posts').set({ end_on: endOn }).where('id', '=', postId).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'post.ended', entityType: 'post', entityId: postId, before: { end_on: null }, after: { end_on: endOn } });
  });
}
