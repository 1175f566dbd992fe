import { randomUUID } from 'node:crypto';
import { ARCHIVE_CATEGORIES, ARCHIVE_CATEGORY_BY_KEY, archiveFileName, uploadKind, type ArchiveCategoryKey } from '@zhibu/domain';
import type { ArchiveBinding, ArchiveOverview, ArchiveUpload, ArchiveUploadInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { pageCounts } from '../../documents/index.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { startJob } from '../jobs/runner.js';
import { archiveBranch, writesArchive } from './access.js';
import { bindCategory } from './bind.js';
import { bindingFiles, bindingsOf, findUpload, uploadsOf, type UploadRow } from './repository.js';

const toUpload = (u: UploadRow): ArchiveUpload => ({
  id: u.id,
  year: u.year,
  category: u.category,
  kind: u.kind,
  kindLabel: uploadKind(u.category, u.kind)?.label ?? u.kind,
  title: u.title,
  issuedOn: u.issued_on,
  docNo: u.doc_no,
  responsible: u.responsible,
  tags: u.tags,
  pages: u.pages,
  fileName: u.file_name,
  attachmentId: u.attachment_id,
  uploadedBy: u.uploaded_by,
  uploadedAt: new Date(u.uploaded_at).toISOString(),
});

/** A branch's 信息台账 of a year: each category with its uploads and its last binding. */
export async function archiveOverview(ctx: Ctx, branchId: string, year = Number(ctx.today.slice(0, 4))): Promise<ArchiveOverview> {
  const b = await archiveBranch(ctx, ctx.db, branchId);
  const [uploads, bindings] = await Promise.all([uploadsOf(ctx.db, branchId, year), bindingsOf(ctx.db, branchId, year)]);
  const files = await bindingFiles(ctx.db, bindings.map((x) => x.id));
  const last = new Map<string, ArchiveBinding>();
  for (const x of bindings) {
    if (last.has(x.category)) continue;
    const f = (slot: string) => files.find((a) => a.entity_id === x.id && a.slot === slot)?.id ?? '';
    const c = ARCHIVE_CATEGORY_BY_KEY.get(x.category as ArchiveCategoryKey);
    last.set(x.category, {
      id: x.id, year: x.year, category: x.category, fileName: c ? archiveFileName(c) : `${x.category}.pdf`, items: x.items, pages: x.pages,
      boundBy: x.bound_by, boundAt: new Date(x.bound_at).toISOString(), files: { pdf: f('pdf'), docx: f('docx'), xlsx: f('xlsx') },
    });
  }
  return {
    branch: { id: b.id, name: b.full_name },
    year,
    categories: ARCHIVE_CATEGORIES.map((c) => ({
      key: c.key,
      clause: c.clause,
      name: c.name,
      boundYearly: c.boundYearly,
      uploadKinds: c.items.filter((k) => k.source === 'upload').map((k) => ({ key: k.key, label: k.label })),
      uploads: uploads.filter((u) => u.category === c.key).map(toUpload),
      lastBinding: last.get(c.key) ?? null,
    })),
    abilities: { write: 'status' in b && b.status === 'active' && writesArchive(ctx.viewer, branchId) },
  };
}

/**
 * Uploads a paper that exists only on paper into a category of the branch's year (issue 7 §1): the file is checked
 * from its bytes (PDF or image only: it is bound into the volume), its pages counted, and the record, the file and
 * its attachment are written in one transaction. Nothing is saved when any check fails.
 */
export async function uploadArchive(ctx: Ctx, store: FileStore, branchId: string, input: ArchiveUploadInput): Promise<ArchiveUpload> {
  const b = await archiveBranch(ctx, ctx.db, branchId, 'write');
  if (b.status !== 'active') throw invalid('已撤销的党支部不能上传台账材料');
  const kind = uploadKind(input.category, input.kind);
  if (!kind) throw invalid(`“${ARCHIVE_CATEGORY_BY_KEY.get(input.category as ArchiveCategoryKey)?.name ?? input.category}”没有“${input.kind}”这类上传材料（由系统记录生成的材料不需上传）`);
  if (input.issuedOn && Number(input.issuedOn.slice(0, 4)) !== input.year) throw invalid('材料日期应在所选年度内');
  const [file] = await decodeCarried(ctx, [input.file], { test: (mime) => ['application/pdf', 'image/png', 'image/jpeg'].includes(mime), refusal: () => '台账材料须为 PDF 或 PNG、JPEG 图片（装订时合入卷内）' });
  let pages = 1;
  if (file!.mime === 'application/pdf') {
    try {
      [pages = 0] = await pageCounts([file!.bytes]);
    } catch {
      throw invalid(`文件「${input.file.fileName}」不是可读的 PDF`);
    }
    if (pages < 1) throw invalid(`文件「${input.file.fileName}」没有页面`);
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = {
      id, organ_id: ctx.viewer.organId, branch_id: branchId, year: input.year, category: input.category, kind: input.kind, title: input.title,
      issued_on: input.issuedOn ?? null, doc_no: input.docNo || null, responsible: input.responsible || null, tags: input.tags ?? [], pages,
      uploaded_by: ctx.actor, uploaded_at: new Date(), removed_at: null, removed_reason: null,
    };
    await trx.insertInto('archive_uploads').values(row).execute();
    const stored = await attachCarried(trx, store, ctx, { entityType: 'archiveUpload', entityId: id, slot: 'file' }, file!);
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'archive.uploaded', entityType: 'archiveUpload', entityId: id, after: { ...row, fileName: stored.fileName, sha256: stored.sha256 } });
  });
  const u = (await uploadsOf(ctx.db, branchId, input.year)).find((x) => x.id === id)!;
  return toUpload(u);
}

/** Removes an upload from the archive (kept in the audit log with its reason; its file stays for the trail). */
export async function removeArchiveUpload(ctx: Ctx, id: string, reason: string): Promise<void> {
  const u = await findUpload(ctx.db, ctx.viewer.organId, id);
  if (!u) throw notFound('台账材料');
  await archiveBranch(ctx, ctx.db, u.branch_id, 'write');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('archive_uploads').set({ removed_at: new Date(), removed_reason: reason }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'archive.removed', entityType: 'archiveUpload', entityId: id, before: u, after: { reason } });
  });
}

/**
 * 合订 (issue 7 §2): binds one category of the branch's year, or every yearly-bound one, off the request; the page
 * polls the job. Each binding is kept with its PDF and catalogs and audited, so re-binding is allowed and traced.
 */
export async function startBinding(ctx: Ctx, store: FileStore, branchId: string, year: number, category?: string): Promise<{ jobId: string }> {
  const b = await archiveBranch(ctx, ctx.db, branchId, 'write');
  const keys = category ? [category as ArchiveCategoryKey] : ARCHIVE_CATEGORIES.filter((c) => c.boundYearly).map((c) => c.key);
  if (keys.some((k) => !ARCHIVE_CATEGORY_BY_KEY.get(k)?.boundYearly)) throw invalid('会议记录本和党费证按本保存，不合订');
  const jobId = await startJob(ctx.db, { organId: ctx.viewer.organId, accountId: ctx.viewer.accountId, kind: 'archive.bind' }, async (report) => {
    const bound = await bindYear(ctx, store, { id: b.id, name: b.full_name }, year, keys, report);
    return { bindings: bound.map(({ id, category, fileName, items, pages }) => ({ id, category, fileName, items, pages })) };
  });
  return { jobId };
}

/** Binds the categories in turn and records each binding; used by the job and by `zhibu archive`. */
export async function bindYear(
  ctx: Ctx,
  store: FileStore,
  branch: { id: string; name: string },
  year: number,
  keys: readonly ArchiveCategoryKey[],
  report: (progress: number, total: number, message: string) => void = () => {},
): Promise<{ id: string; category: string; fileName: string; items: number; pages: number; pdf: Buffer; docx: Buffer; xlsx: Buffer }[]> {
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  const uploads = await uploadsOf(ctx.db, branch.id, year);
  const read = async (sha: string) => {
    const bytes = await store.get(ctx.db, sha);
    if (!bytes) throw new AppError('INTERNAL', '台账材料的文件缺失，无法装订');
    return bytes;
  };
  const out = [];
  for (const [i, key] of keys.entries()) {
    const c = ARCHIVE_CATEGORY_BY_KEY.get(key)!;
    report(i, keys.length, `正在装订${c.name}`);
    const v = await bindCategory({ organName: organ.name, branchName: branch.name, year, category: key, uploads }, read);
    const id = randomUUID();
    await ctx.db.transaction().execute(async (trx) => {
      const row = { id, organ_id: ctx.viewer.organId, branch_id: branch.id, year, category: key, items: v.items, pages: v.pages, bound_by: ctx.actor, bound_at: new Date() };
      await trx.insertInto('archive_bindings').values(row).execute();
      for (const [slot, bytes, mime, ext] of [
        ['pdf', v.pdf, 'application/pdf', 'pdf'],
        ['docx', v.docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
        ['xlsx', v.xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
      ] as const) {
        const fileName = slot === 'pdf' ? archiveFileName(c, ext) : archiveFileName({ clause: c.clause, name: `${c.name}-目录` }, ext);
        await attachCarried(trx, store, ctx, { entityType: 'archiveBinding', entityId: id, slot }, { fileName, bytes, mime });
      }
      await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'archive.bound', entityType: 'archiveBinding', entityId: id, after: row });
    });
    out.push({ id, category: key, fileName: archiveFileName(c), items: v.items, pages: v.pages, pdf: v.pdf, docx: v.docx, xlsx: v.xlsx });
  }
  report(keys.length, keys.length, '装订完成');
  return out;
}
