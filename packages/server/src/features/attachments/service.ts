import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { readSettings } from '../organ/settings.js';
import { checkFileContent } from './fileType.js';
import { ATTACHMENT_SCOPES } from './scopes.js';
import type { FileStore } from './store.js';
import type { Attachment } from '@zhibu/schemas';

export interface AttachmentRow {
  id: string;
  entityType: string;
  entityId: string;
  slot: string;
  fileName: string;
  size: number;
  mime: string;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

function scopeOf(entityType: string) {
  const s = ATTACHMENT_SCOPES[entityType];
  if (!s) throw invalid(`未知的附件归属类型：${entityType}`);
  return s;
}

export async function listAttachments(ctx: Ctx, entityType: string, entityId: string): Promise<AttachmentRow[]> {
  await scopeOf(entityType).canRead(ctx, entityId);
  const rows = await ctx.db
    .selectFrom('attachments as a')
    .innerJoin('files as f', 'f.sha256', 'a.file_sha256')
    .select(['a.id', 'a.entity_type', 'a.entity_id', 'a.slot', 'a.file_name', 'a.uploaded_by', 'a.uploaded_at', 'f.size', 'f.mime', 'f.sha256'])
    .where('a.organ_id', '=', ctx.viewer.organId)
    .where('a.entity_type', '=', entityType)
    .where('a.entity_id', '=', entityId)
    .where('a.removed_at', 'is', null)
    .orderBy('a.uploaded_at')
    .execute();
  return rows.map(presentAttachment);
}

/** An attachment row joined with its file, as the API shows it (the attachment list, a record's evidence). */
export const presentAttachment = (r: {
  id: string;
  entity_type: string;
  entity_id: string;
  slot: string;
  file_name: string;
  size: number | string | bigint;
  mime: string;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}): Attachment => ({
  id: r.id,
  entityType: r.entity_type,
  entityId: r.entity_id,
  slot: r.slot,
  fileName: r.file_name,
  size: Number(r.size),
  mime: r.mime,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at.toISOString(),
});

export const maxAttachmentBytes = async (ctx: Ctx) => {
  const organ = await ctx.db.selectFrom('organs').selectAll().where('id', '=', ctx.viewer.organId).executeTakeFirstOrThrow();
  return readSettings(organ).attachmentMaxMB * 1024 * 1024;
};

/** Stores an upload against a record the viewer may change; the type is checked from the bytes. */
export async function addAttachment(
  ctx: Ctx,
  store: FileStore,
  input: { entityType: string; entityId: string; slot: string; fileName: string; bytes: Buffer },
): Promise<AttachmentRow> {
  const scope = scopeOf(input.entityType);
  await scope.canRead(ctx, input.entityId);
  if (!(await scope.canWrite(ctx, input.entityId))) throw forbidden(`您无权为该${scope.label}上传附件`);
  if (scope.slots && !scope.slots.includes(input.slot)) throw invalid(`附件类别「${input.slot}」不正确，应为：${scope.slots.join('、')}`);
  const fileName = input.fileName.trim().slice(0, 200) || '未命名文件';
  const mime = await checkFileContent(input.bytes, fileName, await maxAttachmentBytes(ctx));
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const { sha256 } = await store.put(trx, input.bytes, mime);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      entity_type: input.entityType,
      entity_id: input.entityId,
      slot: input.slot,
      file_sha256: sha256,
      file_name: fileName,
      uploaded_by: ctx.actor,
      uploaded_at: new Date(),
      removed_at: null,
    };
    await trx.insertInto('attachments').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'attachment.added', entityType: 'attachment', entityId: id, after: { ...row, uploaded_at: row.uploaded_at.toISOString() } });
  });
  return (await listAttachments(ctx, input.entityType, input.entityId)).find((a) => a.id === id)!;
}

async function loadAttachment(ctx: Ctx, id: string) {
  const a = await ctx.db
    .selectFrom('attachments as a')
    .innerJoin('files as f', 'f.sha256', 'a.file_sha256')
    .select(['a.id', 'a.entity_type', 'a.entity_id', 'a.file_name', 'a.removed_at', 'f.sha256', 'f.mime'])
    .where('a.id', '=', id)
    .where('a.organ_id', '=', ctx.viewer.organId)
    .executeTakeFirst();
  if (!a || a.removed_at) throw notFound('附件');
  const scope = ATTACHMENT_SCOPES[a.entity_type];
  if (!scope) throw notFound('附件');
  await scope.canRead(ctx, a.entity_id);
  return { a, scope };
}

export async function readAttachment(ctx: Ctx, store: FileStore, id: string) {
  const { a } = await loadAttachment(ctx, id);
  const bytes = await store.get(ctx.db, a.sha256);
  if (!bytes) throw notFound('附件内容');
  return { fileName: a.file_name, mime: a.mime, bytes };
}

/** Removes an attachment from its record (the bytes stay: other records may share them, and the audit keeps the trace). */
export async function removeAttachment(ctx: Ctx, id: string): Promise<void> {
  const { a, scope } = await loadAttachment(ctx, id);
  if (!(await scope.canWrite(ctx, a.entity_id))) throw forbidden(`您无权删除该${scope.label}的附件`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('attachments').set({ removed_at: new Date() }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'attachment.removed', entityType: 'attachment', entityId: id, before: { fileName: a.file_name, sha256: a.sha256 } });
  });
}
