import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { canonicalJson } from '../audit/canonical.js';
import { carriedColumns, dynamic, keyOf, rowToBundle, type Column, type ForeignKey } from './columns.js';
import { camel, SECTIONS, type Section } from './sections.js';
import type { BundleJson } from './versions.js';

type Row = Record<string, unknown>;

export interface SectionPlan {
  section: Section;
  /** the columns the rows carry (secrets only when restoring a backup) */
  columns: Column[];
  inserts: Row[];
  unchanged: number;
}

export interface ImportPlan {
  sections: SectionPlan[];
  /** references to records in neither the bundle nor the database, and files without their bytes */
  broken: string[];
  /** records whose id exists with other content */
  conflicts: string[];
}

const CHUNK = 1000;

/** Rows of `table` whose `columns` equal one of `tuples`, by their key string. */
export async function rowsByKey(db: Kysely<DB>, table: string, columns: string[], tuples: string[][]): Promise<Map<string, Row>> {
  const wanted = new Set(tuples.map((t) => t.join('/')));
  const firsts = [...new Set(tuples.map((t) => t[0]!))];
  const out = new Map<string, Row>();
  for (let i = 0; i < firsts.length; i += CHUNK) {
    const rows = await dynamic(db).selectFrom(table).selectAll().where(columns[0]!, 'in', firsts.slice(i, i + CHUNK)).execute();
    for (const r of rows) {
      const k = columns.map((c) => String(r[c])).join('/');
      if (wanted.has(k)) out.set(k, r);
    }
  }
  return out;
}

async function checkReferences(db: Kysely<DB>, bundle: BundleJson, fks: ForeignKey[], empty: boolean): Promise<string[]> {
  const broken: string[] = [];
  for (const s of SECTIONS.filter((x) => !x.audit)) {
    const rows = (bundle[s.name] as Row[] | undefined) ?? [];
    for (const fk of fks.filter((f) => f.table === s.table)) {
      const target = SECTIONS.find((x) => x.table === fk.refTable);
      if (!target || rows.length === 0) continue;
      const fields = fk.columns.map(camel);
      const refFields = fk.refColumns.map(camel);
      const inBundle = new Set(((bundle[target.name] as Row[] | undefined) ?? []).map((r) => keyOf(r, refFields)));
      const missing = new Map<string, Row[]>();
      for (const r of rows) {
        if (fields.some((f) => r[f] === null || r[f] === undefined)) continue;
        const k = keyOf(r, fields);
        if (!inBundle.has(k)) missing.set(k, [...(missing.get(k) ?? []), r]);
      }
      if (missing.size === 0) continue;
      const inDb = empty ? new Map<string, Row>() : await rowsByKey(db, fk.refTable, fk.refColumns, [...missing.keys()].map((k) => k.split('/')));
      for (const [k, refs] of missing) {
        if (inDb.has(k)) continue;
        for (const r of refs) broken.push(`${s.name} ${keyOf(r, s.key.map(camel))}：${fields.join('、')} = ${k} 在数据包和数据库的 ${target.name} 中都不存在`);
      }
    }
  }
  return broken;
}

/**
 * Decides, before anything is written, what an import does: every reference must resolve (in the bundle or the
 * database), every file row must bring its bytes, and a record whose key exists must have the same content (then it
 * is skipped) — otherwise the import is refused with the list. Into an empty database everything is inserted.
 */
export async function planImport(
  db: Kysely<DB>,
  bundle: BundleJson,
  ctx: { tables: Map<string, Column[]>; fks: ForeignKey[]; empty: boolean; withSecrets: boolean; zipFiles: Set<string> },
): Promise<ImportPlan> {
  const broken = await checkReferences(db, bundle, ctx.fks, ctx.empty);
  const conflicts: string[] = [];
  const sections: SectionPlan[] = [];
  for (const s of SECTIONS.filter((x) => !x.audit)) {
    const rows = (bundle[s.name] as Row[] | undefined) ?? [];
    if (s.secret && !ctx.withSecrets) continue;
    const all = ctx.tables.get(s.table) ?? [];
    const columns = carriedColumns(s, all, ctx.withSecrets);
    const keyFields = s.key.map(camel);
    let inserts = rows;
    let unchanged = 0;
    if (!ctx.empty && rows.length) {
      const existing = await rowsByKey(db, s.table, s.key, rows.map((r) => keyFields.map((f) => String(r[f]))));
      // content is compared without secrets: a backup merged by `import` carries none
      const compared = carriedColumns(s, all, false);
      inserts = [];
      for (const r of rows) {
        const old = existing.get(keyOf(r, keyFields));
        if (!old) {
          inserts.push(r);
          continue;
        }
        const mine = rowToBundle(old, compared);
        const differ = compared.filter((c) => canonicalJson(mine[c.field]) !== canonicalJson(r[c.field])).map((c) => c.field);
        if (differ.length) conflicts.push(`${s.name} ${keyOf(r, keyFields)}：${differ.join('、')} 与数据库中的不同`);
        else unchanged++;
      }
    }
    if (s.files) {
      for (const r of inserts) if (!ctx.zipFiles.has(String(r.sha256))) broken.push(`${s.name} ${String(r.sha256)}：数据包中缺少文件内容 files/${String(r.sha256)}`);
    }
    sections.push({ section: s, columns, inserts, unchanged });
  }
  return { sections, broken, conflicts };
}
