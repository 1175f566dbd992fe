import type { DevBoard, DevCheckResult, DevEvaluationInput, DevOpenInput, DevStepInput, Development, NoticeInput } from '@zhibu/schemas';
import { api } from '../../api/client';

/** 发展党员 (MEM-1; issue 6 §1–3): bodies follow the Z… schemas in `development.ts`. */
export type { DevBoard, DevCheckResult, DevEvaluationInput, DevOpenInput, DevStepInput, Development, NoticeInput };
export type DevIssue = DevCheckResult['warnings'][number];

export const boardPath = (branchId: string) => `/api/branches/${branchId}/developments`;
export const developmentPath = (id: string) => `/api/developments/${id}`;
export const recordPdfPath = (id: string) => `/api/developments/${id}/record.pdf`;
export const myDevelopmentPath = '/api/me/development';
export const workdaysPath = '/api/workdays';

export const openFile = (branchId: string, body: DevOpenInput) => api.post<Development>(boardPath(branchId), body);
export const checkStep = (id: string, body: DevStepInput) => api.post<DevCheckResult>(`${developmentPath(id)}/steps/check`, body);
export const recordStep = (id: string, body: DevStepInput) => api.post<Development & { warnings: DevIssue[] }>(`${developmentPath(id)}/steps`, body);
export const addEvaluation = (id: string, body: DevEvaluationInput) => api.post<Development>(`${developmentPath(id)}/evaluations`, body);
export const addNotice = (id: string, body: NoticeInput) => api.post<Development>(`${developmentPath(id)}/notices`, body);
export const setNoticeOutcome = (noticeId: string, body: { outcome: 'noObjection' | 'objectionCleared' | 'objectionUpheld'; feedback?: string | null }) =>
  api.patch<Development>(`/api/public-notices/${noticeId}`, body);
export const stopFile = (id: string, body: { stoppedOn: string; reason: string }) => api.post<Development>(`${developmentPath(id)}/stop`, body);

export interface WorkdayRow {
  day: string;
  isWorkday: boolean;
  note: string | null;
}
export const saveWorkdays = (items: WorkdayRow[]) => api.put<{ items: WorkdayRow[] }>(workdaysPath, { items });

export const STAGE_NAMES = ['申请入党', '入党积极分子的确定和培养教育', '发展对象的确定和考察', '预备党员的接收', '预备党员的教育考察和转正'];
export const CATEGORY_LABELS: Record<string, string> = { full: '正式党员', probationary: '预备党员', candidate: '发展对象', activist: '入党积极分子', applicant: '入党申请人' };
