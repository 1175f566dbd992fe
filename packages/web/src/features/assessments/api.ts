import type { Assessment, AssessmentCard, AssessmentList, AssessmentResults, AssessmentScheme, ItemScore, Nomination, NominationInput, ScoreLine, ScoreSheet, SelfAssessment } from '@zhibu/schemas';
import { api } from '../../api/client';

/** 检查考核 (REQ-4, issue 7 §6): bodies follow the Z… schemas in `assessments.ts`. */
export type { Assessment, AssessmentCard, AssessmentList, AssessmentResults, AssessmentScheme, Nomination, ScoreLine, ScoreSheet };

export const assessmentsPath = '/api/assessments';
export const assessmentPath = (id: string) => `/api/assessments/${id}`;
export const sheetPath = (id: string, branchId: string) => `/api/assessments/${id}/branches/${branchId}`;
export const resultsPath = (id: string) => `/api/assessments/${id}/results`;

/** The page of a branch's score sheet (and of the branch entry that leads to the current one). */
export const sheetPage = (id: string, branchId: string) => `/assessments/${id}/branches/${branchId}`;
export const branchAssessmentPage = (branchId: string) => `/branches/${branchId}/assessment`;

export const createAssessment = (body: { year: number; title?: string }) => api.post<Assessment>(assessmentsPath, body);
export const saveScheme = (id: string, body: AssessmentScheme) => api.put<Assessment>(`${assessmentPath(id)}/scheme`, body);
export const openAssessment = (id: string) => api.post<Assessment>(`${assessmentPath(id)}/open`);
export const publishAssessment = (id: string) => api.post<AssessmentResults>(`${assessmentPath(id)}/publish`);
export const saveSelfAssessment = (id: string, branchId: string, body: SelfAssessment) => api.put<ScoreSheet>(`${sheetPath(id, branchId)}/self`, body);
export const scoreItem = (id: string, branchId: string, itemId: string, body: ItemScore) => api.put<ScoreSheet>(`${sheetPath(id, branchId)}/items/${itemId}`, body);
export const nominate = (id: string, body: NominationInput) => api.post<AssessmentResults>(`${assessmentPath(id)}/nominations`, body);
export const removeNomination = (id: string, nominationId: string) => api.delete<AssessmentResults>(`${assessmentPath(id)}/nominations/${nominationId}`);

/** A file picked as evidence, as the score carries it (base64). */
export async function evidenceOf(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(bin) };
}

/** A score for people: `8.5`, `10` (at most one decimal, as stored). */
export const pts = (n: number): string => String(Math.round(n * 10) / 10);
