import type { AccountRow, IssuedPassword } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

export interface BulkCreateResult {
  created: IssuedPassword[];
  skipped: number;
}

export const accountsPath = (branchId?: string) => `/api/accounts${qs({ branchId })}`;

export const createBranchAccounts = (branchId: string) => api.post<BulkCreateResult>(`/api/branches/${branchId}/accounts`);
export const resetPassword = (accountId: string) => api.post<IssuedPassword>(`/api/accounts/${accountId}/reset-password`);
export const unlockAccount = (accountId: string) => api.post<{ ok: true }>(`/api/accounts/${accountId}/unlock`);

export type { AccountRow, IssuedPassword };
