import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/open.js';
import { describeTables, foreignKeys, listTables } from '../src/bundle/columns.js';
import { bundleSchema } from '../src/bundle/schema.js';
import { NOT_SECTIONS, SECTIONS } from '../src/bundle/sections.js';
import { SCHEMA_FILE, schemaText } from '../src/bundle/writeSchema.js';
import { backupFileName, backupsToDelete, hasBackupOn } from '../src/bundle/backupDir.js';
import { freshDatabase } from './testDb.js';

/** The sections registry covers the database (a new table fails here until it is added), and the schema file is current. */
let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('bundle sections registry (contracts §3)', () => {
  it('names every table of the database, or says why a table is left out', async () => {
    const tables = await listTables(database.db);
    const covered = new Set([...SECTIONS.map((s) => s.table as string), ...Object.keys(NOT_SECTIONS)]);
    expect(tables.filter((t) => !covered.has(t)), 'add the new table to SECTIONS in src/bundle/sections.ts').toEqual([]);
    expect(SECTIONS.map((s) => s.table).filter((t) => !tables.includes(t))).toEqual([]);
    expect(new Set(SECTIONS.map((s) => s.name)).size).toBe(SECTIONS.length);
    for (const s of SECTIONS) expect(s.name, s.table).toMatch(/^[a-z][a-zA-Z]*$/);
  });

  it('keys are the primary keys, and secret columns exist', async () => {
    const pk = await sql<{ table: string; column: string }>`
      select tc.table_name as table, kcu.column_name as column
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = current_schema() and tc.constraint_type = 'PRIMARY KEY'
      order by tc.table_name, kcu.ordinal_position`.execute(database.db);
    const columns = await describeTables(database.db);
    for (const s of SECTIONS) {
      expect(s.key, s.table).toEqual(pk.rows.filter((r) => r.table === s.table).map((r) => r.column));
      for (const c of [...(s.secretColumns ?? []), ...(s.omit ?? []), ...Object.keys(s.withoutSecrets ?? {})]) {
        expect(columns.get(s.table)!.map((x) => x.name), `${s.table}.${c}`).toContain(c);
      }
    }
  });

  it('lists tables in an order that inserts every referenced row first', async () => {
    const order = SECTIONS.map((s) => s.table as string);
    const late = (await foreignKeys(database.db))
      .filter((fk) => order.includes(fk.table) && order.includes(fk.refTable) && order.indexOf(fk.refTable) > order.indexOf(fk.table))
      .map((fk) => `${fk.table} → ${fk.refTable}`);
    expect(late).toEqual([]);
    expect(SECTIONS.at(-1)!.audit).toBe(true);
  });

  it('docs/bundle.schema.json is the schema generated from the database', async () => {
    const generated = schemaText(bundleSchema(await describeTables(database.db)));
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8'), 'run: npx tsx packages/server/src/bundle/writeSchema.ts').toBe(generated);
  });
});

describe('backup folder rotation (serve --backup-dir --backup-keep)', () => {
  it('names backups by Asia/Shanghai time', () => {
    expect(backupFileName(new Date('2026-11-24T16:30:05Z'))).toBe('zhibu-backup-20261125-003005.zip');
    expect(backupFileName(new Date('2026-01-01T00:00:00Z'))).toBe('zhibu-backup-20260101-080000.zip');
  });

  it('keeps the newest N backups and never touches other files', () => {
    const names = ['zhibu-backup-20261120-010000.zip', 'notes.txt', 'zhibu-backup-20261122-010000.zip', 'zhibu-backup-20261121-230000.zip', 'zhibu-backup-20261123-010000.zip.part', 'zhibu-backup-20261119-010000.zip'];
    expect(backupsToDelete(names, 2)).toEqual(['zhibu-backup-20261119-010000.zip', 'zhibu-backup-20261120-010000.zip']);
    expect(backupsToDelete(names, 4)).toEqual([]);
    expect(backupsToDelete(names, 0)).toEqual(backupsToDelete(names, 1));
    expect(backupsToDelete([], 3)).toEqual([]);
  });

  it('knows whether a day already has its backup', () => {
    const names = ['zhibu-backup-20261124-235959.zip', 'zhibu-backup-20261125-000001.zip.part'];
    expect(hasBackupOn(names, '20261124')).toBe(true);
    expect(hasBackupOn(names, '20261125')).toBe(false);
  });
});
