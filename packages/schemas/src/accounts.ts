import { z } from 'zod';
import { ORGAN_ROLES } from '@zhibu/domain';
import { ZId } from './common.js';

export const ZAccountRow = z.object({
  id: z.string(),
  username: z.string(),
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  organRoles: z.array(z.enum(ORGAN_ROLES)),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type AccountRow = z.infer<typeof ZAccountRow>;

export const ZIssuedPassword = z.object({ username: z.string(), name: z.string().nullable(), password: z.string() });
export type IssuedPassword = z.infer<typeof ZIssuedPassword>;

export const ZBulkCreateResult = z.object({ created: z.array(ZIssuedPassword), skipped: z.number().int() });

export const ZAccountCreate = z.object({
  username: z.string().trim().regex(/^[a-zA-Z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字或 _ . -'),
  personId: ZId.nullable().optional(),
  organRoles: z.array(z.enum(ORGAN_ROLES)).default([]),
});
