import type { BranchCheck, CheckMatrix, RuleSettings, Todo } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** The standards check (标准化体检) over HTTP: per branch, the organ matrix, 待办, rule parameters and exemptions. */
export type { BranchCheck, CheckMatrix, RuleSettings, Todo };
export type Finding = BranchCheck['findings'][number];
export type CalendarItem = BranchCheck['calendar'][number];
export type RuleInfo = RuleSettings['rules'][number];
export type ParamInfo = RuleSettings['params'][number];
export type Exemption = RuleSettings['exemptions'][number];
export type MatrixRow = CheckMatrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][string];
export type ParamValue = ParamInfo['value'];

export const branchCheckPath = (branchId: string, year: number) => `/api/branches/${branchId}/check${qs({ year })}`;
export const matrixPath = (year: number) => `/api/check/matrix${qs({ year })}`;
export const matrixXlsxPath = (year: number) => `/api/check/matrix.xlsx${qs({ year })}`;
export const todosPath = '/api/todos';
export const ruleSettingsPath = '/api/check/settings';

export interface ParamChangeInput {
  key: string;
  value: ParamValue;
  effectiveFrom: string;
  reason: string | null;
}
export interface ExemptionInput {
  branchId: string;
  rule: string;
  fromOn: string;
  toOn: string;
  reason: string;
}

export const changeParam = (c: ParamChangeInput) => api.post<unknown>('/api/check/params', c);
export const createExemption = (e: ExemptionInput) => api.post<unknown>('/api/check/exemptions', e);
export const deleteExemption = (id: string) => api.delete<unknown>(`/api/check/exemptions/${id}`);
/** Creates or renews the branch's ICS subscription address. */
export const renewCalendarFeed = (branchId: string) => api.post<{ url: string }>(`/api/branches/${branchId}/calendar-feed`);
