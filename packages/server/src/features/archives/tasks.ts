import { pageCounts } from '../../documents/index.js';
import { renderBook, type BookData } from '../recordBooks/bookPdf.js';
import { bindCategory, renderParts, type BoundCategory, type CategoryPlan, type Part } from './bind.js';

/**
 * The archive's CPU work as messages (issue 7 §2, contracts §6 "heavy work runs off the request thread"): each task
 * carries data already loaded on the main thread and returns the files. The worker (worker.ts) runs them one at a
 * time; `runTask` is also the in-thread fallback when no worker can start (renderer.ts).
 */
export type ArchiveTask =
  /** a yearly volume (LED-2..7): cover, 卷内目录, items */
  | { type: 'volume'; plan: CategoryPlan }
  /** LED-1: a record book rendered from its loaded data (a closed book's frozen file is taken as it is instead) */
  | { type: 'book'; data: BookData }
  /** LED-8 and the like: documents rendered and merged one after another */
  | { type: 'document'; parts: Part[] };

export type ArchiveResult<T extends ArchiveTask> = T extends { type: 'volume' } ? BoundCategory : { pdf: Buffer; pages: number };

export async function runTask<T extends ArchiveTask>(task: T, progress: (done: number, total: number) => void = () => {}): Promise<ArchiveResult<T>> {
  switch (task.type) {
    case 'volume':
      return (await bindCategory(task.plan, progress)) as ArchiveResult<T>;
    case 'book':
      return withPages(await renderBook(task.data)) as Promise<ArchiveResult<T>>;
    case 'document':
      return withPages(await renderParts(task.parts)) as Promise<ArchiveResult<T>>;
  }
  throw new Error(`unknown archive task ${(task as { type: string }).type}`);
}

const withPages = async (pdf: Buffer) => ({ pdf, pages: (await pageCounts([pdf]))[0] ?? 0 });
