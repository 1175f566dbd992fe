import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Database } from '../../db/open.js';
import { sha256 } from '../../audit/canonical.js';

/**
 * One content-addressed store (contracts §6): files are named by their SHA-256. With the embedded database the
 * bytes live in a folder beside it (`<data>/files/ab/abcdef…`); with PostgreSQL (or an in-memory test database)
 * inside the database, so that every server process sees them.
 */
export interface FileStore {
  /** Saves bytes (idempotent) and records their metadata in the caller's transaction. */
  put(trx: Kysely<DB>, bytes: Buffer, mime: string): Promise<{ sha256: string; size: number }>;
  get(db: Kysely<DB>, hash: string): Promise<Buffer | null>;
}

export function fileStoreFor(database: Pick<Database, 'backend' | 'dataDir'>): FileStore {
  const folder = database.backend === 'pglite' && database.dataDir ? path.join(database.dataDir, 'files') : null;
  return folder ? folderStore(folder) : databaseStore();
}

async function recordMeta(trx: Kysely<DB>, hash: string, size: number, mime: string) {
  await trx.insertInto('files').values({ sha256: hash, size, mime }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
}

function databaseStore(): FileStore {
  return {
    async put(trx, bytes, mime) {
      const hash = sha256(bytes);
      await recordMeta(trx, hash, bytes.length, mime);
      await trx.insertInto('file_contents').values({ sha256: hash, content: bytes }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
      return { sha256: hash, size: bytes.length };
    },
    async get(db, hash) {
      const row = await db.selectFrom('file_contents').select('content').where('sha256', '=', hash).executeTakeFirst();
      return row ? Buffer.from(row.content) : null;
    },
  };
}

function folderStore(root: string): FileStore {
  const pathOf = (hash: string) => path.join(root, hash.slice(0, 2), hash);
  return {
    async put(trx, bytes, mime) {
      const hash = sha256(bytes);
      const target = pathOf(hash);
      if (!fs.existsSync(target)) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Write beside, then rename: a killed process never leaves a half-written file under its hash.
        const tmp = `${target}.${randomUUID()}.tmp`;
        fs.writeFileSync(tmp, bytes);
        fs.renameSync(tmp, target);
      }
      await recordMeta(trx, hash, bytes.length, mime);
      return { sha256: hash, size: bytes.length };
    },
    async get(_db, hash) {
      if (!/^[0-9a-f]{64}$/.test(hash)) return null;
      try {
        return fs.readFileSync(pathOf(hash));
      } catch {
        return null;
      }
    },
  };
}
