import { z } from 'zod';
import { ZDate, ZId } from './common.js';

export const ZImportQuery = z.object({
  createMissing: z.enum(['true', 'false']).optional(),
  effectiveOn: ZDate.optional(),
  /** JSON object: field → the file's header text */
  mapping: z.string().max(4000).optional(),
});

export const ZExportQuery = z.object({ branchId: ZId.optional(), on: ZDate.optional() });

export const ZJobStarted = z.object({ jobId: z.string() });

export const ZJob = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  progress: z.number().int(),
  total: z.number().int(),
  message: z.string(),
  result: z.unknown(),
});
export type Job = z.infer<typeof ZJob>;

export const ZRowProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

/** The result of a roster import job (preview or apply). */
export const ZRosterImportReport = z.object({
  headers: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  missingColumns: z.array(z.string()),
  problems: z.array(ZRowProblem),
  summary: z.object({ rows: z.number(), created: z.number(), changed: z.number(), unchanged: z.number(), moved: z.number() }),
  newBranches: z.array(z.string()),
  newGroups: z.array(z.object({ branch: z.string(), group: z.string() })),
  applied: z.boolean(),
});
export type RosterImportReport = z.infer<typeof ZRosterImportReport>;
