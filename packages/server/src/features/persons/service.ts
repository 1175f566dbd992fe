import { randomUUID } from 'node:crypto';
import {
  addDays,
  canManageBranch,
  checkPersonFacts,
  isBranchLead,
  isOrganAdmin,
  normalizeIdNumber,
  parseIdNumber,
  personAccess,
  rosterScope,
  type PersonFacts,
} from '@zhibu/domain';
import type { PersonDetail, PersonListQuery, PersonRow } from '@zhibu/schemas';
import type { z } from 'zod';
import type { ZPersonCreate, ZPersonMove, ZPersonUpdate } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { findBranch, findGroup } from '../branches/repository.js';
import { findPerson, membershipHistory, placeOf, postsOf, queryRoster } from './repository.js';
import { postLabels, presentPerson } from './presenter.js';
import { personColumns } from './columns.js';

export async function listRoster(ctx: Ctx, query: PersonListQuery): Promise<{ total: number; items: PersonRow[]; on: string }> {
  const on = query.on ?? ctx.today;
  const v = ctx.viewer;
  const scope = rosterScope(v);
  const fullIdBranchIds = isOrganAdmin(v) ? ('all' as const) : Object.keys(v.branchRoles).filter((b) => isBranchLead(v, b));
  const { total, rows } = await queryRoster(ctx.db, { organId: v.organId, on, scope, fullIdBranchIds, ...query, offset: query.offset, limit: query.limit });
  const posts = await postsOf(ctx.db, rows.map((r) => r.id), on);
  const items = rows.map((r) => {
    const access = personAccess(v, { personId: r.id, branchId: r.branch_id, groupId: r.group_id });
    // The SQL scope and the matrix agree; a row the matrix refuses would be a bug, so it is dropped, not shown.
    if (!access) return null;
    const place = {
      branch: { id: r.branch_id, name: r.branch_name },
      group: r.group_id && r.group_name ? { id: r.group_id, name: r.group_name } : null,
    };
    return presentPerson(r, access, place, postLabels(posts.filter((p) => p.personId === r.id)));
  });
  return { total, items: items.filter((x): x is PersonRow => x !== null), on };
}

/** Loads a person and what the viewer may see of them; not visible → 404 (no hint that the record exists). */
export async function loadVisiblePerson(ctx: Ctx, id: string) {
  const p = await findPerson(ctx.db, ctx.viewer.organId, id);
  if (!p) throw notFound('人员');
  const place = await placeOf(ctx.db, id, ctx.today);
  const access = personAccess(ctx.viewer, { personId: id, branchId: place.branch?.branch_id ?? null, groupId: place.group?.group_id ?? null });
  if (!access) throw notFound('人员');
  return { p, place, access };
}

export async function getPersonDetail(ctx: Ctx, id: string): Promise<PersonDetail> {
  const { p, place, access } = await loadVisiblePerson(ctx, id);
  const [posts, memberships] = await Promise.all([postsOf(ctx.db, [id], ctx.today), membershipHistory(ctx.db, id)]);
  const names = {
    branch: place.branch ? { id: place.branch.branch_id, name: place.branch.short_name } : null,
    group: place.group ? { id: place.group.group_id, name: place.group.name } : null,
  };
  return { ...presentPerson(p, access, names, postLabels(posts)), memberships };
}

/** Normalizes and checks a person's facts; fills birth date and gender from the ID number when left empty. */
export function prepareFacts(input: PersonFacts): PersonFacts {
  const idNumber = normalizeIdNumber(input.idNumber);
  const parsed = parseIdNumber(idNumber);
  const facts: PersonFacts = {
    ...input,
    name: input.name.trim(),
    idNumber,
    birthDate: input.birthDate ?? (parsed.ok ? parsed.info.birthDate : null),
    gender: input.gender ?? (parsed.ok ? parsed.info.gender : null),
  };
  const problems = checkPersonFacts(facts);
  if (problems.length) throw invalid(problems.map((p) => p.message).join('；'), problems);
  return facts;
}

export async function checkIdFree(trx: Ctx['db'], organId: string, idNumber: string, exceptId?: string) {
  let q = trx.selectFrom('persons').select(['name']).where('organ_id', '=', organId).where('id_number', '=', idNumber);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('CONFLICT', `该公民身份号码已登记在花名册中（${other.name}），同一人不能重复录入`);
}

export async function createPerson(ctx: Ctx, input: z.infer<typeof ZPersonCreate>): Promise<PersonDetail> {
  const branch = await findBranch(ctx.db, ctx.viewer.organId, input.branchId);
  if (!branch) throw invalid('所选党支部不存在');
  if (!canManageBranch(ctx.viewer, branch.id)) throw forbidden('只有机关党委管理员或本支部书记、组织委员可以录入人员');
  if (branch.status !== 'active') throw invalid('该党支部已撤销，不能录入人员');
  const { branchId, groupId, startOn, ...factsIn } = input;
  const facts = prepareFacts(factsIn as PersonFacts);
  const start = startOn ?? ctx.today;
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => insertPerson(ctx, trx, { id, facts, branchId, groupId: groupId ?? null, startOn: start }));
  return getPersonDetail(ctx, id);
}

/**
 * Inserts a person (checked facts, see prepareFacts) with their branch (and group) membership from a date, audited,
 * inside the caller's transaction (also used by 发展党员 to open a file for a new applicant).
 */
export async function insertPerson(
  ctx: Ctx,
  trx: Transaction<DB>,
  p: { id: string; facts: PersonFacts; branchId: string; groupId: string | null; startOn: string },
): Promise<void> {
  const { id, facts, branchId, groupId, startOn: start } = p;
  await checkIdFree(trx, ctx.viewer.organId, facts.idNumber);
  if (groupId) {
    const g = await findGroup(trx, groupId);
    if (!g || g.branch_id !== branchId) throw invalid('所选党小组不属于该党支部');
  }
  const row = { id, organ_id: ctx.viewer.organId, ...personColumns(facts) };
  await trx.insertInto('persons').values(row).execute();
  await trx.insertInto('branch_memberships').values({ id: randomUUID(), person_id: id, branch_id: branchId, start_on: start, end_on: null }).execute();
  if (groupId) await trx.insertInto('group_memberships').values({ id: randomUUID(), person_id: id, group_id: groupId, start_on: start, end_on: null }).execute();
  await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'person.created', entityType: 'person', entityId: id, after: { ...row, branchId, groupId, startOn: start } });
}

export async function updatePerson(ctx: Ctx, id: string, input: z.infer<typeof ZPersonUpdate>): Promise<PersonDetail> {
  const { p, access } = await loadVisiblePerson(ctx, id);
  if (!access.edit) throw forbidden('只有机关党委管理员或本支部书记、组织委员可以修改人员信息');
  const { status, ...factsPatch } = input;
  const merged: PersonFacts = {
    name: factsPatch.name ?? p.name,
    gender: factsPatch.gender === undefined ? p.gender : factsPatch.gender,
    ethnicity: factsPatch.ethnicity === undefined ? p.ethnicity : factsPatch.ethnicity,
    birthDate: factsPatch.birthDate === undefined ? p.birth_date : factsPatch.birthDate,
    idNumber: factsPatch.idNumber ?? p.id_number,
    education: factsPatch.education === undefined ? p.education : factsPatch.education,
    category: factsPatch.category ?? p.category,
    joinedOn: factsPatch.joinedOn === undefined ? p.joined_on : factsPatch.joinedOn,
    confirmedOn: factsPatch.confirmedOn === undefined ? p.confirmed_on : factsPatch.confirmedOn,
    jobPost: factsPatch.jobPost === undefined ? p.job_post : factsPatch.jobPost,
    phone: factsPatch.phone === undefined ? p.phone : factsPatch.phone,
  };
  const facts = prepareFacts(merged);
  const cols = { ...personColumns(facts), status: status ?? p.status };
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(cols)) {
    const old = (p as Record<string, unknown>)[k];
    if (old !== val && !(k === 'name_initials' || k === 'name_pinyin')) {
      before[k] = old;
      after[k] = val;
    }
  }
  if (Object.keys(after).length === 0) return getPersonDetail(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (cols.id_number !== p.id_number) await checkIdFree(trx, ctx.viewer.organId, cols.id_number, id);
    await trx.updateTable('persons').set(cols).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'person.updated', entityType: 'person', entityId: id, before, after });
  });
  return getPersonDetail(ctx, id);
}

/**
 * Moves a person to another branch (and group) from a date: the old membership ends the day before, the new one
 * starts that day, so the roster of any past date can still be rebuilt.
 */
export async function movePerson(ctx: Ctx, id: string, input: z.infer<typeof ZPersonMove>): Promise<PersonDetail> {
  if (!isOrganAdmin(ctx.viewer)) {
    await loadVisiblePerson(ctx, id);
    throw forbidden('只有机关党委管理员可以调整人员所在党支部');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const p = await findPerson(trx, ctx.viewer.organId, id);
    if (!p) throw notFound('人员');
    const branch = await findBranch(trx, ctx.viewer.organId, input.branchId);
    if (!branch || branch.status !== 'active') throw invalid('目标党支部不存在或已撤销');
    if (input.groupId) {
      const g = await findGroup(trx, input.groupId);
      if (!g || g.branch_id !== input.branchId) throw invalid('所选党小组不属于目标党支部');
    }
    const cur = await placeOf(trx, id, input.effectiveOn);
    if (cur.branch?.branch_id === input.branchId && (cur.group?.group_id ?? null) === (input.groupId ?? null)) {
      throw invalid('该人员在该日期已在所选党支部和党小组');
    }
    const later = await trx.selectFrom('branch_memberships').select('id').where('person_id', '=', id).where('start_on', '>', input.effectiveOn).executeTakeFirst();
    if (later) throw invalid('该人员在此日期之后已有组织关系变动，请按时间顺序办理');
    const dayBefore = addDays(input.effectiveOn, -1);
    if (cur.branch?.branch_id !== input.branchId) {
      if (cur.branch) await trx.updateTable('branch_memberships').set({ end_on: dayBefore }).where('id', '=', cur.branch.id).execute();
      await trx.insertInto('branch_memberships').values({ id: randomUUID(), person_id: id, branch_id: input.branchId, start_on: input.effectiveOn, end_on: null }).execute();
    }
    if (cur.group) await trx.updateTable('group_memberships').set({ end_on: dayBefore }).where('id', '=', cur.group.id).execute();
    if (input.groupId) await trx.insertInto('group_memberships').values({ id: randomUUID(), person_id: id, group_id: input.groupId, start_on: input.effectiveOn, end_on: null }).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'person.moved',
      entityType: 'person',
      entityId: id,
      before: { branchId: cur.branch?.branch_id ?? null, groupId: cur.group?.group_id ?? null },
      after: { branchId: input.branchId, groupId: input.groupId ?? null, effectiveOn: input.effectiveOn },
    });
  });
  return getPersonDetail(ctx, id);
}
