import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeBundle } from '../src/bundle/export.js';
import { importBundle, type ImportOptions } from '../src/bundle/import.js';
import { openBundleZip } from '../src/bundle/zip.js';
import type { Database } from '../src/db/open.js';
import { BUNDLE_VERSION } from '../src/bundle/versions.js';
import { AppError } from '../src/errors.js';
import { buildWorld, type World } from './fixtures.js';
import { freshDatabase } from './testDb.js';
import { attachPdf, editBundle, snapshot, tempDir, writeZip } from './bundleSupport.js';

/** contracts §3: bad input is refused with a clear Chinese message, and nothing changes — not one row. */
let w: World;
let empty: Database;
let t: ReturnType<typeof tempDir>;
type Row = Record<string, unknown>;
const rows = (b: Row, name: string) => b[name] as Row[];

beforeAll(async () => {
  w = await buildWorld();
  await attachPdf(w);
  empty = await freshDatabase();
  t = tempDir();
  await writeBundle(w.database, t.file('good.zip'), 'export');
  await writeBundle(w.database, t.file('backup.zip'), 'backup');
});
afterAll(async () => {
  await empty.close();
  await w.close();
  t.remove();
});

/** Runs an import that must be refused: an AppError whose message matches, and every table exactly as before. */
async function refused(database: Database, file: string, message: RegExp, mode: ImportOptions['mode'] = 'import'): Promise<string> {
  const before = await snapshot(database);
  const e = await importBundle(database, file, { actor: 'test:import', mode }).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).not.toBe('INTERNAL');
  expect((e as Error).message).toMatch(message);
  expect(await snapshot(database)).toBe(before);
  return (e as Error).message;
}

describe(`bad bundles are refused and change nothing (${inject('backend')})`, () => {
  it('a bundle of another format', async () => {
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => (b.format = 'other-app'));
    await refused(empty, t.file('x.zip'), /这不是支部标准化数据包/);
  });

  it('a newer version', async () => {
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => (b.version = BUNDLE_VERSION + 1));
    await refused(empty, t.file('x.zip'), new RegExp(`数据包的版本（${BUNDLE_VERSION + 1}）比本程序支持的版本（${BUNDLE_VERSION}）新.*升级`));
  });

  it('a broken reference, listing it — into an empty database and in a merge', async () => {
    let gone = '';
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => {
      gone = String(rows(b, 'persons').find((p) => p.name === '钱七')!.id);
      b.persons = rows(b, 'persons').filter((p) => p.id !== gone);
    });
    const m = await refused(empty, t.file('x.zip'), /引用了不存在的记录/);
    expect(m).toContain(`personId = ${gone}`);
    expect(m).toMatch(/branchMemberships .*personId/);
    const stranger = randomUUID();
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => {
      rows(b, 'branchMemberships').push({ id: randomUUID(), personId: stranger, branchId: w.branchA, startOn: '2026-01-01', endOn: null });
    });
    expect(await refused(w.database, t.file('x.zip'), /引用了不存在的记录/)).toContain(stranger);
  });

  it('a file row without its bytes', async () => {
    const z = await openBundleZip(t.file('good.zip'));
    const json = z.json;
    z.close();
    await writeZip(t.file('x.zip'), { 'bundle.json': json });
    await refused(empty, t.file('x.zip'), /缺少文件内容 files\//);
  });

  it('a zip without bundle.json, and a file that is not a zip', async () => {
    await writeZip(t.file('x.zip'), { 'readme.txt': '你好' });
    await refused(empty, t.file('x.zip'), /没有 bundle\.json/);
    fs.writeFileSync(t.file('x.zip'), '姓名,公民身份号码\n');
    await refused(empty, t.file('x.zip'), /不是有效的 zip 文件/);
    await writeZip(t.file('x.zip'), { 'bundle.json': '{"format": "zhibu-bundle", ' });
    await refused(empty, t.file('x.zip'), /bundle\.json 不是有效的 JSON/);
  });

  it('a row that does not fit the schema', async () => {
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => {
      rows(b, 'persons')[0]!.birthDate = '1985/03/15';
      rows(b, 'units').push({ id: randomUUID(), name: '多余', extra: 1 });
    });
    const m = await refused(empty, t.file('x.zip'), /不符合数据包格式/);
    expect(m).toContain('/persons/0/birthDate 应为YYYY-MM-DD 日期');
    expect(m).toMatch(/有未知字段 extra/);
  });

  it('restore into a non-empty database, and restore of an export', async () => {
    await refused(w.database, t.file('backup.zip'), /数据库不是空的，不能恢复备份/, 'restore');
    await refused(empty, t.file('good.zip'), /这是导出文件.*npx zhibu import/, 'restore');
  });

  it('a record whose id exists with other content, listing it', async () => {
    let id = '';
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => {
      const p = rows(b, 'persons').find((x) => x.name === '钱七')!;
      id = String(p.id);
      p.phone = '13999999999';
      rows(b, 'units').push({ id: randomUUID(), organId: w.organId, name: '新增委室' });
    });
    expect(await refused(w.database, t.file('x.zip'), /同一 id 的记录内容不同/)).toContain(`persons ${id}：phone 与数据库中的不同`);
  });

  it('a new record that collides with an existing one on a unique column', async () => {
    await editBundle(t.file('good.zip'), t.file('x.zip'), (b) => {
      const a = rows(b, 'accounts').find((x) => x.username === 'admin')!;
      rows(b, 'accounts').push({ ...a, id: randomUUID() });
    });
    await refused(w.database, t.file('x.zip'), /冲突（表 accounts：.*admin/);
  });
});
