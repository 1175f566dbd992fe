import type { Appraisal, AppraisalStepCode, GradeCode } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 民主评议党员 (LIFE-9): bodies follow the Z… schemas in `appraisals.ts`. */
export type { Appraisal, AppraisalStepCode, GradeCode };
export type AppraisalMember = Appraisal['members'][number];
export type BallotMode = Appraisal['ballotMode'];
export type AppraisalListItem = Pick<Appraisal, 'id' | 'year' | 'step' | 'startedOn' | 'ballotMode' | 'gradedOn'>;
export interface TallyEntry {
  personId: string;
  excellent: number;
  qualified: number;
  basic: number;
  unqualified: number;
}

export const appraisalsPath = (branchId: string, year: number) => `/api/branches/${branchId}/appraisals${qs({ year })}`;
export const appraisalPath = (id: string) => `/api/appraisals/${id}`;
export const registerPdfPath = (id: string, personId?: string) => `${appraisalPath(id)}/register.pdf${qs({ personId })}`;
export const ballotSheetPdfPath = (id: string) => `${appraisalPath(id)}/ballot-sheet.pdf`;
export const tallyPdfPath = (id: string) => `${appraisalPath(id)}/tally.pdf`;

export const startAppraisal = (branchId: string, body: { year: number; startedOn: string; meetingId?: string | null; ballotMode?: BallotMode }) =>
  api.post<Appraisal>(`/api/branches/${branchId}/appraisals`, body);
export const updateAppraisal = (id: string, body: { meetingId?: string | null; ballotMode?: BallotMode }) => api.patch<Appraisal>(appraisalPath(id), body);
export const putSelfReview = (id: string, personId: string, body: { text: string; on?: string }) => api.put<Appraisal>(`${appraisalPath(id)}/self-reviews/${personId}`, body);
export const putPeerReviews = (id: string, body: { on: string; entries: { personId: string; text: string }[] }) => api.put<Appraisal>(`${appraisalPath(id)}/peer-reviews`, body);
export const advanceAppraisal = (id: string, to: Exclude<AppraisalStepCode, 'selfReview'>) => api.post<Appraisal>(`${appraisalPath(id)}/advance`, { to });
export const putTallies = (id: string, body: { on: string; ballotsIssued: number; ballotsReturned: number; entries: TallyEntry[] }) => api.put<Appraisal>(`${appraisalPath(id)}/tallies`, body);
export const openBallot = (id: string) => api.post<Appraisal>(`${appraisalPath(id)}/ballot/open`);
export const closeBallot = (id: string) => api.post<Appraisal>(`${appraisalPath(id)}/ballot/close`);
export const castBallot = (id: string, votes: { personId: string; grade: GradeCode }[]) => api.post<Appraisal>(`${appraisalPath(id)}/ballot`, { votes });
export const putGrades = (id: string, body: { gradedOn: string; entries: { personId: string; grade: GradeCode | null; note?: string | null; feedbackOn?: string | null }[] }) =>
  api.put<Appraisal>(`${appraisalPath(id)}/grades`, body);

export const NEXT_STEP: Partial<Record<AppraisalStepCode, Exclude<AppraisalStepCode, 'selfReview'>>> = {
  selfReview: 'peerReview',
  peerReview: 'ballot',
  ballot: 'grading',
  grading: 'done',
};
