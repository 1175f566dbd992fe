import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors.js';
import type { ArchiveResult, ArchiveTask } from './tasks.js';

/**
 * Runs the archive's CPU work (tasks.ts) in one `node:worker_threads` Worker, so that the server keeps answering
 * while a year is bound (issue 7 Performance, contracts §6). Loading from the database stays on the main thread;
 * only data and bytes cross (structured clone; result bytes transferred). One task at a time: the others wait in
 * a queue. The worker lives as long as it is used and does not keep an idle process alive.
 */
type Pending = { id: number; resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (done: number, total: number) => void };

const BOOT = new URL('./worker.mjs', import.meta.url);

let worker: Worker | null = null;
let ready: Promise<Worker | null> | null = null;
let current: Pending | null = null;
let nextId = 1;
let tail: Promise<unknown> = Promise.resolve();
/** Set once a worker could not start: from then on the tasks run in this thread (the fallback below). */
let noWorker = false;

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

/** Uint8Arrays back from the worker as Buffers (what the rest of the server handles). */
function buffers<T>(value: T): T {
  if (value instanceof Uint8Array) return asBuffer(value) as T;
  if (Array.isArray(value)) return value.map(buffers) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, buffers(v)])) as T;
  return value;
}

function start(): Promise<Worker | null> {
  if (ready) return ready;
  ready = new Promise<Worker | null>((resolve) => {
    let w: Worker;
    try {
      w = new Worker(BOOT);
    } catch {
      resolve(null);
      return;
    }
    let started = false;
    w.on('message', (msg: { ready?: true; id?: number; progress?: [number, number]; result?: unknown; error?: { code: ErrorCode; message: string; details?: unknown } }) => {
      if (msg.ready) {
        started = true;
        worker = w;
        w.unref();
        resolve(w);
        return;
      }
      const p = current;
      if (!p || msg.id !== p.id) return;
      if (msg.progress) p.progress?.(...msg.progress);
      else if (msg.error) settle((x) => x.reject(new AppError(msg.error!.code, msg.error!.message, msg.error!.details)));
      else settle((x) => x.resolve(buffers(msg.result)));
    });
    const died = (e: unknown) => {
      worker = null;
      ready = null;
      if (!started) {
        resolve(null);
        return;
      }
      settle((x) => x.reject(e instanceof Error ? e : new AppError('INTERNAL', '装订进程意外退出，请重试')));
    };
    w.on('error', died);
    w.on('exit', (code) => died(new AppError('INTERNAL', `装订进程意外退出（${code}），请重试`)));
  });
  return ready;
}

function settle(f: (p: Pending) => void): void {
  const p = current;
  current = null;
  worker?.unref();
  if (p) f(p);
}

async function runOne<T extends ArchiveTask>(task: T, progress?: (done: number, total: number) => void): Promise<ArchiveResult<T>> {
  const w = noWorker ? null : await start();
  if (!w) {
    // Fallback, only when no worker thread can start at all (e.g. a runtime without worker support or the tsx
    // loader missing): the same work in this thread. The server then pauses while a volume renders.
    noWorker = true;
    const { runTask } = await import('./tasks.js');
    return runTask(task, progress);
  }
  return new Promise<ArchiveResult<T>>((resolve, reject) => {
    current = { id: nextId++, resolve: resolve as (v: unknown) => void, reject, progress };
    w.ref(); // a running task keeps the process alive (the CLI waits for it); an idle worker does not
    w.postMessage({ id: current.id, task });
  });
}

/** Runs a task in the archive worker after those already queued. */
export function runArchiveTask<T extends ArchiveTask>(task: T, progress?: (done: number, total: number) => void): Promise<ArchiveResult<T>> {
  const p = tail.then(() => runOne(task, progress));
  tail = p.catch(() => undefined);
  return p;
}

/** Starts the worker ahead of its first task, so that its start-up overlaps the loading from the database. */
export function warmArchiveWorker(): void {
  if (!noWorker) void start();
}

/** Whether the tasks run in a worker thread (false only after the fallback kicked in); for tests and the bench. */
export async function archiveWorkerRunning(): Promise<boolean> {
  return !noWorker && !!(await start());
}

/** Stops the worker (tests, the bench); the next task starts a new one. */
export async function stopArchiveWorker(): Promise<void> {
  const w = worker;
  worker = null;
  ready = null;
  if (w) await w.terminate();
}
