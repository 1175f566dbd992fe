import type { Job, RosterImportReport } from '@zhibu/schemas';
import { api, qs } from '../../api/client';
import { waitForJob } from '../../lib/jobs';

export type { Job, RosterImportReport };

/** field → the file's header text (the server's `mapping`). */
export type RosterMapping = Record<string, string>;

export interface RosterImportOptions {
  effectiveOn: string;
  createMissing: boolean;
  /** absent: the server uses the mapping remembered for this header row, else its guess */
  mapping?: RosterMapping;
}

export const rosterTemplatePath = '/api/imports/roster/template';

const importPath = (mode: 'preview' | 'apply', o: RosterImportOptions) =>
  `/api/imports/roster/${mode}${qs({
    createMissing: String(o.createMissing),
    effectiveOn: o.effectiveOn,
    mapping: o.mapping ? JSON.stringify(o.mapping) : undefined,
  })}`;

/**
 * Sends the .xlsx to preview (writes nothing) or apply, then follows the job until it ends. A file the server
 * cannot read fails the job with a Chinese message, thrown as an ApiError.
 */
export async function runRosterImport(
  mode: 'preview' | 'apply',
  bytes: ArrayBuffer,
  o: RosterImportOptions,
  onProgress: (job: Job) => void,
  signal?: AbortSignal,
): Promise<RosterImportReport> {
  const { jobId } = await api.upload<{ jobId: string }>(importPath(mode, o), bytes, {}, { signal });
  return waitForJob<RosterImportReport>(jobId, onProgress, signal);
}

/** "共 N 行：新增 n 人、变更 m 人、调整支部 k 人、无变化 u 人" */
export function summaryText(s: RosterImportReport['summary']): string {
  return `共 ${s.rows} 行：新增 ${s.created} 人、变更 ${s.changed} 人、调整支部 ${s.moved} 人、无变化 ${s.unchanged} 人`;
}

/** The roster as of a date, for one branch or all the viewer may see (ID numbers masked as on screen). */
export const rosterExportPath = (kind: 'xlsx' | 'pdf', f: { branchId?: string; on?: string }) =>
  `/api/exports/roster.${kind}${qs({ branchId: f.branchId, on: f.on })}`;
