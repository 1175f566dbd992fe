import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** Work the party assigns a member (党组织分配的工作, glossary `workAssignment`; MEM-3's third counter). */
export const ZWorkAssignment = z.object({
  id: z.string(),
  branchId: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  assignedOn: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  /** due and not done by today */
  overdue: z.boolean(),
});
export type WorkAssignment = z.infer<typeof ZWorkAssignment>;

export const ZWorkAssignmentInput = z.object({
  personId: ZId,
  title: z.string().trim().min(2, '请填写分配的工作').max(200),
  assignedOn: ZDate,
  dueOn: ZDate,
  note: ZOptText(2000),
});
export type WorkAssignmentInput = z.infer<typeof ZWorkAssignmentInput>;
export const ZWorkAssignmentDone = z.object({ doneOn: ZDate });

/** GET /api/branches/:id/lapse-watch: members with any counter at 3 months or more (MEM-3). */
const ZRun = z.object({ counter: z.enum(['life', 'dues', 'work']), months: z.array(z.string()), capped: z.boolean(), text: z.string() });
export const ZLapseWatch = z.object({
  asOf: z.string(),
  /** the last month judged */
  lastMonth: z.string(),
  /** closed months of the year in which the branch held no organizational life */
  emptyMonths: z.array(z.string()),
  procedure: z.string(),
  members: z.array(
    z.object({
      person: z.object({ id: z.string(), name: z.string() }),
      level: z.enum(['warning', 'limit']),
      runs: z.array(ZRun),
      talks: z.array(z.object({ id: z.string(), kind: z.enum(['heartToHeart', 'admonition']), talkedOn: z.string(), purpose: z.string() })),
      openAssignments: z.array(z.object({ id: z.string(), title: z.string(), dueOn: z.string() })),
    }),
  ),
});
export type LapseWatch = z.infer<typeof ZLapseWatch>;
