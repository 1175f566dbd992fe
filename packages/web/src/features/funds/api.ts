import type { AllocationProposal, FundEntry, FundExpenseInput, FundLedger, VenuePlan } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** Activity funds (LED-7) and venue plans (REQ-2): bodies follow the Z… schemas in `funds.ts`. */
export type { AllocationProposal, FundEntry, FundExpenseInput, FundLedger, VenuePlan };

export const fundsPath = (branchId: string, year: number) => `/api/branches/${branchId}/funds${qs({ year })}`;
export const venuePlansPath = (branchId: string, year?: number) => `/api/branches/${branchId}/venue-plans${qs({ year })}`;
export const allocationsPath = (year: number) => `/api/organ/funds/allocations${qs({ year })}`;
export const organPlansPath = (status?: string) => `/api/organ/venue-plans${qs({ status })}`;

export const createExpense = (branchId: string, body: FundExpenseInput) => api.post<FundEntry>(`/api/branches/${branchId}/fund-expenses`, body);
export const submitVenuePlan = (branchId: string, body: { year: number; title: string; amountFen: number; details?: string | null }) =>
  api.post<VenuePlan>(`/api/branches/${branchId}/venue-plans`, body);
export const decideVenuePlan = (id: string, body: { decision: 'approve' | 'reject'; note?: string | null }) => api.post<VenuePlan>(`/api/venue-plans/${id}/decide`, body);
export const allocate = (body: { branchId: string; duesYear: number; occurredOn: string; amountFen?: number }) => api.post<AllocationProposal>('/api/organ/funds/allocations', body);

/** `12345` fen → `123.45`. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
/** yuan typed in a form (2 decimals) → fen. */
export const fenOf = (v: number | null | undefined) => (v === null || v === undefined ? 0 : Math.round(v * 100));

/** A file picked in the form, as the expense carries it (base64). */
export async function receiptOf(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(bin) };
}
