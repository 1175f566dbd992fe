import { parentPort, workerData } from 'node:worker_threads';
import { readFirstSheet } from './xlsxReader.js';
import { parseSheet, type MappingByName } from './parseSheet.js';

/** Reads and checks a roster file in a worker thread, so that the server keeps answering while it works. */
const input = workerData as { bytes: Uint8Array; mapping?: MappingByName; remembered: Record<string, MappingByName> };
const post = (m: unknown) => parentPort!.postMessage(m);
try {
  const sheet = await readFirstSheet(Buffer.from(input.bytes), (n) => post({ type: 'progress', stage: 'read', n }));
  post({ type: 'progress', stage: 'check', n: 0, total: sheet.rows.length });
  const parsed = parseSheet(sheet, input.mapping, input.remembered, (n) => post({ type: 'progress', stage: 'check', n, total: sheet.rows.length }));
  post({ type: 'done', parsed });
} catch (e) {
  const err = e as { code?: string; message?: string };
  post({ type: 'error', code: err.code ?? 'INTERNAL', message: err.message ?? String(e) });
}
