import type { Kysely } from 'kysely';
import type { DB } from '../db/types.js';
import type { Database } from '../db/open.js';
import { AppError } from '../errors.js';
import { fileStoreFor } from '../features/attachments/store.js';
import { carriedColumns, compareByKey, describeTables, dynamic, rowToBundle } from './columns.js';
import { SECTIONS } from './sections.js';
import { BUNDLE_VERSION, FORMAT, type BundleJson } from './versions.js';
import { fileSha256, writeZip } from './zip.js';

export type BundleKind = 'export' | 'backup';

/**
 * Reads every section in one repeatable-read snapshot (a backup taken while the server writes is still consistent:
 * no membership without its person). `backup` keeps the secrets — password hashes and sessions; `export` leaves them out.
 */
export async function collectBundle(db: Kysely<DB>, kind: BundleKind, exportedAt: Date = new Date()): Promise<BundleJson> {
  const withSecrets = kind === 'backup';
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const tables = await describeTables(trx);
      const bundle: BundleJson = { format: FORMAT, version: BUNDLE_VERSION, exportedAt: exportedAt.toISOString(), kind };
      for (const s of SECTIONS) {
        if (s.secret && !withSecrets) continue;
        const columns = carriedColumns(s, tables.get(s.table) ?? [], withSecrets);
        // sorted here by key, not by the database: the order must not depend on its collation (the audit's key is its seq)
        const rows = (await dynamic(trx).selectFrom(s.table).selectAll().execute()).sort(compareByKey(s.key));
        bundle[s.name] = rows.map((r) => rowToBundle(r, columns));
      }
      return bundle;
    });
}

/** bundle.json as text: one section per line group, one row per line (small diffs, readable with any editor). */
export function stringifyBundle(b: BundleJson): string {
  const parts = Object.entries(b).map(([k, v]) => {
    const value = Array.isArray(v) ? (v.length ? `[\n${v.map((r) => JSON.stringify(r)).join(',\n')}\n]` : '[]') : JSON.stringify(v);
    return `${JSON.stringify(k)}: ${value}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

export interface WrittenBundle {
  file: string;
  sha256: string;
  kind: BundleKind;
  counts: Record<string, number>;
  files: number;
}

/** Writes `bundle.json` and `files/<sha256>` for every stored file into a zip at `file`. */
export async function writeBundle(database: Pick<Database, 'db' | 'backend' | 'dataDir'>, file: string, kind: BundleKind, exportedAt = new Date()): Promise<WrittenBundle> {
  const bundle = await collectBundle(database.db, kind, exportedAt);
  const hashes = SECTIONS.filter((s) => s.files).flatMap((s) => (bundle[s.name] as { sha256: string }[]).map((r) => r.sha256));
  const store = fileStoreFor(database);
  await writeZip(file, stringifyBundle(bundle), hashes, async (sha) => {
    const bytes = await store.get(database.db, sha);
    // content-addressed: a file row without its bytes is a damaged store, and a bundle without them would not import
    if (!bytes) throw new AppError('CONFLICT', `附件存储中缺少文件 ${sha}（files 表中有记录），无法生成完整的数据包。`);
    return bytes;
  }, exportedAt);
  const counts = Object.fromEntries(SECTIONS.filter((s) => Array.isArray(bundle[s.name])).map((s) => [s.name, (bundle[s.name] as unknown[]).length]));
  return { file, sha256: await fileSha256(file), kind, counts, files: hashes.length };
}
