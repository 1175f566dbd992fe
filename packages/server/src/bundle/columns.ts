import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import { camel, type Section } from './sections.js';

/** Rows of any table: the bundle reads and writes every section the same way, whatever its columns. */
export type AnyDB = Record<string, Record<string, unknown>>;
export const dynamic = (db: Kysely<DB>) => db as unknown as Kysely<AnyDB>;

export interface Column {
  /** the database's name, e.g. `organ_id` */
  name: string;
  /** the name in bundle.json, e.g. `organId` */
  field: string;
  /** PostgreSQL's type name (udt_name), e.g. `uuid`, `text`, `date`, `timestamptz`, `jsonb`, `int8` */
  type: string;
  nullable: boolean;
  hasDefault: boolean;
}

export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/** Every table of the current schema with its columns in their declared order. */
export async function describeTables(db: Kysely<DB>): Promise<Map<string, Column[]>> {
  const r = await sql<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>`
    select table_name, column_name, udt_name, is_nullable, column_default
    from information_schema.columns
    where table_schema = current_schema()
    order by table_name, ordinal_position`.execute(db);
  const out = new Map<string, Column[]>();
  for (const c of r.rows) {
    const list = out.get(c.table_name) ?? [];
    list.push({ name: c.column_name, field: camel(c.column_name), type: c.udt_name, nullable: c.is_nullable === 'YES', hasDefault: c.column_default !== null });
    out.set(c.table_name, list);
  }
  return out;
}

/** The tables of the current schema (base tables only). */
export async function listTables(db: Kysely<DB>): Promise<string[]> {
  const r = await sql<{ t: string }>`
    select table_name as t from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(db);
  return r.rows.map((x) => x.t);
}

/** Every foreign key of the current schema, column by column in constraint order. */
export async function foreignKeys(db: Kysely<DB>): Promise<ForeignKey[]> {
  const r = await sql<{ name: string; table: string; column: string; ref_table: string; ref_column: string }>`
    select c.conname as name, cl.relname as table, a.attname as column, fcl.relname as ref_table, fa.attname as ref_column
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace n on n.oid = cl.relnamespace and n.nspname = current_schema()
    join pg_class fcl on fcl.oid = c.confrelid
    cross join lateral unnest(c.conkey, c.confkey) with ordinality as k(col, fcol, i)
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
    join pg_attribute fa on fa.attrelid = c.confrelid and fa.attnum = k.fcol
    where c.contype = 'f'
    order by cl.relname, c.conname, k.i`.execute(db);
  const byName = new Map<string, ForeignKey>();
  for (const x of r.rows) {
    const key = `${x.table}.${x.name}`;
    const fk = byName.get(key) ?? { table: x.table, columns: [], refTable: x.ref_table, refColumns: [] };
    fk.columns.push(x.column);
    fk.refColumns.push(x.ref_column);
    byName.set(key, fk);
  }
  return [...byName.values()];
}

const JSON_TYPES = new Set(['json', 'jsonb']);

/** The columns a section carries: all but those the database assigns, and the secrets unless asked for. */
export function carriedColumns(section: Section, columns: Column[], withSecrets: boolean): Column[] {
  return columns.filter((c) => !section.omit?.includes(c.name) && (withSecrets || !section.secretColumns?.includes(c.name)));
}

/** A database row as bundle.json holds it: camelCase names, timestamps as ISO strings, dates as `YYYY-MM-DD`. */
export function rowToBundle(row: Record<string, unknown>, columns: Column[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = row[c.name];
    out[c.field] = v instanceof Date ? v.toISOString() : v === undefined ? null : v;
  }
  return out;
}

/** A bundle row as the database takes it: only the fields given (a missing one takes the column's default). */
export function rowToDb(row: Record<string, unknown>, columns: Column[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    if (!(c.field in row)) continue;
    const v = row[c.field];
    out[c.name] = JSON_TYPES.has(c.type) && v !== null ? JSON.stringify(v) : v;
  }
  return out;
}

/** Orders rows by key columns: numbers numerically, everything else by its string's code units (no collation). */
export function compareByKey(keyFields: string[]) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const k of keyFields) {
      const x = a[k];
      const y = b[k];
      if (typeof x === 'number' && typeof y === 'number') {
        if (x !== y) return x - y;
        continue;
      }
      const sx = String(x);
      const sy = String(y);
      if (sx !== sy) return sx < sy ? -1 : 1;
    }
    return 0;
  };
}

/** The key of a bundle row as one string, e.g. `3f2c…` or `3f2c…/organAdmin`. */
export const keyOf = (row: Record<string, unknown>, keyFields: string[]) => keyFields.map((k) => String(row[k])).join('/');
