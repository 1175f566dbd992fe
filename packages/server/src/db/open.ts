import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock } from './lock.js';
import { migrations } from './migrations/index.js';
import type { DB } from './types.js';

// Calendar dates stay `YYYY-MM-DD` strings (never JS Dates shifted by a time zone); counts come back as numbers.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Backend = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  backend: Backend;
  /** where the embedded database lives (attachments go beside it) */
  dataDir: string | null;
  pglite: PGlite | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** for tests: start the embedded database from a dump instead of a folder */
  loadDataDir?: Blob;
  /** skip the folder lock (tests with an in-memory database) */
  inMemory?: boolean;
  migrate?: boolean;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`数据库迁移失败${failed ? `（${failed}）` : ''}：${String((error as Error).message ?? error)}`);
  }
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite database under `dataDir` (locked). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  let database: Database;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    database = { db, backend: 'postgres', dataDir: opts.dataDir ?? null, pglite: null, close: () => db.destroy() };
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
    const dataDir = opts.dataDir ?? path.resolve('data');
    const release = opts.inMemory ? () => {} : acquireDataDirLock(dataDir);
    try {
      const pglite = await PGlite.create(opts.inMemory ? undefined : path.join(dataDir, 'pg'), {
        ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
        relaxedDurability: false,
      });
      const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
      const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
      database = {
        db,
        backend: 'pglite',
        dataDir: opts.inMemory ? null : dataDir,
        pglite,
        close: async () => {
          await db.destroy();
          await pglite.close();
          release();
        },
      };
    } catch (e) {
      release();
      throw e;
    }
  }
  if (opts.migrate !== false) await migrateToLatest(database.db);
  return database;
}
