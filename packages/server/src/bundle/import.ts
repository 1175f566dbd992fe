import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.js';
import type { Database } from '../db/open.js';
import { recordEvent } from '../audit/audit.js';
import { sha256 } from '../audit/canonical.js';
import { AppError } from '../errors.js';
import { fileStoreFor, type FileStore } from '../features/attachments/store.js';
import { importedChainName, writeAuditSection, type AuditImport } from './auditSection.js';
import { describeTables, dynamic, foreignKeys, rowToDb, type Column } from './columns.js';
import { planImport, type ImportPlan } from './plan.js';
import { validateBundle } from './schema.js';
import { camel, SECTIONS } from './sections.js';
import { upgradeBundle, type BundleJson } from './versions.js';
import { fileSha256, openBundleZip, type OpenedBundle } from './zip.js';

export interface ImportOptions {
  /** the audit actor of the import entry */
  actor: string;
  /** `restore`: a backup, with its secrets, into an empty database only */
  mode: 'import' | 'restore';
  /** the organ whose chain records the import (--organ); default: the only organ */
  organName?: string;
  progress?: (msg: string) => void;
}

export interface ImportReport {
  sha256: string;
  kind: string;
  into: 'empty' | 'merge';
  sections: Record<string, { inserted: number; unchanged: number }>;
  files: number;
  audit: AuditImport;
  /** the chain that recorded the import */
  chain: string;
}

const list = (title: string, lines: string[]) =>
  `${title}\n  ${lines.slice(0, 20).join('\n  ')}${lines.length > 20 ? `\n  ……共 ${lines.length} 处` : ''}`;

/** Parses, upgrades and validates bundle.json; an import leaves a backup's secrets behind. */
function readBundle(opened: OpenedBundle, tables: Map<string, Column[]>, mode: ImportOptions['mode'], progress: (m: string) => void): BundleJson {
  let raw: unknown;
  try {
    raw = JSON.parse(opened.json);
  } catch (e) {
    throw new AppError('VALIDATION', `bundle.json 不是有效的 JSON（${(e as Error).message}）。`);
  }
  const bundle = upgradeBundle(raw);
  validateBundle(bundle, tables);
  if (mode === 'restore' && bundle.kind !== 'backup') {
    throw new AppError('VALIDATION', '这是导出文件（不含密码和会话），不是备份，不能用 restore 恢复。请改用 npx zhibu import 导入。');
  }
  if (mode === 'import' && bundle.kind === 'backup') {
    progress('这是备份文件：账号密码和会话不随 import 导入（需要时请在空数据库上用 npx zhibu restore）。');
    for (const s of SECTIONS) {
      if (s.secret) delete bundle[s.name];
      else if (s.secretColumns) for (const r of bundle[s.name] as Record<string, unknown>[]) for (const c of s.secretColumns) delete r[camel(c)];
    }
  }
  return bundle;
}

async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  for (const s of SECTIONS) {
    if (await dynamic(db).selectFrom(s.table).select((eb) => eb.lit(1).as('x')).limit(1).executeTakeFirst()) return false;
  }
  return true;
}

async function writeSections(trx: Transaction<DB>, plan: ImportPlan, store: FileStore, opened: OpenedBundle, progress: (m: string) => void): Promise<number> {
  let files = 0;
  for (const p of plan.sections) {
    const fill = p.section.withoutSecrets ?? {};
    const rows = p.inserts.map((r) => ({ ...fill, ...rowToDb(r, p.columns) }));
    for (let i = 0; i < rows.length; i += 500) await dynamic(trx).insertInto(p.section.table).values(rows.slice(i, i + 500)).execute();
    if (p.section.files) {
      for (const r of p.inserts) {
        const bytes = await opened.read(String(r.sha256));
        if (sha256(bytes) !== r.sha256) throw new AppError('VALIDATION', `数据包中的文件 files/${String(r.sha256)} 内容与其名称（SHA-256）不符，数据包已损坏。`);
        await store.put(trx, bytes, String(r.mime));
        files++;
      }
    }
    if (rows.length) progress(`${p.section.name}：写入 ${rows.length} 条`);
  }
  return files;
}

async function targetOrgan(db: Kysely<DB>, name: string | undefined): Promise<string | null> {
  const organs = await db.selectFrom('organs').select(['id', 'name']).execute();
  if (name) {
    const o = organs.find((x) => x.name === name);
    if (!o) throw new AppError('NOT_FOUND', `没有名为「${name}」的机关。现有：${organs.map((x) => x.name).join('、') || '（无）'}`);
    return o.id;
  }
  return organs.length === 1 ? organs[0]!.id : null;
}

/** Unique and check violations the plan cannot foresee (e.g. the same username under another id) refuse the import. */
function refusal(e: unknown): unknown {
  const pg = e as { code?: string; table?: string; detail?: string; message?: string };
  if (typeof pg.code === 'string' && pg.code.startsWith('23')) {
    return new AppError('CONFLICT', `导入被拒绝：数据包中的记录与数据库中已有的记录冲突（表 ${pg.table ?? '?'}：${pg.detail ?? pg.message}），未导入任何数据。`);
  }
  return e;
}

/**
 * Imports a bundle zip all or nothing (contracts §3). Into an empty database it keeps the source's audit chains as
 * they are and appends "bundle imported"; into a non-empty one it merges by key, keeps the source's chains apart and
 * records the import in the target organ's chain.
 */
export async function importBundle(database: Pick<Database, 'db' | 'backend' | 'dataDir'>, file: string, opts: ImportOptions): Promise<ImportReport> {
  const progress = opts.progress ?? (() => {});
  const opened = await openBundleZip(file);
  try {
    const bundleSha = await fileSha256(file);
    const tables = await describeTables(database.db);
    const bundle = readBundle(opened, tables, opts.mode, progress);
    const fks = await foreignKeys(database.db);
    const store = fileStoreFor(database);
    const auditSection = SECTIONS.find((s) => s.audit)!;
    return await database.db
      .transaction()
      .execute(async (trx) => {
        const empty = await isEmpty(trx);
        if (opts.mode === 'restore' && !empty) {
          throw new AppError('CONFLICT', '数据库不是空的，不能恢复备份。restore 只能恢复到空数据库：请换一个新的 --data 目录或新建的 PostgreSQL 数据库；合并数据请用 npx zhibu import。');
        }
        const organBefore = empty ? null : await targetOrgan(trx, opts.organName);
        const plan = await planImport(trx, bundle, { tables, fks, empty, withSecrets: opts.mode === 'restore', zipFiles: opened.files });
        if (plan.broken.length) throw new AppError('VALIDATION', list('数据包中有记录引用了不存在的记录或文件，未导入任何数据：', plan.broken));
        if (plan.conflicts.length) throw new AppError('CONFLICT', list('数据包中有记录与数据库中同一 id 的记录内容不同，未导入任何数据：', plan.conflicts));
        progress(empty ? '数据库为空：按原样导入全部记录和审计链。' : '数据库已有数据：按 id 合并，相同的记录跳过。');
        const files = await writeSections(trx, plan, store, opened, progress);
        const entries = (bundle[auditSection.name] as Record<string, unknown>[]) ?? [];
        const audit = await writeAuditSection(trx, auditSection, tables.get(auditSection.table)!, entries, empty ? undefined : (c) => importedChainName(bundleSha, c));
        const organId = empty ? await targetOrgan(trx, opts.organName) : organBefore;
        const sections = Object.fromEntries(plan.sections.map((p) => [p.section.name, { inserted: p.inserts.length, unchanged: p.unchanged }]));
        await recordEvent(trx, opts.actor, {
          organId,
          action: 'bundle.imported',
          entityType: 'bundle',
          entityId: bundleSha,
          after: { sha256: bundleSha, kind: bundle.kind, exportedAt: bundle.exportedAt, into: empty ? 'empty' : 'merge', mode: opts.mode, inserted: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.inserted])), auditChains: audit.chains },
        });
        return { sha256: bundleSha, kind: String(bundle.kind), into: empty ? ('empty' as const) : ('merge' as const), sections, files, audit, chain: organId ?? 'system' };
      })
      .catch((e: unknown) => {
        throw refusal(e);
      });
  } finally {
    opened.close();
  }
}
