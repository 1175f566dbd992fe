import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { archiveBranch } from './access.js';

async function branchOfEntity(ctx: Ctx, table: 'archive_uploads' | 'archive_bindings', id: string) {
  const r = await ctx.db.selectFrom(table).select('branch_id').where('organ_id', '=', ctx.viewer.organId).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('台账材料');
  await archiveBranch(ctx, ctx.db, r.branch_id);
}

/**
 * An upload's file and a binding's PDF and catalogs: read as the archive is (the organ admin, 考核人员, the branch's
 * committee); saved with their record and never swapped afterwards (an upload is removed and uploaded again).
 */
export const archiveScopes = {
  archiveUpload: { label: '台账材料', canRead: (ctx: Ctx, id: string) => branchOfEntity(ctx, 'archive_uploads', id), canWrite: async () => false },
  archiveBinding: { label: '台账合订本', canRead: (ctx: Ctx, id: string) => branchOfEntity(ctx, 'archive_bindings', id), canWrite: async () => false },
};
