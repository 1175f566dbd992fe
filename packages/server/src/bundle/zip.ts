import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import yauzl from 'yauzl';
import { AppError } from '../errors.js';

export const BUNDLE_ENTRY = 'bundle.json';
export const FILES_DIR = 'files/';

/** SHA-256 of a file on disk, streamed. */
export async function fileSha256(file: string): Promise<string> {
  const h = createHash('sha256');
  await pipeline(fs.createReadStream(file), h);
  return h.digest('hex');
}

/**
 * Writes the zip beside its target and renames it into place, so a crash never leaves a half-written bundle under
 * the final name. File bytes are fetched one at a time, when the zip reaches them.
 */
export async function writeZip(target: string, json: string, files: string[], bytesOf: (sha: string) => Promise<Buffer>, mtime: Date): Promise<void> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(json, 'utf8'), BUNDLE_ENTRY, { mtime });
  for (const sha of files) {
    zip.addReadStreamLazy(`${FILES_DIR}${sha}`, { mtime }, (cb) => {
      bytesOf(sha).then(
        (b) => cb(null, Readable.from([b])),
        (e: Error) => cb(e, null as never),
      );
    });
  }
  // an error of a lazily read file is emitted by the ZipFile: end the output with it, so the write below fails
  zip.on('error', (e: Error) => (zip.outputStream as Readable).destroy(e));
  zip.end();
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = `${target}.${randomUUID()}.part`;
  try {
    await pipeline(zip.outputStream, fs.createWriteStream(tmp));
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export interface OpenedBundle {
  /** the text of bundle.json */
  json: string;
  /** SHA-256 names found under files/ */
  files: Set<string>;
  read(sha: string): Promise<Buffer>;
  close(): void;
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Opens a bundle zip: reads bundle.json and lists files/; the bytes of each file are read on demand. */
export async function openBundleZip(file: string): Promise<OpenedBundle> {
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `找不到文件 ${file}`);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { autoClose: false, strictFileNames: true });
  } catch (e) {
    throw new AppError('VALIDATION', `${path.basename(file)} 不是有效的 zip 文件（${(e as Error).message}），无法作为数据包导入。`);
  }
  try {
    const entries = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
    const main = entries.get(BUNDLE_ENTRY);
    if (!main) throw new AppError('VALIDATION', `${path.basename(file)} 中没有 bundle.json，不是支部标准化数据包。`);
    const json = (await readEntry(zip, main)).toString('utf8');
    const files = new Set<string>();
    for (const name of entries.keys()) {
      if (name.startsWith(FILES_DIR) && /^[0-9a-f]{64}$/.test(name.slice(FILES_DIR.length))) files.add(name.slice(FILES_DIR.length));
    }
    return {
      json,
      files,
      read: async (sha) => {
        const entry = entries.get(`${FILES_DIR}${sha}`);
        if (!entry) throw new AppError('VALIDATION', `数据包中缺少文件 files/${sha}`);
        return readEntry(zip, entry);
      },
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    if (e instanceof AppError) throw e;
    throw new AppError('VALIDATION', `${path.basename(file)} 已损坏，无法读取（${(e as Error).message}）。`);
  }
}
