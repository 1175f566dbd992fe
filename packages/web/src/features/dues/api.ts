import type { DuesBaseInput, DuesGrid, DuesMemberYear, DuesPayment, DuesPaymentInput, DuesReductionInput, MyDues, ThemeDayDues, VoluntaryDuesInput } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 党费 (issue 6 §4–5): bodies follow the Z… schemas in `packages/schemas/src/dues.ts`. Money in fen. */
export type { DuesGrid, DuesMemberYear, DuesPayment, MyDues, ThemeDayDues };

export const duesPath = (branchId: string, year: number) => `/api/branches/${branchId}/dues${qs({ year })}`;
export const myDuesPath = (year: number) => `/api/me/dues${qs({ year })}`;
export const themeDayDuesPath = (meetingId: string) => `/api/meetings/${meetingId}/dues`;
export const sheetPath = (branchId: string, month: string) => `/api/branches/${branchId}/dues/sheet.pdf${qs({ month })}`;
export const ledgerPath = (branchId: string, year: number) => `/api/branches/${branchId}/dues/ledger.xlsx${qs({ year })}`;
export const templatePath = (branchId: string, year: number) => `/api/branches/${branchId}/dues/bases/template.xlsx${qs({ year })}`;
export const cardPath = (personId: string) => `/api/persons/${personId}/dues-card.pdf`;

export const putBase = (branchId: string, body: DuesBaseInput) => api.put<DuesMemberYear>(`/api/branches/${branchId}/dues/bases`, body);
export const deleteBase = (branchId: string, id: string) => api.delete<{ ok: true }>(`/api/branches/${branchId}/dues/bases/${id}`);
export const importBases = (branchId: string, year: number, file: Blob) => api.upload<{ year: number; imported: number }>(`/api/branches/${branchId}/dues/bases/import${qs({ year })}`, file);
export const addReduction = (branchId: string, body: DuesReductionInput) => api.post<{ id: string }>(`/api/branches/${branchId}/dues/reductions`, body);
export const deleteReduction = (branchId: string, id: string) => api.delete<{ ok: true }>(`/api/branches/${branchId}/dues/reductions/${id}`);
export const recordPayment = (branchId: string, body: DuesPaymentInput) => api.post<{ items: DuesPayment[] }>(`/api/branches/${branchId}/dues/payments`, body);
export const recordVoluntary = (branchId: string, body: VoluntaryDuesInput) => api.post<DuesPayment>(`/api/branches/${branchId}/dues/voluntary`, body);
export const deletePayment = (branchId: string, id: string, reason: string) => api.delete<{ ok: true }>(`/api/branches/${branchId}/dues/payments/${id}${qs({ reason })}`);

/** 12345 → '123.45'. */
export const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
/** '2026-03' → '3月'. */
export const monthShort = (m: string) => `${Number(m.slice(5, 7))}月`;
export const monthCn = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
