import { randomUUID } from 'node:crypto';
import { ARCHIVE_CATEGORIES, ARCHIVE_CATEGORY_BY_KEY, archiveFileName, DUES_CARDS_FILE_NAME, itemTitle, orderVolumeItems, recordBookFileName, uploadKind, yearOf, type ArchiveCategoryKey } from '@zhibu/domain';
import type { ArchiveBinding, ArchiveOverview, ArchiveUpload, ArchiveUploadInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { pageCounts, paragraph } from '../../documents/index.js';
import { duesCardDoc } from '../dues/documents.js';
import { loadBook } from '../recordBooks/bookPdf.js';
import { booksOf, groupsOfYear } from '../recordBooks/repository.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { startJob } from '../jobs/runner.js';
import { archiveBranch, writesArchive } from './access.js';
import type { CategoryPlan } from './bind.js';
import { runArchiveTask, warmArchiveWorker } from './renderer.js';
import { filePart, readFile } from './sources/common.js';
import { recordItems, type SourceCtx } from './sources/index.js';
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
    const mine = files.filter((a) => a.entity_id === x.id);
    const f = (slot: string) => mine.find((a) => a.slot === slot)?.id ?? '';
    const main = mine.find((a) => a.slot === 'pdf');
    last.set(x.category, {
      id: x.id, year: x.year, category: x.category, fileName: main?.file_name ?? `${x.category}.pdf`, items: x.items, pages: x.pages,
      boundBy: x.bound_by, boundAt: new Date(x.bound_at).toISOString(), files: { pdf: f('pdf'), docx: f('docx'), xlsx: f('xlsx') },
      pdfs: mine.filter((a) => a.slot === 'pdf' || a.slot.startsWith('pdf:')).map((a) => ({ id: a.id, fileName: a.file_name })),
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
 * 合订 (issue 7 §2): binds one category of the branch's year, or all of them (LED-2..7 as volumes, with LED-1's
 * record books and LED-8's 党费证 as files of their own), off the request; the page polls the job. Each binding is
 * kept with its files and audited, so re-binding is allowed and traced.
 */
export async function startBinding(ctx: Ctx, store: FileStore, branchId: string, year: number, category?: string): Promise<{ jobId: string }> {
  const b = await archiveBranch(ctx, ctx.db, branchId, 'write');
  const keys = category ? [category as ArchiveCategoryKey] : ARCHIVE_CATEGORIES.map((c) => c.key);
  if (keys.some((k) => !ARCHIVE_CATEGORY_BY_KEY.has(k))) throw invalid('没有这个档案类别');
  if (year > yearOf(ctx.today)) throw invalid(`${year} 年度尚未开始，不能合订`);
  const jobId = await startJob(ctx.db, { organId: ctx.viewer.organId, accountId: ctx.viewer.accountId, kind: 'archive.bind' }, async (report) => {
    const bound = await bindYear(ctx, store, { id: b.id, name: b.full_name }, year, keys, report);
    return { bindings: bound.map(({ id, category, fileName, items, pages }) => ({ id, category, fileName, items, pages })) };
  });
  return { jobId };
}

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export interface BoundFile {
  /** pdf, docx, xlsx; a group's record book: `pdf:<group>` */
  slot: string;
  fileName: string;
  bytes: Buffer;
}
export interface Binding {
  id: string;
  category: ArchiveCategoryKey;
  /** the main file's name (`LED-4-组织生活档案.pdf`, `LED-1-会议记录本.pdf`) */
  fileName: string;
  items: number;
  pages: number;
  files: BoundFile[];
}

/**
 * Binds the categories in turn and records each binding; used by the job and by `zhibu archive`. Loading runs here
 * (main thread, set-based per category); rendering and merging run in the archive worker (renderer.ts).
 */
export async function bindYear(
  ctx: Ctx,
  store: FileStore,
  branch: { id: string; name: string },
  year: number,
  keys: readonly ArchiveCategoryKey[],
  report: (progress: number, total: number, message: string) => void = () => {},
): Promise<Binding[]> {
  warmArchiveWorker();
  const organ = await ctx.db.selectFrom('organs').select('name').where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  const yearEnd = `${year}-12-31`;
  const s: SourceCtx = { ctx, db: ctx.db, store, organName: organ.name, branch, year, asOf: ctx.today < yearEnd ? ctx.today : yearEnd };
  const uploads = await uploadsOf(ctx.db, branch.id, year);
  const out: Binding[] = [];
  const STEPS = 100;
  for (const [i, key] of keys.entries()) {
    const c = ARCHIVE_CATEGORY_BY_KEY.get(key)!;
    const step = (done: number, total: number, what = `正在装订${c.name}`) => report(i * STEPS + Math.round((STEPS * done) / Math.max(total, 1)), keys.length * STEPS, what);
    step(0, 1, `正在整理${c.name}的材料`);
    let made: Omit<Binding, 'id'>;
    if (key === 'recordBooks') made = await recordBookFiles(s);
    else if (key === 'duesCards') made = await duesCardFile(s);
    else {
      const plan = await planCategory(s, key, uploads);
      step(0, 1);
      const v = await runArchiveTask({ type: 'volume', plan }, step);
      made = {
        category: key,
        fileName: archiveFileName(c),
        items: v.items,
        pages: v.pages,
        files: [
          { slot: 'pdf', fileName: archiveFileName(c), bytes: v.pdf },
          { slot: 'docx', fileName: archiveFileName({ clause: c.clause, name: `${c.name}-目录` }, 'docx'), bytes: v.docx },
          { slot: 'xlsx', fileName: archiveFileName({ clause: c.clause, name: `${c.name}-目录` }, 'xlsx'), bytes: v.xlsx },
        ],
      };
    }
    const id = randomUUID();
    await ctx.db.transaction().execute(async (trx) => {
      const row = { id, organ_id: ctx.viewer.organId, branch_id: branch.id, year, category: key, items: made.items, pages: made.pages, bound_by: ctx.actor, bound_at: new Date() };
      await trx.insertInto('archive_bindings').values(row).execute();
      for (const f of made.files) {
        await attachCarried(trx, store, ctx, { entityType: 'archiveBinding', entityId: id, slot: f.slot }, { fileName: f.fileName, bytes: f.bytes, mime: MIME[f.fileName.slice(f.fileName.lastIndexOf('.') + 1) as keyof typeof MIME] });
      }
      await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'archive.bound', entityType: 'archiveBinding', entityId: id, after: { ...row, files: made.files.map((f) => f.fileName) } });
    });
    out.push({ id, ...made });
    step(1, 1);
  }
  report(keys.length * STEPS, keys.length * STEPS, '装订完成');
  return out;
}

/** A yearly category's items: those made from records, then the uploads, in the category's order (domain). */
async function planCategory(s: SourceCtx, key: ArchiveCategoryKey, uploads: readonly UploadRow[]): Promise<CategoryPlan> {
  const c = ARCHIVE_CATEGORY_BY_KEY.get(key)!;
  const records = await recordItems(s, key);
  const papers = [];
  for (const u of uploads.filter((x) => x.category === key)) {
    const bytes = await readFile(s, u.file_sha256, `台账材料「${u.title}」`);
    const part = filePart(bytes, u.file_name);
    if (!part) throw new AppError('INTERNAL', `台账材料「${u.title}」不是 PDF 或图片，无法装订`);
    const kind = c.items.find((k) => k.key === u.kind) ?? { label: '其他材料' };
    papers.push({ kind: u.kind, source: 'upload' as const, date: u.issued_on, entry: { title: itemTitle(u.title, kind), date: u.issued_on ?? undefined, docNumber: u.doc_no ?? undefined, responsible: u.responsible ?? s.branch.name }, parts: [part] });
  }
  const items = orderVolumeItems(key, [...records, ...papers]);
  return { organName: s.organName, branchName: s.branch.name, year: s.year, category: key, items: items.map(({ entry, parts }) => ({ entry, parts })) };
}

/**
 * LED-1: the year's record books as files of their own — the branch's and each 党小组's. A closed book is the file
 * frozen when it was closed (record_books.file_sha256); an open one is rendered as it stands.
 */
async function recordBookFiles(s: SourceCtx): Promise<Omit<Binding, 'id'>> {
  const b = { id: s.branch.id, full_name: s.branch.name };
  const [groups, closed] = await Promise.all([groupsOfYear(s.db, s.branch.id, s.year), booksOf(s.db, s.branch.id, s.year)]);
  const files: BoundFile[] = [];
  let items = 0;
  let pages = 0;
  for (const g of [null, ...groups]) {
    const frozen = closed.find((x) => x.group_id === (g?.id ?? null))?.file_sha256;
    let pdf: Buffer;
    if (frozen) {
      pdf = await readFile(s, frozen, `${g?.name ?? ''}会议记录本（封存）`);
      pages += (await runArchiveTask({ type: 'document', parts: [{ pdf }] })).pages;
    } else {
      const data = await loadBook(s.db, s.ctx.viewer.organId, b, g, s.year, s.asOf);
      const r = await runArchiveTask({ type: 'book', data });
      pdf = r.pdf;
      pages += r.pages;
    }
    items += 1;
    files.push({ slot: g ? `pdf:${g.name}` : 'pdf', fileName: recordBookFileName(g?.name), bytes: pdf });
  }
  return { category: 'recordBooks', fileName: recordBookFileName(), items, pages, files };
}

/** LED-8: every member's 党费证 (the branch's 党员 as at the year's end, or today), one after another in one file. */
async function duesCardFile(s: SourceCtx): Promise<Omit<Binding, 'id'>> {
  const members = await s.db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['p.id', 'p.name_pinyin'])
    .where('bm.branch_id', '=', s.branch.id)
    .where('p.category', 'in', ['full', 'probationary'])
    .where('bm.start_on', '<=', s.asOf)
    .where((eb) => eb.or([eb('bm.end_on', 'is', null), eb('bm.end_on', '>=', s.asOf)]))
    .orderBy('p.name_pinyin')
    .execute();
  const specs = [];
  for (const m of members) specs.push({ spec: (await duesCardDoc(s.ctx, m.id)).spec });
  const r = specs.length
    ? await runArchiveTask({ type: 'document', parts: specs })
    : await runArchiveTask({ type: 'document', parts: [{ spec: { title: '党费证', subtitle: s.branch.name, blocks: [paragraph(`无（${s.year} 年度本支部没有党员）`, 'center')] } }] });
  return { category: 'duesCards', fileName: DUES_CARDS_FILE_NAME, items: members.length, pages: r.pages, files: [{ slot: 'pdf', fileName: DUES_CARDS_FILE_NAME, bytes: r.pdf }] };
}
