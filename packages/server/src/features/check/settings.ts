import { randomUUID } from 'node:crypto';
import { checkParamValue, isOrganAdmin, PARAMS, paramsInForce, RULES_BY_ID, type ParamValue } from '@zhibu/domain';
import type { RuleSettings, ZExemptionCreate, ZParamChange } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { loadExemptions, loadParamChanges } from './repository.js';
import { ruleInfos } from './service.js';

function requireAdmin(ctx: Ctx, what: string) {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(`只有机关党委管理员可以${what}`);
}

/** Rules, parameters (with their history) and exemptions, for the 规则参数 page. */
export async function ruleSettings(ctx: Ctx): Promise<RuleSettings> {
  requireAdmin(ctx, '管理规则参数');
  const [changes, exemptions] = await Promise.all([loadParamChanges(ctx.db, ctx.viewer.organId), loadExemptions(ctx.db, ctx.viewer.organId)]);
  const overrides = changes.map((c) => ({ key: c.key, value: c.value as ParamValue, effectiveFrom: c.effective_from }));
  const now = paramsInForce(overrides, ctx.today);
  return {
    rules: ruleInfos(),
    params: PARAMS.map((p) => ({
      key: p.key,
      label: p.label,
      help: p.help,
      kind: p.kind,
      default: p.default,
      ...('min' in p ? { min: p.min } : {}),
      ...('max' in p ? { max: p.max } : {}),
      clause: p.clause,
      value: now[p.key]!,
      changes: changes.filter((c) => c.key === p.key).map((c) => ({ id: c.id, value: c.value as ParamValue, effectiveFrom: c.effective_from, reason: c.reason })),
    })),
    exemptions: exemptions.map((e) => ({
      id: e.id,
      branchId: e.branch_id,
      branch: e.branch,
      rule: e.rule,
      ruleTitle: RULES_BY_ID.get(e.rule)?.title ?? e.rule,
      fromOn: e.from_on,
      toOn: e.to_on,
      reason: e.reason,
    })),
  };
}

/** A parameter's new value from a date on; closed periods keep the values in force at their end (contracts §2). */
export async function changeParam(ctx: Ctx, input: z.infer<typeof ZParamChange>): Promise<void> {
  requireAdmin(ctx, '修改规则参数');
  const problem = checkParamValue(input.key, input.value);
  if (problem) throw invalid(problem);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('rule_param_changes')
      .selectAll()
      .where('organ_id', '=', ctx.viewer.organId)
      .where('key', '=', input.key)
      .where('effective_from', '=', input.effectiveFrom)
      .executeTakeFirst();
    const row = { value: JSON.stringify(input.value), reason: input.reason ?? null };
    let id = existing?.id;
    if (existing) {
      await trx.updateTable('rule_param_changes').set(row).where('id', '=', existing.id).execute();
    } else {
      id = randomUUID();
      await trx
        .insertInto('rule_param_changes')
        .values({ id, organ_id: ctx.viewer.organId, key: input.key, effective_from: input.effectiveFrom, ...row })
        .execute();
    }
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'ruleParam.change',
      entityType: 'ruleParam',
      entityId: id!,
      before: existing ? { key: existing.key, value: existing.value, effectiveFrom: existing.effective_from } : null,
      after: { key: input.key, value: input.value, effectiveFrom: input.effectiveFrom, reason: input.reason ?? null },
    });
  });
}

export async function createExemption(ctx: Ctx, input: z.infer<typeof ZExemptionCreate>): Promise<void> {
  requireAdmin(ctx, '豁免规则');
  if (!RULES_BY_ID.has(input.rule)) throw invalid(`没有这条规则：${input.rule}`);
  if (input.toOn < input.fromOn) throw invalid('豁免的结束日期不能早于开始日期');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const branch = await trx.selectFrom('branches').select('id').where('id', '=', input.branchId).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
    if (!branch) throw notFound('党支部');
    const row = { id, organ_id: ctx.viewer.organId, branch_id: input.branchId, rule: input.rule, from_on: input.fromOn, to_on: input.toOn, reason: input.reason };
    await trx.insertInto('rule_exemptions').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'exemption.create', entityType: 'exemption', entityId: id, before: null, after: row });
  });
}

export async function deleteExemption(ctx: Ctx, id: string): Promise<void> {
  requireAdmin(ctx, '撤销豁免');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('rule_exemptions').selectAll().where('id', '=', id).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
    if (!row) throw notFound('豁免记录');
    await trx.deleteFrom('rule_exemptions').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'exemption.delete', entityType: 'exemption', entityId: id, before: row, after: null });
  });
}
