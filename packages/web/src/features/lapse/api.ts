import type { LapseWatch, WorkAssignment, WorkAssignmentInput } from '@zhibu/schemas';
import { api } from '../../api/client';

/** The 6-month watch and the work the party assigns (MEM-3). */
export type { LapseWatch, WorkAssignment, WorkAssignmentInput };

export const lapseWatchPath = (branchId: string) => `/api/branches/${branchId}/lapse-watch`;
export const workAssignmentsPath = (branchId: string) => `/api/branches/${branchId}/work-assignments`;
export const createAssignment = (branchId: string, body: WorkAssignmentInput) => api.post<WorkAssignment>(workAssignmentsPath(branchId), body);
export const markAssignmentDone = (id: string, doneOn: string) => api.post<WorkAssignment>(`/api/work-assignments/${id}/done`, { doneOn });
