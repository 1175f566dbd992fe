import { randomUUID } from 'node:crypto';
import { careVisitProblems, hardshipProblems } from '@zhibu/domain';
import type { Hardship, HardshipList, ZCareVisitInput, ZHardshipInput, ZHardshipUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid } from '../../errors.js';
import { isPartyMemberOf, personsOf } from '../meetings/repository.js';
import { careBranchForWrite, careReach, loadHardship, writesCare } from './access.js';
import { hardshipsOf, visitsOf, type HardshipRow } from './repository.js';

/** 困难党员关怀 (MEM-5): the ledger of members in difficulty and the visits, greetings and aid they had. */
async function present(ctx: Ctx, rows: HardshipRow[], year: number): Promise<Hardship[]> {
  const visits = await visitsOf(ctx.db, rows.map((r) => r.id));
  return rows.map((h) => {
    const mine = visits.filter((v) => v.hardship_id === h.id);
    return {
      id: h.id,
      branchId: h.branch_id,
      person: { id: h.person_id, name: h.person_name },
      kind: h.kind,
      details: h.details,
      sinceOn: h.since_on,
      resolvedOn: h.resolved_on,
      visits: mine.map((v) => ({ id: v.id, visitedOn: v.visited_on, kind: v.kind, visitors: v.visitors, aidFen: v.aid_fen === null ? null : Number(v.aid_fen), description: v.description })),
      visitedThisYear: mine.some((v) => v.visited_on.startsWith(`${year}-`)),
    };
  });
}

export async function listHardships(ctx: Ctx, branchId: string, year: number | undefined): Promise<HardshipList> {
  const { reach } = await careReach(ctx, ctx.db, branchId);
  const y = year ?? Number(ctx.today.slice(0, 4));
  const own = ctx.viewer.personId;
  const rows = reach === 'own' && !own ? [] : await hardshipsOf(ctx.db, branchId, { from: `${y}-01-01`, to: `${y}-12-31`, personId: reach === 'own' ? own : null });
  return { year: y, reach, items: await present(ctx, rows, y), abilities: { write: writesCare(ctx.viewer, branchId) } };
}

export async function createHardship(ctx: Ctx, branchId: string, input: z.infer<typeof ZHardshipInput>): Promise<Hardship> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await careBranchForWrite(ctx, trx, branchId);
    const problems = hardshipProblems({ sinceOn: input.sinceOn, resolvedOn: null, details: input.details }, ctx.today);
    const p = (await personsOf(trx, ctx.viewer.organId, [input.personId])).get(input.personId);
    if (!p) problems.push('所选人员不是本机关的人员');
    else if (!(await isPartyMemberOf(trx, input.personId, branchId, ctx.today))) problems.push(`${p.name}不是本支部的党员`);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const row = { id, branch_id: branchId, person_id: input.personId, kind: input.kind, details: input.details, since_on: input.sinceOn, resolved_on: null };
    await trx.insertInto('hardships').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'hardship.recorded', entityType: 'hardship', entityId: id, after: row });
  });
  return getHardship(ctx, id);
}

export async function getHardship(ctx: Ctx, id: string): Promise<Hardship> {
  const h = await loadHardship(ctx, ctx.db, id);
  return (await present(ctx, [h], Number(ctx.today.slice(0, 4))))[0]!;
}

export async function updateHardship(ctx: Ctx, id: string, patch: z.infer<typeof ZHardshipUpdate>): Promise<Hardship> {
  await ctx.db.transaction().execute(async (trx) => {
    const h = await loadHardship(ctx, trx, id, 'write');
    const before = { kind: h.kind, details: h.details, since_on: h.since_on, resolved_on: h.resolved_on };
    const after = {
      kind: patch.kind ?? h.kind,
      details: patch.details ?? h.details,
      since_on: patch.sinceOn ?? h.since_on,
      resolved_on: patch.resolvedOn === undefined ? h.resolved_on : patch.resolvedOn,
    };
    const problems = hardshipProblems({ sinceOn: after.since_on, resolvedOn: after.resolved_on, details: after.details }, ctx.today);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    await trx.updateTable('hardships').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'hardship.updated', entityType: 'hardship', entityId: id, before, after });
  });
  return getHardship(ctx, id);
}

export async function addVisit(ctx: Ctx, hardshipId: string, input: z.infer<typeof ZCareVisitInput>): Promise<Hardship> {
  await ctx.db.transaction().execute(async (trx) => {
    const h = await loadHardship(ctx, trx, hardshipId, 'write');
    const v = { visitedOn: input.visitedOn, kind: input.kind, aidFen: input.aidFen ?? null, visitors: input.visitors, description: input.description };
    const problems = careVisitProblems(v, { sinceOn: h.since_on }, ctx.today);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const id = randomUUID();
    const row = { id, branch_id: h.branch_id, person_id: h.person_id, hardship_id: h.id, visited_on: v.visitedOn, kind: v.kind, visitors: v.visitors, aid_fen: v.aidFen, description: v.description };
    await trx.insertInto('care_visits').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'careVisit.recorded', entityType: 'careVisit', entityId: id, after: row });
  });
  return getHardship(ctx, hardshipId);
}
