import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

type Db = Kysely<DB>;

/** The uploads of a branch's year (not removed), each with its file's attachment, in catalog order. */
export const uploadsOf = (db: Db, branchId: string, year: number) =>
  db
    .selectFrom('archive_uploads as u')
    .innerJoin('attachments as a', (j) => j.onRef('a.entity_id', '=', 'u.id').on('a.entity_type', '=', 'archiveUpload').on('a.removed_at', 'is', null))
    .select(['u.id', 'u.year', 'u.category', 'u.kind', 'u.title', 'u.issued_on', 'u.doc_no', 'u.responsible', 'u.tags', 'u.pages', 'u.uploaded_by', 'u.uploaded_at', 'a.id as attachment_id', 'a.file_name', 'a.file_sha256'])
    .where('u.branch_id', '=', branchId)
    .where('u.year', '=', year)
    .where('u.removed_at', 'is', null)
    .orderBy('u.issued_on', 'asc')
    .orderBy('u.uploaded_at', 'asc')
    .execute();
export type UploadRow = Awaited<ReturnType<typeof uploadsOf>>[number];

export const findUpload = (db: Db, organId: string, id: string) =>
  db.selectFrom('archive_uploads').selectAll().where('organ_id', '=', organId).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();

/** Every binding of a branch's year, newest first (their files: `bindingFiles`). */
export const bindingsOf = (db: Db, branchId: string, year: number) =>
  db
    .selectFrom('archive_bindings as b')
    .select(['b.id', 'b.year', 'b.category', 'b.items', 'b.pages', 'b.bound_by', 'b.bound_at'])
    .where('b.branch_id', '=', branchId)
    .where('b.year', '=', year)
    .orderBy('b.bound_at', 'desc')
    .execute();

export const bindingFiles = (db: Db, bindingIds: string[]) =>
  bindingIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('attachments').select(['id', 'entity_id', 'slot', 'file_name']).where('entity_type', '=', 'archiveBinding').where('entity_id', 'in', bindingIds).where('removed_at', 'is', null).orderBy('slot').execute();
