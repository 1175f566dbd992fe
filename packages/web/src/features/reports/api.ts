import type { BranchReport, MemberReport } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** Reports (LIFE-6 the branch's, LIFE-8 every member's 党员汇报): bodies follow the Z… schemas in `reports.ts`. */
export type { BranchReport, MemberReport };
export type BranchReportKind = BranchReport['kind'];
export type MemberReportAudience = MemberReport['audience'];

export interface MemberReportStatus {
  year: number;
  members: { person: { id: string; name: string }; report: MemberReport | null }[];
}
export interface BranchReportInput {
  year: number;
  kind: BranchReportKind;
  title: string;
  body?: string | null;
  meetingId?: string | null;
  reportedOn?: string | null;
}
export interface MemberReportInput {
  personId: string;
  year: number;
  reportedOn: string;
  audience: MemberReportAudience;
  meetingId?: string | null;
  content?: string | null;
}

export const branchReportsPath = (branchId: string, year: number) => `/api/branches/${branchId}/reports${qs({ year })}`;
export const organReportsPath = (year: number) => `/api/organ/reports${qs({ year })}`;
export const memberReportsPath = (branchId: string, year: number) => `/api/branches/${branchId}/member-reports${qs({ year })}`;

export const createBranchReport = (branchId: string, body: BranchReportInput) => api.post<BranchReport>(`/api/branches/${branchId}/reports`, body);
export const updateBranchReport = (id: string, body: Omit<Partial<BranchReportInput>, 'year' | 'kind'>) => api.patch<BranchReport>(`/api/reports/${id}`, body);
export const submitBranchReport = (id: string) => api.post<BranchReport>(`/api/reports/${id}/submit`);
export const reviewBranchReport = (id: string, body: { action: 'receive' | 'return'; note?: string | null }) => api.post<BranchReport>(`/api/reports/${id}/review`, body);

export const createMemberReport = (branchId: string, body: MemberReportInput) => api.post<MemberReport>(`/api/branches/${branchId}/member-reports`, body);
export const updateMemberReport = (id: string, body: Omit<Partial<MemberReportInput>, 'personId' | 'year'>) => api.patch<MemberReport>(`/api/member-reports/${id}`, body);
export const deleteMemberReport = (id: string) => api.delete<{ ok: true }>(`/api/member-reports/${id}`);
export const createOwnMemberReport = (body: Omit<MemberReportInput, 'personId'>) => api.post<MemberReport>('/api/me/member-report', body);
