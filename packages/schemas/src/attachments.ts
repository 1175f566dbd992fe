import { z } from 'zod';
import { ZId } from './common.js';

export const ZAttachment = z.object({
  id: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  slot: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  mime: z.string(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type Attachment = z.infer<typeof ZAttachment>;

export const ZAttachmentQuery = z.object({
  entityType: z.string().trim().min(1).max(40),
  entityId: ZId,
});
