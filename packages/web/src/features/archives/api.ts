import type { ArchiveOverview, ArchiveUpload } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 信息台账 (LED-1..8): bodies follow the Z… schemas in `archives.ts`. */
export type { ArchiveOverview, ArchiveUpload };

export const archivesPath = (branchId: string, year: number) => `/api/branches/${branchId}/archives${qs({ year })}`;
export const uploadArchive = (branchId: string, body: { year: number; category: string; kind: string; title: string; issuedOn?: string | null; docNo?: string | null; responsible?: string | null; file: { fileName: string; contentBase64: string } }) =>
  api.post<ArchiveUpload>(`/api/branches/${branchId}/archives/uploads`, body);
export const removeArchiveUpload = (id: string, reason: string) => api.post<{ ok: true }>(`/api/archives/uploads/${id}/remove`, { reason });
export const startBinding = (branchId: string, year: number, category?: string) => api.post<{ jobId: string }>(`/api/branches/${branchId}/archives/bind`, { year, ...(category ? { category } : {}) });
