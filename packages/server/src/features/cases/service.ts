import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { caseProblems, isOrganAdmin, normalizeCase, writesBranchCases, type CaseAction, type CaseContent } from '@zhibu/domain';
import type { Case, CaseList, ZCaseInput, ZCaseQuery, ZCaseUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid } from '../../errors.js';
import { listAttachments } from '../attachments/service.js';
import { branchForWrite, loadCase, may, reachOf, stepOrThrow } from './access.js';
import { toCard } from './presenter.js';
import { searchCases, tagsOf, type CaseRow } from './repository.js';

/** 典型经验库 (REQ-4). */

// `Generated<Timestamp>` (db types) leaves no update type: the column is set to the database's clock
const NOW = sql`now()` as never;

function checked(c: CaseContent): CaseContent {
  const n = normalizeCase(c);
  const problems = caseProblems(n);
  if (problems.length) throw invalid(problems.join('；'), { problems });
  return n;
}

export async function listCases(ctx: Ctx, query: z.infer<typeof ZCaseQuery>): Promise<CaseList> {
  const reach = reachOf(ctx);
  const { page, pageSize } = query;
  const { rows, total } = await searchCases(ctx.db, ctx.viewer.organId, reach, query, { offset: (page - 1) * pageSize, limit: pageSize });
  const branches = await ctx.db.selectFrom('branches').select(['id', 'short_name']).where('organ_id', '=', ctx.viewer.organId).where('status', '=', 'active').orderBy('full_name').execute();
  return {
    items: rows.map(toCard),
    total,
    page,
    pageSize,
    tags: await tagsOf(ctx.db, ctx.viewer.organId, reach),
    abilities: {
      review: isOrganAdmin(ctx.viewer),
      writeBranches: branches.filter((b) => writesBranchCases(ctx.viewer, b.id)).map((b) => ({ id: b.id, name: b.short_name })),
    },
  };
}

async function present(ctx: Ctx, c: CaseRow): Promise<Case> {
  return {
    ...toCard(c),
    body: c.body,
    createdBy: c.created_by,
    attachments: await listAttachments(ctx, 'case', c.id),
    abilities: { edit: may(ctx, c, 'edit'), submit: may(ctx, c, 'submit'), review: isOrganAdmin(ctx.viewer) },
  };
}

export async function getCase(ctx: Ctx, id: string): Promise<Case> {
  return present(ctx, await loadCase(ctx, ctx.db, id));
}

const contentOf = (c: CaseRow): CaseContent => ({ title: c.title, summary: c.summary, body: c.body, tags: c.tags, clauses: c.clauses });

export async function createCase(ctx: Ctx, branchId: string, input: z.infer<typeof ZCaseInput>): Promise<Case> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchForWrite(ctx, trx, branchId);
    const n = checked(input);
    const row = { id, organ_id: ctx.viewer.organId, branch_id: b.id, ...n, tags: [...n.tags], clauses: [...n.clauses], status: 'draft' as const, created_by: ctx.actor };
    await trx.insertInto('cases').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'case.created', entityType: 'case', entityId: id, after: row });
  });
  return getCase(ctx, id);
}

export async function updateCase(ctx: Ctx, id: string, patch: z.infer<typeof ZCaseUpdate>): Promise<Case> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await loadCase(ctx, trx, id);
    stepOrThrow(ctx, c, 'edit');
    const before = contentOf(c);
    const n = checked({ ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
    await trx
      .updateTable('cases')
      .set({ ...n, tags: [...n.tags], clauses: [...n.clauses], updated_at: NOW })
      .where('id', '=', id)
      .execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'case.updated', entityType: 'case', entityId: id, before, after: n });
  });
  return getCase(ctx, id);
}

const AUDIT_ACTION = { submit: 'case.submitted', return: 'case.returned', publish: 'case.published', promote: 'case.promoted' } as const;

/** submit, return, publish and promote: one status step each, audited with what changed. */
export async function moveCase(ctx: Ctx, id: string, action: Exclude<CaseAction, 'edit'>, input: { reason?: string; promoted?: boolean } = {}): Promise<Case> {
  await ctx.db.transaction().execute(async (trx) => {
    const c = await loadCase(ctx, trx, id);
    const to = stepOrThrow(ctx, c, action, input.reason);
    const before = { status: c.status, return_reason: c.return_reason, promoted: c.promoted, submitted_on: c.submitted_on, published_on: c.published_on };
    const after = { ...before, status: to };
    if (action === 'submit') {
      // a submitted case must be complete: the rules of its content hold again (the data may predate a rule)
      checked(contentOf(c));
      after.submitted_on = ctx.today;
    } else if (action === 'return') {
      Object.assign(after, { return_reason: input.reason!.trim(), promoted: false, published_on: null });
    } else if (action === 'publish') {
      Object.assign(after, { return_reason: null, published_on: ctx.today });
    } else {
      after.promoted = input.promoted ?? true;
    }
    await trx
      .updateTable('cases')
      .set({ ...after, updated_at: NOW })
      .where('id', '=', id)
      .execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: action === 'promote' && !after.promoted ? 'case.unpromoted' : AUDIT_ACTION[action], entityType: 'case', entityId: id, before, after });
  });
  return getCase(ctx, id);
}
