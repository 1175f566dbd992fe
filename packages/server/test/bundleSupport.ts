import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'kysely';
import yazl from 'yazl';
import type { Database } from '../src/db/open.js';
import { openBundleZip } from '../src/bundle/zip.js';
import type { World } from './fixtures.js';

/** Helpers of the bundle tests (export, import, backup, restore). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export function tempDir(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-bundle-'));
  return { dir, file: (n) => path.join(dir, n), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Uploads a PDF to a member through the API, so that files and attachments are not empty. */
export async function attachPdf(w: World, personKey = 'memberA', bytes = PDF): Promise<string> {
  const cookie = await w.login('admin');
  const res = await w.app.inject({
    method: 'POST',
    url: `/api/attachments?entityType=person&entityId=${w.persons[personKey]}`,
    headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': '证明.pdf' },
    payload: bytes,
  });
  if (res.statusCode !== 200 && res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return res.json().id as string;
}

export async function bundleJsonOf(file: string): Promise<Record<string, unknown>> {
  const z = await openBundleZip(file);
  try {
    return JSON.parse(z.json) as Record<string, unknown>;
  } finally {
    z.close();
  }
}

/** bundle.json without what may differ between two exports of the same data (contracts §3). */
export function comparable(b: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _e, audit: _a, ...rest } = b;
  return rest;
}

/** A digest of every table, as routeWalk.test.ts takes it: equal before and after means nothing changed. */
export async function snapshot(database: Pick<Database, 'db'>): Promise<string> {
  const tables = await sql<{ t: string }>`select table_name as t from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`.execute(database.db);
  const parts: string[] = [];
  for (const { t } of tables.rows) {
    const r = await sql<{ h: string | null }>`select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) as h from ${sql.table(t)} x`.execute(database.db);
    parts.push(`${t}:${r.rows[0]!.h}`);
  }
  return parts.join('\n');
}

/** Writes a zip with the given entries (text or bytes), for bundles made by hand. */
export async function writeZip(file: string, entries: Record<string, string | Buffer>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name);
  zip.end();
  await pipeline(zip.outputStream as Readable, fs.createWriteStream(file));
}

/** Rewrites a bundle's bundle.json (keeping its files) through `edit`. */
export async function editBundle(from: string, to: string, edit: (b: Record<string, unknown>) => void): Promise<void> {
  const z = await openBundleZip(from);
  try {
    const b = JSON.parse(z.json) as Record<string, unknown>;
    edit(b);
    const entries: Record<string, string | Buffer> = { 'bundle.json': JSON.stringify(b) };
    for (const sha of z.files) entries[`files/${sha}`] = await z.read(sha);
    await writeZip(to, entries);
  } finally {
    z.close();
  }
}
