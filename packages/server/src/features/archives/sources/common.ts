import { maskIdNumber } from '@zhibu/domain';
import type { Ctx } from '../../../context.js';
import { AppError } from '../../../errors.js';
import type { CatalogEntry, DocSpec } from '../../../documents/index.js';
import { imageKind } from '../../../documents/image.js';
import type { FileStore } from '../../attachments/store.js';
import type { Part } from '../bind.js';

/**
 * What a record loader (sources/<category>.ts) gets: the branch and year, and a way to read stored files. Loaders
 * run on the main thread and only load — set-based, a few queries per category — and describe each item as parts
 * (document specs and file bytes); the worker renders them (renderer.ts).
 */
export interface SourceCtx {
  ctx: Ctx;
  db: Ctx['db'];
  store: FileStore;
  organName: string;
  branch: { id: string; name: string };
  year: number;
  /** 31 Dec of the year, or today while the year runs: the 花名册 "as at" */
  asOf: string;
}

/** An item made from records: its kind (ARCHIVE_CATEGORIES), date, catalog line and parts. */
export interface RecordItem {
  kind: string;
  source: 'record';
  date: string | null;
  entry: Omit<CatalogEntry, 'pageCount' | 'firstPage'>;
  parts: Part[];
}

export const yearSpan = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

export function recordItem(kind: string, date: string | null, entry: RecordItem['entry'], parts: Part[]): RecordItem {
  return { kind, source: 'record', date, entry: { ...entry, date: date ?? entry.date }, parts };
}

/**
 * A document as a part of an item, with every 18-digit ID number masked: a bound volume is read by every 支委 of the
 * branch and by the 考核人员, who see ID numbers masked (contracts §4), whoever bound it.
 */
export const specPart = (spec: DocSpec): Part => ({ spec: maskIds(spec) });

const ID = /\b\d{17}[\dXx]\b/g;
function maskIds<T>(value: T): T {
  if (typeof value === 'string') return value.replace(ID, (id) => maskIdNumber(id)) as T;
  if (Array.isArray(value)) return value.map(maskIds) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIds(v)])) as T;
  return value;
}

/** A stored file's bytes; a missing file stops the binding with a clear message rather than binding a gap. */
export async function readFile(s: SourceCtx, sha: string, label: string): Promise<Buffer> {
  const bytes = await s.store.get(s.db, sha);
  if (!bytes) throw new AppError('INTERNAL', `${label}的文件缺失，无法装订`);
  return bytes;
}

/** A stored file as a part of an item, when it can be bound (PDF or PNG/JPEG by content); other files are named only. */
export function filePart(bytes: Buffer, fileName: string): Part | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { pdf: bytes, label: `附件「${fileName}」` };
  if (imageKind(bytes)) return { image: bytes };
  return null;
}

/** The live attachments of records of one type, by record id, in upload order. */
export async function attachmentsOf(s: SourceCtx, entityType: string, ids: readonly string[]) {
  const out = new Map<string, { fileName: string; sha: string; slot: string }[]>();
  if (ids.length === 0) return out;
  const rows = await s.db
    .selectFrom('attachments')
    .select(['entity_id', 'file_name', 'file_sha256', 'slot'])
    .where('organ_id', '=', s.ctx.viewer.organId)
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...ids])
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .execute();
  for (const r of rows) out.set(r.entity_id, [...(out.get(r.entity_id) ?? []), { fileName: r.file_name, sha: r.file_sha256, slot: r.slot }]);
  return out;
}

/** The bindable attachments of a record as parts (non-bindable ones listed in `skipped` for the catalog's 备注). */
export async function attachmentParts(s: SourceCtx, files: readonly { fileName: string; sha: string }[]): Promise<{ parts: Part[]; skipped: string[] }> {
  const parts: Part[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const p = filePart(await readFile(s, f.sha, `附件「${f.fileName}」`), f.fileName);
    if (p) parts.push(p);
    else skipped.push(f.fileName);
  }
  return { parts, skipped };
}

export const noteOf = (attached: number, skipped: string[]) =>
  [attached ? `附材料 ${attached} 件` : '', skipped.length ? `另有 ${skipped.length} 件非 PDF/图片附件未合入` : ''].filter(Boolean).join('；') || undefined;
