import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { draftYearPlan, paramsInForce, yearOf, type ParamValue } from '@zhibu/domain';
import { MEETING_KIND_LABELS, type ZMeetingPlanDraft, type ZMeetingPlanSave } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvents } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { canWriteMeeting, reachOf, WRITE_ONLY } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { loadParamChanges } from '../check/repository.js';
import { groupsOfYear } from '../recordBooks/repository.js';

/**
 * The year plan (issue 5 §3): a draft calendar from the frequencies (domain meetings/plan.ts) for the periods still
 * to come that no held or planned meeting covers; the items chosen become planned meetings in one go.
 */
type Db = Ctx['db'];

async function branchOf(ctx: Ctx, db: Db, branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b || !(await reachOf(ctx, db, branchId))) throw notFound('党支部');
  return b;
}

/** Whether the branch has a 支部委员会 (not a single secretary) at some time from `from` to the year's end. */
async function hasCommittee(db: Db, branchId: string, from: string, to: string): Promise<boolean> {
  const row = await db
    .selectFrom('committees')
    .select('id')
    .where('branch_id', '=', branchId)
    .where('kind', '=', 'committee')
    .where('start_on', '<=', to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', from)]))
    .executeTakeFirst();
  return !!row;
}

export async function draftPlan(ctx: Ctx, branchId: string, year: number, day = 15): Promise<z.infer<typeof ZMeetingPlanDraft>> {
  await branchOf(ctx, ctx.db, branchId);
  const from = year === yearOf(ctx.today) ? ctx.today : `${year}-01-01`;
  if (year < yearOf(ctx.today)) return { year, items: [] };
  const to = `${year}-12-31`;
  const [groups, existing, committee, changes] = await Promise.all([
    groupsOfYear(ctx.db, branchId, year),
    ctx.db
      .selectFrom('meetings')
      .select(['kind', 'group_id', 'held_on'])
      .where('branch_id', '=', branchId)
      .where('status', '!=', 'cancelled')
      .where('held_on', '>=', `${year}-01-01`)
      .where('held_on', '<=', to)
      .execute(),
    hasCommittee(ctx.db, branchId, from, to),
    loadParamChanges(ctx.db, ctx.viewer.organId),
  ]);
  const params = paramsInForce(changes.map((c) => ({ key: c.key, value: c.value as ParamValue, effectiveFrom: c.effective_from })), ctx.today);
  const items = draftYearPlan({
    year,
    from,
    day,
    groups: groups.map((g) => ({ id: g.id, name: g.name, foundedOn: g.founded_on, dissolvedOn: g.dissolved_on })),
    committee,
    partyLecturePeriod: params['life.partyLecturePeriod'] === 'quarter' ? 'quarter' : 'half',
    existing: existing.map((m) => ({ kind: m.kind, groupId: m.group_id, date: m.held_on })),
  });
  // a 党小组长 who is not on the committee is offered what they may plan: their group's 党小组会
  return { year, items: items.filter((i) => canWriteMeeting(ctx.viewer, branchId, i.kind, i.groupId)) };
}

/** Creates the chosen items as planned meetings, all or none. */
export async function savePlan(ctx: Ctx, branchId: string, input: z.infer<typeof ZMeetingPlanSave>): Promise<{ created: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const b = await branchOf(ctx, trx, branchId);
    if (b.status !== 'active') throw invalid('已撤销的党支部不能计划会议');
    const problems: string[] = [];
    const years = [...new Set(input.items.map((i) => yearOf(i.heldOn)))];
    const groups = new Map((await Promise.all(years.map((y) => groupsOfYear(trx, branchId, y)))).flat().map((g) => [g.id, g]));
    for (const i of input.items) {
      const groupId = i.groupId ?? null;
      if (!canWriteMeeting(ctx.viewer, branchId, i.kind, groupId)) throw forbidden(WRITE_ONLY);
      const what = `${i.heldOn} ${MEETING_KIND_LABELS[i.kind]}`;
      if (i.heldOn < ctx.today) problems.push(`${what}：计划日期不能早于今天（${ctx.today}）`);
      if (i.kind === 'groupMeeting') {
        const g = groupId ? groups.get(groupId) : undefined;
        if (!g) problems.push(`${what}：须选择本支部的党小组`);
        else if ((g.founded_on && g.founded_on > i.heldOn) || (g.dissolved_on && g.dissolved_on < i.heldOn)) problems.push(`${what}：${g.name}在该日尚未成立或已撤销`);
      } else if (groupId) problems.push(`${what}：只有党小组会可以指定党小组`);
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const rows = input.items.map((i) => ({ id: randomUUID(), organ_id: ctx.viewer.organId, branch_id: branchId, kind: i.kind, group_id: i.groupId ?? null, held_on: i.heldOn, title: i.title ?? null }));
    await trx.insertInto('meetings').values(rows).execute();
    await recordEvents(
      trx,
      ctx.actor,
      rows.map((row) => ({ organId: ctx.viewer.organId, action: 'meeting.planned', entityType: 'meeting', entityId: row.id, after: { ...row, status: 'planned', source: 'yearPlan' } })),
    );
    return { created: rows.length };
  });
}
