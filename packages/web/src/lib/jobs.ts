import type { Job } from '@zhibu/schemas';
import { ApiError, api } from '../api/client';

/** How often a running job is asked for its progress. */
export const JOB_POLL_MS = 500;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** The error a failed job carries (`result.error`), else its message. */
function jobFailure(job: Job): ApiError {
  const e = (job.result as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const message = job.message || (typeof e?.message === 'string' ? e.message : '处理失败');
  return new ApiError(typeof e?.code === 'string' ? e.code : 'JOB_FAILED', message, 200, e?.details);
}

/**
 * Follows a background job (contracts §6) until it ends: `onProgress` sees every state while it runs; resolves
 * with the finished job's result and throws the job's message (as an ApiError) when it failed.
 */
export async function waitForJob<T>(jobId: string, onProgress: (job: Job) => void, signal?: AbortSignal): Promise<T> {
  for (;;) {
    const job = await api.get<Job>(`/api/jobs/${encodeURIComponent(jobId)}`, { signal });
    onProgress(job);
    if (job.status === 'done') return job.result as T;
    if (job.status === 'failed') throw jobFailure(job);
    await sleep(JOB_POLL_MS, signal);
  }
}
