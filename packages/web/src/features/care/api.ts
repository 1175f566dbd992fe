import type { Hardship, HardshipList } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 困难党员关怀 (MEM-5): bodies follow the Z… schemas in `care.ts`. */
export type { Hardship, HardshipList };

export const hardshipsPath = (branchId: string, year: number) => `/api/branches/${branchId}/hardships${qs({ year })}`;
export const createHardship = (branchId: string, body: { personId: string; kind: string; details: string; sinceOn: string }) => api.post<Hardship>(`/api/branches/${branchId}/hardships`, body);
export const updateHardship = (id: string, body: { resolvedOn?: string | null; details?: string }) => api.patch<Hardship>(`/api/hardships/${id}`, body);
export const addVisit = (id: string, body: { visitedOn: string; kind: string; visitors: string; aidFen?: number | null; description: string }) => api.post<Hardship>(`/api/hardships/${id}/visits`, body);
