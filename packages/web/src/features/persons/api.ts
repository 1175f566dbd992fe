import type { AuditEntry, PersonDetail, PersonRow } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** The roster facts a form sends (ZPersonCreate / ZPersonUpdate). */
export interface PersonFactsInput {
  name: string;
  gender: PersonRow['gender'];
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string;
  education: string | null;
  category: PersonRow['category'];
  joinedOn: string | null;
  confirmedOn: string | null;
  jobPost: string | null;
  phone: string | null;
}

export interface PersonCreateInput extends PersonFactsInput {
  branchId: string;
  groupId: string | null;
  startOn?: string;
}

export type PersonUpdateInput = Partial<PersonFactsInput> & { status?: PersonRow['status'] };

export interface RosterQuery {
  q?: string;
  branchId?: string;
  groupId?: string;
  category?: PersonRow['category'];
  status?: PersonRow['status'];
  on?: string;
  offset: number;
  limit: number;
}

export const rosterPath = (q: RosterQuery) => `/api/persons${qs({ ...q })}`;
export const personPath = (id: string) => `/api/persons/${id}`;
export const historyPath = (id: string) => `/api/persons/${id}/history`;
export const ownPersonPath = '/api/me/person';

export const createPerson = (p: PersonCreateInput) => api.post<PersonDetail>('/api/persons', p);
export const updatePerson = (id: string, p: PersonUpdateInput) => api.patch<PersonDetail>(`/api/persons/${id}`, p);

export type { AuditEntry, PersonDetail, PersonRow };

export const movePerson = (id: string, m: { branchId: string; groupId: string | null; effectiveOn: string }) =>
  api.post<PersonDetail>(`/api/persons/${id}/move`, m);
