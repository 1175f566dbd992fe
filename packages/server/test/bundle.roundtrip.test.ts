import fs from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAudit } from '../src/audit/audit.js';
import { writeBundle } from '../src/bundle/export.js';
import { importBundle } from '../src/bundle/import.js';
import { SECTIONS } from '../src/bundle/sections.js';
import { BUNDLE_VERSION } from '../src/bundle/versions.js';
import { SCHEMA_FILE } from '../src/bundle/writeSchema.js';
import { openBundleZip } from '../src/bundle/zip.js';
import type { Database } from '../src/db/open.js';
import { fileStoreFor } from '../src/features/attachments/store.js';
import { insertOrgan } from '../src/features/organ/create.js';
import { createBranch } from '../src/features/branches/service.js';
import { createPerson } from '../src/features/persons/service.js';
import { sha256 } from '../src/audit/canonical.js';
import { adminCtx, buildWorld, makeIdNumber, type World } from './fixtures.js';
import { freshDatabase } from './testDb.js';
import { attachPdf, bundleJsonOf, comparable, PDF, tempDir } from './bundleSupport.js';

/** contracts §3: export → import into an empty database → export gives the same bundle.json; merges are idempotent. */
let w: World;
let t: ReturnType<typeof tempDir>;
let copy: Database | null = null;
const opts = { actor: 'test:import', mode: 'import' as const };
const auditOf = (d: Database) => d.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();

beforeAll(async () => {
  w = await buildWorld();
  await attachPdf(w);
  t = tempDir();
});
afterAll(async () => {
  await copy?.close();
  await w.close();
  t.remove();
});

describe(`bundle round trip (${inject('backend')})`, () => {
  it('export writes bundle.json and files/<sha256>: no secrets, arrays sorted by key, valid against docs/bundle.schema.json', async () => {
    const r = await writeBundle(w.database, t.file('a.zip'), 'export');
    const zip = await openBundleZip(t.file('a.zip'));
    zip.close();
    expect([...zip.files]).toEqual([sha256(PDF)]);
    expect(r.files).toBe(1);
    const b = await bundleJsonOf(t.file('a.zip'));
    expect(Object.keys(b)).toEqual(['format', 'version', 'exportedAt', 'kind', ...SECTIONS.filter((s) => !s.secret).map((s) => s.name)]);
    expect(b).toMatchObject({ format: 'zhibu-bundle', version: BUNDLE_VERSION, kind: 'export' });
    expect(zip.json).not.toMatch(/scrypt\$|passwordHash|tokenHash|Test-pass/);
    for (const s of SECTIONS.filter((x) => !x.secret && x.key.length === 1 && x.key[0] === 'id')) {
      const ids = (b[s.name] as { id: string }[]).map((x) => x.id);
      expect(ids, s.name).toEqual([...ids].sort());
    }
    const person = (b.persons as Record<string, unknown>[])[0]!;
    expect(person.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(person.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(b.persons).toHaveLength(11);
    expect(b.attachments).toHaveLength(1);
    const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
    expect(validate(b), JSON.stringify(validate.errors)).toBe(true);
  });

  it('into an empty database: the same bundle on re-export, the audit chain as it was plus one "bundle imported"', async () => {
    copy = await freshDatabase();
    const r = await importBundle(copy, t.file('a.zip'), opts);
    expect(r.into).toBe('empty');
    expect(r.sections.persons).toEqual({ inserted: 11, unchanged: 0 });
    await writeBundle(copy, t.file('b.zip'), 'export');
    expect(comparable(await bundleJsonOf(t.file('b.zip')))).toEqual(comparable(await bundleJsonOf(t.file('a.zip'))));
    const source = await auditOf(w.database);
    const target = await auditOf(copy);
    expect(target.slice(0, -1).map((e) => [e.chain, e.hash, e.prev_hash])).toEqual(source.map((e) => [e.chain, e.hash, e.prev_hash]));
    expect(target.at(-1)).toMatchObject({ chain: w.organId, action: 'bundle.imported', entity_id: r.sha256, actor: 'test:import', prev_hash: source.at(-1)!.hash });
    expect((await verifyAudit(copy.db)).problems).toEqual([]);
    const sha = sha256(PDF);
    expect(await fileStoreFor(copy).get(copy.db, sha)).toEqual(PDF);
    // an export carries no password: the accounts arrive with a hash no password matches
    const admin = await copy.db.selectFrom('accounts').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(admin.password_hash).not.toMatch(/^scrypt\$/);
  });

  it('importing the same bundle again changes nothing but its own import entry (idempotent)', async () => {
    for (let i = 0; i < 2; i++) {
      const before = await auditOf(copy!);
      const r = await importBundle(copy!, t.file('a.zip'), opts);
      expect(r.into).toBe('merge');
      expect(Object.values(r.sections).every((s) => s.inserted === 0)).toBe(true);
      expect(r.sections.persons).toEqual({ inserted: 0, unchanged: 11 });
      expect(r.audit).toEqual({ entries: 0, present: [w.organId], chains: [] });
      const after = await auditOf(copy!);
      expect(after.slice(0, -1)).toEqual(before);
      expect(after.at(-1)).toMatchObject({ chain: w.organId, action: 'bundle.imported' });
    }
    await writeBundle(copy!, t.file('c.zip'), 'export');
    expect(comparable(await bundleJsonOf(t.file('c.zip')))).toEqual(comparable(await bundleJsonOf(t.file('a.zip'))));
    expect((await verifyAudit(copy!.db)).problems).toEqual([]);
  });

  it('merges another organ into a database that holds one: its chain kept apart, verifiable on its own', async () => {
    const other = await freshDatabase();
    try {
      const organId = await other.db.transaction().execute((trx) => insertOrgan(trx, 'test:other', { name: '另一机关', recordsStartOn: '2025-01-01' }));
      const ctx = adminCtx(other.db, organId);
      const b = await createBranch(ctx, { fullName: '中共另一机关党支部', shortName: '另一党支部', kind: 'single', unitIds: [], foundedOn: '2015-07-01' });
      await createPerson(ctx, { name: '何一', idNumber: makeIdNumber('1990-01-01'), category: 'full', joinedOn: '2015-01-01', confirmedOn: '2016-01-01', phone: null, branchId: b.id, startOn: '2025-01-01' });
      await writeBundle(other, t.file('other.zip'), 'export');
    } finally {
      await other.close();
    }
    const r = await importBundle(w.database, t.file('other.zip'), opts);
    expect(r.into).toBe('merge');
    expect(r.sections.persons).toEqual({ inserted: 1, unchanged: 0 });
    expect(r.chain).toBe(w.organId);
    expect(r.audit.chains).toEqual([expect.stringMatching(new RegExp(`^import:${r.sha256.slice(0, 12)}:`))]);
    const kept = await w.database.db.selectFrom('audit_log').selectAll().where('chain', '=', r.audit.chains[0]!).orderBy('seq').execute();
    expect(kept[0]!.prev_hash).toBe('0'.repeat(64));
    expect(kept.map((e) => e.action)).toEqual(['organ.created', 'branch.created', 'person.created']);
    expect((await verifyAudit(w.database.db)).problems).toEqual([]);
  });

  it('a bundle that shares part of its history with the database is still kept whole and verifies', async () => {
    // the copy got its chain from `w`; it grows there, and comes back
    const ctx = adminCtx(copy!.db, w.organId);
    await createPerson(ctx, { name: '新来', idNumber: makeIdNumber('1992-02-02'), category: 'full', joinedOn: '2016-01-01', confirmedOn: '2017-01-01', phone: null, branchId: w.branchB, startOn: '2026-01-01' });
    await writeBundle(copy!, t.file('grown.zip'), 'export');
    const r = await importBundle(w.database, t.file('grown.zip'), opts);
    expect(r.sections.persons).toEqual({ inserted: 1, unchanged: 11 });
    expect(r.audit.chains).toEqual([`import:${r.sha256.slice(0, 12)}:${w.organId}`]);
    expect((await verifyAudit(w.database.db)).problems).toEqual([]);
  });
});
