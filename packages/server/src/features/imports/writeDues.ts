import { randomUUID } from 'node:crypto';
import type { RosterPlan } from '@zhibu/domain';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.js';
import type { AuditEvent } from '../../audit/audit.js';
import { bulkInsert } from '../../db/bulk.js';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The roster rows that fill 党费类别 / 交纳基数（元）: each person's dues base from January of the effective year,
 * recorded or changed (set-based: one read, one delete, one bulk insert). A row equal to what is recorded changes
 * nothing, so importing the same file twice writes nothing twice.
 */
export async function writeDuesBases(trx: Transaction<DB>, organId: string, dues: RosterPlan['dues'], created: ReadonlyMap<string, string>, effectiveOn: string, events: AuditEvent[]): Promise<void> {
  if (dues.length === 0) return;
  const year = effectiveOn.slice(0, 4);
  const fromMonth = `${year}-01`;
  const known = dues.filter((d) => !created.has(d.idNumber)).map((d) => d.idNumber);
  const found = known.length ? await trx.selectFrom('persons').select(['id', 'id_number']).where('organ_id', '=', organId).where('id_number', 'in', known).execute() : [];
  const idOf = new Map([...created, ...found.map((p) => [p.id_number, p.id] as const)]);
  const rows = dues.map((d) => ({ person_id: idOf.get(d.idNumber)!, dues_category: d.base.category, base_fen: d.base.baseFen, fixed_fen: d.base.fixedFen }));
  const before = new Map(
    (await trx.selectFrom('dues_bases').selectAll().where('person_id', 'in', rows.map((r) => r.person_id)).where('from_month', '=', fromMonth).execute()).map((b) => [b.person_id, b]),
  );
  const changed = rows.filter((r) => {
    const b = before.get(r.person_id);
    return !b || b.dues_category !== r.dues_category || num(b.base_fen) !== r.base_fen || num(b.fixed_fen) !== r.fixed_fen;
  });
  if (changed.length === 0) return;
  const replaced = changed.filter((r) => before.has(r.person_id)).map((r) => r.person_id);
  if (replaced.length) await trx.deleteFrom('dues_bases').where('from_month', '=', fromMonth).where('person_id', 'in', replaced).execute();
  const values = changed.map((r) => ({ id: before.get(r.person_id)?.id ?? randomUUID(), ...r, from_month: fromMonth, note: `${year}年花名册导入` }));
  await bulkInsert(trx, 'dues_bases', values, { id: 'uuid', person_id: 'uuid', from_month: 'text', dues_category: 'text', base_fen: 'bigint', fixed_fen: 'integer', note: 'text' });
  for (const v of values) {
    const b = before.get(v.person_id);
    events.push({ organId, action: b ? 'dues.base.changed' : 'dues.base.recorded', entityType: 'duesBase', entityId: v.id, ...(b ? { before: b } : {}), after: { ...v, via: 'rosterImport' } });
  }
}
