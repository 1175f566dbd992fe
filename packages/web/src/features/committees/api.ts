import type { BranchCommittees, CommitteeRecord, Election, ElectionListItem, ElectionResult } from '@zhibu/schemas';
import type { BranchRole } from '@zhibu/domain';
import { api, qs } from '../../api/client';

/** Committees by term and elections (issue 4 §5–6); request shapes follow the Z… schemas in `committees.ts`. */
export type { BranchCommittees, Election, ElectionListItem };
export type Committee = BranchCommittees['history'][number];
export type CommitteeMember = Committee['members'][number];
export type Vacancy = Committee['vacancies'][number];
export type ElectionSummary = BranchCommittees['elections'][number];

export interface ElectionInput {
  kind: Election['kind'];
  committeeKind: Election['committeeKind'];
  seats: number;
  termYears?: number | null;
  plannedOn: string;
  nomineeIds: string[];
  note?: string | null;
  /** the 党员大会 record (a 党员大会 of the branch on the election's date); null unlinks */
  meetingId?: string | null;
}


export const committeesPath = (branchId: string) => `/api/branches/${branchId}/committees`;
export const electionPath = (id: string) => `/api/elections/${id}`;
export const electionsPath = (status?: Election['status']) => `/api/elections${qs({ status })}`;
export const electionReportPath = (id: string) => `/api/elections/${id}/report.pdf`;

export const recordCommittee = (branchId: string, body: CommitteeRecord) => api.post<unknown>(committeesPath(branchId), body);
export const createVacancy = (committeeId: string, body: { memberId: string; arisenOn: string; reason: string }) =>
  api.post<unknown>(`/api/committees/${committeeId}/vacancies`, body);
export const fillVacancy = (vacancyId: string, body: { personId: string; on: string; docNo: string | null }) =>
  api.post<unknown>(`/api/vacancies/${vacancyId}/fill`, body);
export const createExtension = (committeeId: string, body: { months: number; reason: string; approvedOn: string; docNo: string | null }) =>
  api.post<unknown>(`/api/committees/${committeeId}/extensions`, body);
export const appoint = (
  committeeId: string,
  body: { personId: string; role: 'secretary' | 'deputySecretary'; on: string; docNo: string | null; reason: string },
) => api.post<unknown>(`/api/committees/${committeeId}/appointments`, body);
export const recordApproval = (memberId: string, body: { approvedOn: string; approvalDocNo: string | null }) =>
  api.patch<unknown>(`/api/committee-members/${memberId}/approval`, body);

export const createElection = (branchId: string, body: ElectionInput) => api.post<Election>(`/api/branches/${branchId}/elections`, body);
export const updateElection = (id: string, body: Partial<ElectionInput>) => api.patch<Election>(electionPath(id), body);
/** 生成党员大会记录: the election's assembly as a meeting record, linked to the election. */
export const createElectionMeeting = (id: string) => api.post<Election>(`${electionPath(id)}/meeting`, {});
export const saveResult = (id: string, body: ElectionResult) => api.put<Election>(`${electionPath(id)}/result`, body);
export const submitElection = (id: string) => api.post<Election>(`${electionPath(id)}/submit`);
export const decideElection = (
  id: string,
  body: { decision: 'approve' | 'return'; decidedOn: string; docNo: string | null; reason: string | null },
) => api.post<Election>(`${electionPath(id)}/decision`, body);
export const approveEarly = (id: string, body: { approvedOn: string; docNo: string | null }) =>
  api.post<Election>(`${electionPath(id)}/early-approval`, body);
export const correctRoles = (id: string, roles: { personId: string; role: BranchRole }[]) =>
  api.put<Election>(`${electionPath(id)}/roles`, { roles });
