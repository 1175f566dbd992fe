import { sql, type Kysely } from 'kysely';
import { emptyArchiveFacts, type ArchiveCategoryKey, type ArchiveFacts } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import type { FactRange } from './repository.js';

/**
 * Loads the 信息台账 facts (LED-2…7 binding, LED-7 expenses) of the branches in range in one query: the first
 * binding of each category of last year and this year (its day in China time), and the year's fund expenses with
 * whether each has its activity report and how many receipts. Arrays in JSON, as the venue facts.
 */
export async function loadArchiveFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, ArchiveFacts>> {
  const year = Number(r.from.slice(0, 4));
  const inBranches = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  type BindingRow = [branchId: string, category: ArchiveCategoryKey, year: number, boundOn: string];
  type ExpenseRow = [branchId: string, id: string, occurredOn: string, title: string, amountFen: number, hasReport: boolean, receipts: number];
  const q = await sql<{ bindings: BindingRow[] | null; expenses: ExpenseRow[] | null }>`
    select
      (select json_agg(json_build_array(b.branch_id, b.category, b.year, to_char(b.first_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD')))
        from (select branch_id, category, year, min(bound_at) as first_at from archive_bindings
              where organ_id = ${r.organId} and year between ${year - 1} and ${year} ${inBranches('branch_id')}
              group by branch_id, category, year) b) as bindings,
      (select json_agg(json_build_array(e.branch_id, e.id, e.occurred_on, e.title, e.amount_fen,
          coalesce(btrim(e.activity_report), '') <> '',
          (select count(*) from attachments a where a.entity_type = 'fundExpense' and a.entity_id = e.id and a.removed_at is null)))
        from fund_entries e
        where e.organ_id = ${r.organId} and e.kind = 'expense' and e.occurred_on between ${r.from}::date and ${r.to}::date ${inBranches('e.branch_id')}) as expenses`.execute(db);
  const { bindings, expenses } = q.rows[0]!;
  const out = new Map<string, ArchiveFacts>();
  const of = (branchId: string) => {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = emptyArchiveFacts()));
    return f;
  };
  for (const [branchId, category, y, boundOn] of bindings ?? []) of(branchId).bindings.push({ category, year: Number(y), boundOn });
  for (const [branchId, id, occurredOn, title, amountFen, hasReport, receipts] of expenses ?? []) {
    of(branchId).expenses.push({ id, occurredOn, title, amountFen: Number(amountFen), hasReport, receipts: Number(receipts) });
  }
  return out;
}
