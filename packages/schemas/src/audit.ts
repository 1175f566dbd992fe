import { z } from 'zod';

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** the fields that changed, with values masked per the viewer's rights */
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;
export const ZAuditList = z.object({ items: z.array(ZAuditEntry) });
