import type { Case, CaseCard, CaseList } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 典型经验库 (REQ-4): bodies follow the Z… schemas in `cases.ts`; files go through /api/attachments (entityType `case`). */
export type { Case, CaseCard, CaseList };

export interface CaseQuery {
  q?: string;
  tag?: string;
  clause?: string;
  branchId?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}
export interface CaseFields {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  clauses: string[];
}

export const casesPath = (q: CaseQuery) => `/api/cases${qs({ ...q })}`;
export const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
export const createCase = (branchId: string, body: CaseFields) => api.post<Case>(`/api/branches/${encodeURIComponent(branchId)}/cases`, body);
export const updateCase = (id: string, body: Partial<CaseFields>) => api.patch<Case>(casePath(id), body);
export const submitCase = (id: string) => api.post<Case>(`${casePath(id)}/submit`);
export const returnCase = (id: string, reason: string) => api.post<Case>(`${casePath(id)}/return`, { reason });
export const publishCase = (id: string) => api.post<Case>(`${casePath(id)}/publish`);
export const promoteCase = (id: string, promoted: boolean) => api.post<Case>(`${casePath(id)}/promote`, { promoted });
