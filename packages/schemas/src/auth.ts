import { z } from 'zod';
import { BRANCH_ROLES, ORGAN_ROLES } from '@zhibu/domain';

export const ZLoginRequest = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, '请输入当前密码').max(128),
  newPassword: z.string().min(1, '请输入新密码').max(128),
});

export const ZMe = z.object({
  accountId: z.string(),
  username: z.string(),
  organ: z.object({ id: z.string(), name: z.string(), recordsStartOn: z.string() }),
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  mustChangePassword: z.boolean(),
  organRoles: z.array(z.enum(ORGAN_ROLES)),
  branchRoles: z.array(
    z.object({ branchId: z.string(), branchName: z.string(), roles: z.array(z.enum(BRANCH_ROLES)) }),
  ),
  ledGroups: z.array(z.object({ groupId: z.string(), groupName: z.string(), branchId: z.string() })),
  ownBranch: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** the date the server judges by (`--as-of`), Asia/Shanghai */
  today: z.string(),
  demo: z.boolean(),
});
export type Me = z.infer<typeof ZMe>;
