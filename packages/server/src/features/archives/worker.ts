import { parentPort } from 'node:worker_threads';
import { AppError } from '../../errors.js';
import { runTask, type ArchiveTask } from './tasks.js';

/**
 * The archive worker thread: renders and merges (pdfmake, pdf-lib, docx, exceljs) for the main thread, one task at a
 * time as renderer.ts sends them. Errors go back as their code and message, so a refused upload (an encrypted PDF)
 * still reaches the user as the same clear Chinese message.
 */
const port = parentPort!;

/** The bytes of a result go back transferred when a Buffer owns its memory (pooled small Buffers are copied). */
function transferables(value: unknown, out: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    if (value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (Array.isArray(value)) for (const v of value) transferables(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) transferables(v, out);
  return out;
}

port.on('message', (msg: { id: number; task: ArchiveTask }) => {
  const progress = (done: number, total: number) => port.postMessage({ id: msg.id, progress: [done, total] });
  runTask(msg.task, progress).then(
    (result) => port.postMessage({ id: msg.id, result }, transferables(result)),
    (e: unknown) => {
      const error = e instanceof AppError ? { code: e.code, message: e.message, details: e.details } : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
      port.postMessage({ id: msg.id, error });
    },
  );
});
port.postMessage({ ready: true });
