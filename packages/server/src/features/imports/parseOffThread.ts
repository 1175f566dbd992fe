import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.js';
import type { MappingByName, ParsedSheet } from './parseSheet.js';

/**
 * Runs the parse in a worker thread (the TypeScript is loaded through tsx, as the CLI does). Progress messages come
 * back as they happen; errors the user can act on come back as AppErrors with their Chinese message.
 */
export function parseOffThread(
  bytes: Buffer,
  mapping: MappingByName | undefined,
  remembered: Record<string, MappingByName>,
  onProgress: (stage: 'read' | 'check', n: number, total: number) => void,
): Promise<ParsedSheet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorkerBoot.mjs', import.meta.url), { workerData: { bytes, mapping, remembered } });
    worker.on('message', (m: { type: string; stage?: 'read' | 'check'; n?: number; total?: number; parsed?: ParsedSheet; code?: string; message?: string }) => {
      if (m.type === 'progress') onProgress(m.stage!, m.n ?? 0, m.total ?? 0);
      else if (m.type === 'done') resolve(m.parsed!);
      else if (m.type === 'error') reject(m.code === 'VALIDATION' ? new AppError('VALIDATION', m.message!) : new Error(m.message));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`import worker exited with ${code}`));
    });
  });
}
