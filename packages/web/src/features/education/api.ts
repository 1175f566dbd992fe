import type { EducationOverview, StudyRecords } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** 学习教育 (MEM-2): bodies follow the Z… schemas in `education.ts`. */
export type { EducationOverview, StudyRecords };

export interface StudyInput {
  studiedOn: string;
  title: string;
  form: 'self' | 'online' | 'training' | 'other';
  hours?: number | null;
  note?: string | null;
}

export const educationPath = (branchId: string, year: number) => `/api/branches/${branchId}/education${qs({ year })}`;
export const myStudyPath = (year: number) => `/api/me/study-records${qs({ year })}`;
export const personStudyPath = (personId: string, year: number) => `/api/persons/${personId}/study-records${qs({ year })}`;
export const addMyStudy = (body: StudyInput) => api.post<StudyRecords>('/api/me/study-records', body);
export const addPersonStudy = (personId: string, body: StudyInput) => api.post<StudyRecords>(`/api/persons/${personId}/study-records`, body);
export const issueNotebooks = (branchId: string, body: { year: number; issuedOn: string; personIds?: string[] }) => api.post<EducationOverview>(`/api/branches/${branchId}/study-notebooks/issue`, body);
export const untickNotebook = (branchId: string, body: { year: number; personId: string }) => api.post<EducationOverview>(`/api/branches/${branchId}/study-notebooks/untick`, body);
export const addTraining = (branchId: string, body: { personId: string; title: string; organizer: string; startOn: string; endOn: string; hours?: number | null; note?: string | null }) =>
  api.post<EducationOverview>(`/api/branches/${branchId}/secretary-trainings`, body);
