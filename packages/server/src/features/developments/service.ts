import { randomUUID } from 'node:crypto';
import { checkStep, evaluationProblems, noticeProblems, outcomeOf24, paramsInForce, probationOf, ruleVersionFor, DEV_RULES, type DevCheck, type DevStepRecord, type PersonFacts } from '@zhibu/domain';
import type { DevBoard, DevCheckResult, DevEvaluationInput, DevOpenInput, DevStepInput, Development, NoticeInput } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { ZDevStop, ZNoticeUpdate } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { loadParamChanges } from '../check/repository.js';
import { insertPerson, prepareFacts } from '../persons/service.js';
import { loadAdjustments } from '../workdays/repository.js';
import { branchFor, loadDevelopment, writesBranchFiles } from './access.js';
import { presentDevelopment, presentSummary, stageCounts } from './presenter.js';
import { branchOfPerson, developmentsOfBranch, domainFile, findDevelopment, fullMembersOn, openDevelopmentOfPerson, partsOf, stepDataOf, type DevRow } from './repository.js';

/** 发展党员 (issue 6 §1–3, MEM-1): files of 25 steps checked by the domain; steps update the roster (record once). */
type Db = Ctx['db'];
type Trx = Transaction<DB>;

async function namesOf(db: Db, organId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('persons').select(['id', 'name']).where('organ_id', '=', organId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function present(ctx: Ctx, db: Db, row: DevRow): Promise<Development> {
  const [parts, adj] = await Promise.all([partsOf(db, [row.id]).then((m) => m.get(row.id)!), loadAdjustments(db, ctx.viewer.organId)]);
  const ids = [...new Set(parts.steps.flatMap((s) => stepDataOf(s.data).personIds ?? []))];
  const names = await namesOf(db, ctx.viewer.organId, ids);
  return presentDevelopment(row, parts, { today: ctx.today, adj, names, write: writesBranchFiles(ctx.viewer, row.branch_id) });
}

export async function getDevelopment(ctx: Ctx, id: string): Promise<Development> {
  return present(ctx, ctx.db, await loadDevelopment(ctx, ctx.db, id));
}

/** The signed-in person's own file (the open one, else the latest), read only; null when they have none. */
export async function myDevelopment(ctx: Ctx): Promise<{ file: Development | null }> {
  if (!ctx.viewer.personId) return { file: null };
  const row = await openDevelopmentOfPerson(ctx.db, ctx.viewer.organId, ctx.viewer.personId);
  if (!row) return { file: null };
  const d = await present(ctx, ctx.db, row);
  return { file: { ...d, abilities: { write: false } } };
}

/** The branch's pipeline: counts per stage, each open file's next step and due items. */
export async function developmentBoard(ctx: Ctx, branchId: string): Promise<DevBoard> {
  const b = await branchFor(ctx, ctx.db, branchId, 'read');
  const rows = await developmentsOfBranch(ctx.db, ctx.viewer.organId, branchId);
  const parts = await partsOf(ctx.db, rows.map((r) => r.id));
  const all = rows.map((r) => presentSummary(r, parts.get(r.id)!, ctx.today));
  const open = all.filter((s) => s.status === 'open');
  return {
    branch: { id: b.id, name: b.short_name },
    stages: stageCounts(open),
    files: open,
    closed: all.filter((s) => s.status !== 'open').reverse(),
    abilities: { write: writesBranchFiles(ctx.viewer, branchId) && b.status === 'active' },
  };
}

async function peopleOf(db: Db, organId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; category: string; status: string }>();
  const rows = await db.selectFrom('persons').select(['id', 'name', 'category', 'status']).where('organ_id', '=', organId).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { name: r.name, category: r.category, status: r.status }]));
}

async function responsibleOk(db: Db, organId: string, id: string | null | undefined) {
  if (!id) return;
  const p = await db.selectFrom('persons').select('id').where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();
  if (!p) throw invalid('所选责任人不是本机关人员');
}

/** Runs the domain's checks of a step against the stored file. */
async function checkAgainst(ctx: Ctx, db: Db, row: DevRow, input: Pick<DevStepInput, 'step' | 'doneOn' | 'data'>): Promise<{ check: DevCheck; record: DevStepRecord }> {
  const parts = (await partsOf(db, [row.id])).get(row.id)!;
  const file = domainFile(row, parts);
  const record: DevStepRecord = { step: input.step, doneOn: input.doneOn, data: { ...input.data } };
  const [people, adj, full] = await Promise.all([
    peopleOf(db, ctx.viewer.organId, input.data.personIds ?? []),
    loadAdjustments(db, ctx.viewer.organId),
    input.step === 15 || input.step === 23 ? fullMembersOn(db, row.branch_id, input.doneOn) : Promise.resolve(undefined),
  ]);
  const check = checkStep(file, record, { today: ctx.today, adj, people, ...(full !== undefined ? { branchFullMembers: full } : {}) });
  return { check, record };
}

const refuse = (c: DevCheck) => {
  if (c.errors.length) throw invalid(c.errors.map((e) => e.message).join('；'), { errors: c.errors, warnings: c.warnings });
};

/** What recording this step would say (errors and warnings), nothing saved: the form shows it before saving. */
export async function dryRunStep(ctx: Ctx, id: string, input: DevStepInput): Promise<DevCheckResult> {
  const row = await loadDevelopment(ctx, ctx.db, id, 'write');
  const { check } = await checkAgainst(ctx, ctx.db, row, input);
  return check;
}

async function setPerson(ctx: Ctx, trx: Trx, row: DevRow, after: { category: string; joined_on?: string | null; confirmed_on?: string | null }, why: string) {
  const p = await trx.selectFrom('persons').select(['category', 'joined_on', 'confirmed_on']).where('id', '=', row.person_id).executeTakeFirstOrThrow();
  const set = { category: after.category as never, ...(after.joined_on !== undefined ? { joined_on: after.joined_on } : {}), ...(after.confirmed_on !== undefined ? { confirmed_on: after.confirmed_on } : {}) };
  await trx.updateTable('persons').set(set).where('id', '=', row.person_id).execute();
  await recordEvent(trx, ctx.actor, {
    organId: ctx.viewer.organId,
    action: 'person.updated',
    entityType: 'person',
    entityId: row.person_id,
    before: { category: p.category, joined_on: p.joined_on, confirmed_on: p.confirmed_on },
    after: { ...set, reason: why, developmentId: row.id },
  });
}

async function closeFile(ctx: Ctx, trx: Trx, row: DevRow, status: 'confirmed' | 'stopped', on: string, reason: string | null) {
  await trx.updateTable('developments').set({ status, stopped_on: status === 'stopped' ? on : null, stopped_reason: reason }).where('id', '=', row.id).execute();
  await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: `development.${status}`, entityType: 'development', entityId: row.id, before: { status: row.status }, after: { status, on, reason } });
}

/**
 * Records a step: checked by the domain (errors refuse, nothing saved), then the roster follows in the same
 * transaction (record once): 3 → 入党积极分子, 7 → 发展对象, 17 批准 → 预备党员 with 入党日期 = the step-15 meeting,
 * 24 按期转正 → 正式党员 with 转正日期 = the end of the probation (extended if extended); 17 不批准 ends the file
 * (the person stays 发展对象); 24 取消预备党员资格 ends it and the person goes back to 入党积极分子 without 入党日期;
 * 25 归档 closes it as 已转正.
 */
async function insertStep(ctx: Ctx, trx: Trx, row: DevRow, input: DevStepInput): Promise<DevCheck> {
  await responsibleOk(trx, ctx.viewer.organId, input.responsiblePersonId);
  const { check, record } = await checkAgainst(ctx, trx, row, input);
  refuse(check);
  const id = randomUUID();
  const data = { ...record.data, ...(check.warnings.length ? { warnings: check.warnings } : {}) };
  const values = { id, development_id: row.id, step: input.step, done_on: input.doneOn, actor: input.actor, responsible_person_id: input.responsiblePersonId ?? null, note: input.note ?? null, data: JSON.stringify(data) };
  await trx.insertInto('development_steps').values(values).execute();
  await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'development.step', entityType: 'development', entityId: row.id, after: { ...values, data } });

  const parts = (await partsOf(trx, [row.id])).get(row.id)!;
  const file = domainFile(row, parts);
  const stepName = DEV_RULES[row.rule_version].steps.find((s) => s.no === input.step)!.name;
  const why = `发展党员第${input.step}步“${stepName}”（${input.doneOn}）`;
  if (input.step === 3) await setPerson(ctx, trx, row, { category: 'activist' }, why);
  if (input.step === 7) await setPerson(ctx, trx, row, { category: 'candidate' }, why);
  if (input.step === 17) {
    if (input.data.outcome === 'approved') await setPerson(ctx, trx, row, { category: 'probationary', joined_on: probationOf(file)!.start, confirmed_on: null }, why);
    else await closeFile(ctx, trx, row, 'stopped', input.doneOn, '上级党委不批准接收为预备党员');
  }
  if (input.step === 24) {
    const { outcome } = outcomeOf24(file, record);
    if (outcome === 'confirm') await setPerson(ctx, trx, row, { category: 'full', confirmed_on: probationOf(file)!.end }, why);
    if (outcome === 'cancel') {
      await setPerson(ctx, trx, row, { category: 'activist', joined_on: null, confirmed_on: null }, why);
      await closeFile(ctx, trx, row, 'stopped', input.doneOn, '取消预备党员资格');
    }
  }
  if (input.step === 25) await closeFile(ctx, trx, row, 'confirmed', input.doneOn, null);
  return check;
}

export async function recordStep(ctx: Ctx, id: string, input: DevStepInput): Promise<Development & { warnings: DevCheck['warnings'] }> {
  let warnings: DevCheck['warnings'] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadDevelopment(ctx, trx, id, 'write');
    if (row.status !== 'open') throw invalid('该发展档案已结束，不能再登记步骤');
    warnings = (await insertStep(ctx, trx, row, input)).warnings;
  });
  return { ...(await getDevelopment(ctx, id)), warnings };
}

/** Opens a file for an 入党申请人 of the branch (or a new person entered here as one) with step 1, the application. */
export async function openDevelopment(ctx: Ctx, branchId: string, input: DevOpenInput): Promise<Development> {
  if (!!input.personId === !!input.person) throw invalid('请选择本支部的入党申请人，或填写新申请人的姓名和公民身份号码（二者选一）');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchFor(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能办理发展党员');
    if (input.appliedOn > ctx.today) throw invalid('递交入党申请书的日期不能晚于今天');
    let personId = input.personId ?? null;
    let name: string;
    if (personId) {
      const p = await trx.selectFrom('persons').select(['id', 'name', 'category', 'status']).where('organ_id', '=', ctx.viewer.organId).where('id', '=', personId).executeTakeFirst();
      if (!p || (await branchOfPerson(trx, p.id, ctx.today)) !== branchId) throw invalid('所选人员不在本支部花名册中');
      if (p.status !== 'active') throw invalid(`${p.name}不是在册人员，不能建立发展档案`);
      if (p.category !== 'applicant') throw invalid(`${p.name}的人员类别不是入党申请人，不能新建发展档案`);
      const open = await trx.selectFrom('developments').select('id').where('person_id', '=', p.id).where('status', '=', 'open').executeTakeFirst();
      if (open) throw new AppError('CONFLICT', `${p.name}已有进行中的发展档案`);
      name = p.name;
    } else {
      const n = input.person!;
      const facts = prepareFacts({ name: n.name, idNumber: n.idNumber, phone: n.phone ?? null, jobPost: n.jobPost ?? null, category: 'applicant' } as PersonFacts);
      personId = randomUUID();
      await insertPerson(ctx, trx, { id: personId, facts, branchId, groupId: null, startOn: input.appliedOn });
      name = facts.name;
    }
    const changes = await loadParamChanges(trx, ctx.viewer.organId);
    const enabled = paramsInForce(changes.map((c) => ({ key: c.key, value: c.value as never, effectiveFrom: String(c.effective_from) })), ctx.today)['dev.rules2026'] === true;
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      person_id: personId,
      rule_version: ruleVersionFor(input.appliedOn, enabled),
      planned_departure_on: input.plannedDepartureOn ?? null,
    };
    await trx.insertInto('developments').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'development.opened', entityType: 'development', entityId: id, after: row });
    const dev = await findDevelopment(trx, ctx.viewer.organId, id);
    await insertStep(ctx, trx, dev!, { step: 1, doneOn: input.appliedOn, actor: `入党申请人${name}`, responsiblePersonId: input.responsiblePersonId ?? null, note: input.note ?? null, data: {} });
  });
  return getDevelopment(ctx, id);
}

export async function addEvaluation(ctx: Ctx, id: string, input: DevEvaluationInput): Promise<Development> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadDevelopment(ctx, trx, id, 'write');
    if (row.status !== 'open') throw invalid('该发展档案已结束');
    if (input.heldOn > ctx.today) throw invalid('评议日期不能晚于今天');
    const problems = evaluationProblems({ ...input });
    if (problems.length) throw invalid(problems.join('；'));
    const values = {
      id: randomUUID(),
      development_id: id,
      kind: input.kind,
      held_on: input.heldOn,
      organization: input.organization ?? null,
      participant_count: input.participantCount,
      favourable_count: input.favourableCount,
      general_count: input.generalCount ?? null,
      poor_count: input.poorCount ?? null,
      abstain_count: input.abstainCount ?? null,
      note: input.note ?? null,
    };
    await trx.insertInto('development_evaluations').values(values).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'development.evaluation', entityType: 'development', entityId: id, after: values });
  });
  return getDevelopment(ctx, id);
}

/** A 公示 record: refused when shorter than the rule version's minimum of working days (R-DEV-16). */
export async function addNotice(ctx: Ctx, id: string, input: NoticeInput): Promise<Development> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadDevelopment(ctx, trx, id, 'write');
    if (row.status !== 'open') throw invalid('该发展档案已结束');
    if (input.startOn > ctx.today) throw invalid('公示开始日期不能晚于今天');
    const adj = await loadAdjustments(trx, ctx.viewer.organId);
    const problems = noticeProblems({ stage: input.stage, startOn: input.startOn, endOn: input.endOn, outcome: input.outcome ?? null }, adj, DEV_RULES[row.rule_version].limits.noticeMinWorkdays);
    if (problems.length) throw invalid(problems.join('；'));
    if (input.outcome && input.endOn > ctx.today) throw invalid('公示尚未结束，不能填写公示结果');
    const values = { id: randomUUID(), development_id: id, stage: input.stage, start_on: input.startOn, end_on: input.endOn, outcome: input.outcome ?? null, feedback: input.feedback ?? null };
    await trx.insertInto('public_notices').values(values).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'development.notice', entityType: 'development', entityId: id, after: values });
  });
  return getDevelopment(ctx, id);
}

export async function updateNotice(ctx: Ctx, noticeId: string, input: z.infer<typeof ZNoticeUpdate>): Promise<Development> {
  const n = await ctx.db.selectFrom('public_notices').selectAll().where('id', '=', noticeId).executeTakeFirst();
  if (!n) throw notFound('公示记录');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadDevelopment(ctx, trx, n.development_id, 'write');
    if (row.status !== 'open') throw invalid('该发展档案已结束');
    if (n.end_on > ctx.today) throw invalid('公示尚未结束，不能填写公示结果');
    await trx.updateTable('public_notices').set({ outcome: input.outcome, feedback: input.feedback ?? null }).where('id', '=', noticeId).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'development.notice.updated', entityType: 'development', entityId: row.id, before: { outcome: n.outcome, feedback: n.feedback }, after: input });
  });
  return getDevelopment(ctx, n.development_id);
}

/** Stops a file with a reason; the roster stays as it is. A 预备党员 is not stopped here: 转正 meeting and approval decide. */
export async function stopDevelopment(ctx: Ctx, id: string, input: z.infer<typeof ZDevStop>): Promise<Development> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadDevelopment(ctx, trx, id, 'write');
    if (row.status !== 'open') throw invalid('该发展档案已结束');
    if (input.stoppedOn > ctx.today) throw invalid('终止日期不能晚于今天');
    const parts = (await partsOf(trx, [id])).get(id)!;
    if (probationOf(domainFile(row, parts))) throw forbidden('已接收为预备党员，须经支部大会讨论、上级党委审批取消预备党员资格，不能直接终止');
    const last = parts.steps.at(-1);
    if (last && input.stoppedOn < last.done_on) throw invalid(`终止日期不能早于最后一步的日期（${last.done_on}）`);
    await closeFile(ctx, trx, row, 'stopped', input.stoppedOn, input.reason);
  });
  return getDevelopment(ctx, id);
}

export { findDevelopment };
