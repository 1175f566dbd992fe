import type { LifeMeetingDossier, Rectification } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 组织生活会 (LIFE-7) on a meeting of kind `lifeMeeting`: bodies follow the Z… schemas in `lifeMeetings.ts`; every write answers with the whole dossier. */
export type { LifeMeetingDossier, Rectification };
export type SelfInspection = LifeMeetingDossier['selfInspections'][number];
export type Criticism = LifeMeetingDossier['criticisms'][number];
export type Preparation = LifeMeetingDossier['preparation'];
export type RectificationSource = Rectification['source'];
export type RectificationStatus = Rectification['status'];

export interface PreparationInput {
  theme: string | null;
  opinionsCollectedOn: string | null;
  opinionCount: number | null;
  opinionsSummary: string | null;
  reportedOn: string | null;
}
export interface SelfInspectionInput {
  personId: string;
  submittedOn?: string | null;
  summary?: string | null;
}
export interface CriticismInput {
  targetPersonId: string;
  criticPersonId: string;
  opinion: string;
  response?: string | null;
}
export interface RectificationInput {
  source: RectificationSource;
  problem: string;
  measure: string;
  ownerPersonId?: string | null;
  ownerName?: string | null;
  deadline: string;
}
export type RectificationUpdate = Partial<RectificationInput> & {
  status?: RectificationStatus;
  progress?: string | null;
  closedOn?: string | null;
  carryReason?: string | null;
};

export const dossierPath = (meetingId: string) => `/api/meetings/${meetingId}/life-meeting`;
export const branchRectificationsPath = (branchId: string, year: number) => `/api/branches/${branchId}/rectifications${qs({ year })}`;

export const savePreparation = (meetingId: string, body: PreparationInput) => api.put<LifeMeetingDossier>(`${dossierPath(meetingId)}/preparation`, body);
export const createSelfInspection = (meetingId: string, body: SelfInspectionInput) => api.post<LifeMeetingDossier>(`/api/meetings/${meetingId}/self-inspections`, body);
export const updateSelfInspection = (id: string, body: Partial<SelfInspectionInput>) => api.patch<LifeMeetingDossier>(`/api/self-inspections/${id}`, body);
export const deleteSelfInspection = (id: string) => api.delete<{ ok: true }>(`/api/self-inspections/${id}`);
export const createCriticism = (meetingId: string, body: CriticismInput) => api.post<LifeMeetingDossier>(`/api/meetings/${meetingId}/criticisms`, body);
export const updateCriticism = (id: string, body: Partial<CriticismInput>) => api.patch<LifeMeetingDossier>(`/api/criticisms/${id}`, body);
export const deleteCriticism = (id: string) => api.delete<{ ok: true }>(`/api/criticisms/${id}`);
export const createRectification = (meetingId: string, body: RectificationInput) => api.post<LifeMeetingDossier>(`/api/meetings/${meetingId}/rectifications`, body);
export const updateRectification = (id: string, body: RectificationUpdate) => api.patch<LifeMeetingDossier>(`/api/rectifications/${id}`, body);
export const deleteRectification = (id: string) => api.delete<{ ok: true }>(`/api/rectifications/${id}`);
