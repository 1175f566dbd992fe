import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { invalid } from '../../errors.js';
import { checkFileContent } from './fileType.js';
import { maxAttachmentBytes } from './service.js';
import type { FileStore } from './store.js';

/** A file carried inside a record's JSON body (base64), checked before anything is written. */
export interface CarriedFile {
  fileName: string;
  bytes: Buffer;
  mime: string;
}

/**
 * Decodes the files a record carries in its request and checks each from its bytes (type, the organ's size limit,
 * and `accept`, which names the file in its refusal), so that a record and its files are saved together or not at
 * all: a receipt with its expense, a photo with its tick, a paper with its catalog entry.
 */
export async function decodeCarried(
  ctx: Ctx,
  files: readonly { fileName: string; contentBase64: string }[],
  accept: { test: (mime: string) => boolean; refusal: (fileName: string) => string },
): Promise<CarriedFile[]> {
  const max = await maxAttachmentBytes(ctx);
  const out: CarriedFile[] = [];
  for (const f of files) {
    const bytes = Buffer.from(f.contentBase64, 'base64');
    const mime = await checkFileContent(bytes, f.fileName, max);
    if (!accept.test(mime)) throw invalid(accept.refusal(f.fileName));
    out.push({ fileName: f.fileName.trim().slice(0, 200), bytes, mime });
  }
  return out;
}

/** Stores a carried file and attaches it to its record, inside the record's own transaction. */
export async function attachCarried(trx: Kysely<DB>, store: FileStore, ctx: Ctx, to: { entityType: string; entityId: string; slot: string }, f: CarriedFile) {
  const { sha256 } = await store.put(trx, f.bytes, f.mime);
  const id = randomUUID();
  await trx
    .insertInto('attachments')
    .values({ id, organ_id: ctx.viewer.organId, entity_type: to.entityType, entity_id: to.entityId, slot: to.slot, file_sha256: sha256, file_name: f.fileName, uploaded_by: ctx.actor, uploaded_at: new Date(), removed_at: null })
    .execute();
  return { id, fileName: f.fileName, sha256 };
}
