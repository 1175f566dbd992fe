import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { fundsBranch } from './access.js';
import { findEntry } from './repository.js';

/**
 * The receipt copies of an expense (LED-7): read as the ledger is; saved with the expense itself and never added or
 * removed afterwards, so that an expense always keeps the receipts it was accepted with.
 */
export const fundExpenseScope = {
  label: '活动经费支出票据',
  async canRead(ctx: Ctx, id: string) {
    const e = await findEntry(ctx.db, ctx.viewer.organId, id);
    if (!e || e.kind !== 'expense') throw notFound('活动经费支出');
    await fundsBranch(ctx, ctx.db, e.branch_id);
  },
  async canWrite() {
    return false;
  },
};
