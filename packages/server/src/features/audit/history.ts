import type { Kysely } from 'kysely';
import { maskIdNumber, type PersonAccess } from '@zhibu/domain';
import type { AuditEntry } from '@zhibu/schemas';
import type { DB } from '../../db/types.js';

type Masker = (field: string, value: unknown) => unknown;

/** A masker that hides in a record's history what the viewer may not see in the record itself. */
export function personMasker(access: PersonAccess): Masker {
  return (field, value) => {
    if (value == null) return value;
    if ((field === 'id_number' || field === 'idNumber') && access.idNumber !== 'full') return maskIdNumber(String(value));
    if (field === 'phone' && !access.phone) return '（无权查看）';
    return value;
  };
}

const HIDDEN = new Set(['organ_id', 'name_initials', 'name_pinyin', 'id']);

/** The history of one record (the web's 变更记录): each audited change as field, before, after. */
export async function historyOf(db: Kysely<DB>, organId: string, entityType: string, entityId: string, mask: Masker): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'before', 'after'])
    .where('organ_id', '=', organId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('seq', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !HIDDEN.has(f));
    return {
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      changes: fields.map((f) => ({ field: f, before: mask(f, before[f] ?? null), after: mask(f, after[f] ?? null) })),
    };
  });
}
