import type { Branch, Group, PersonRow, Unit } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

export interface BranchInput {
  fullName: string;
  shortName: string;
  kind: Branch['kind'];
  unitIds: string[];
  foundedOn: string | null;
}

export type PostRole = 'secretary' | 'deputySecretary' | 'organizationMember' | 'publicityMember' | 'disciplineMember' | 'committeeMember';

export const branchesPath = '/api/branches';
export const unitsPath = '/api/units';

export const createUnit = (name: string) => api.post<Unit>('/api/units', { name });
export const createBranch = (b: BranchInput) => api.post<Branch>('/api/branches', b);
export const updateBranch = (id: string, b: Partial<BranchInput>) => api.patch<Branch>(`/api/branches/${id}`, b);
export const dissolveBranch = (id: string, effectiveOn: string, reason: string) =>
  api.post<Branch>(`/api/branches/${id}/dissolve`, { effectiveOn, reason });

export const createGroup = (branchId: string, g: { name: string; leaderPersonId: string | null; foundedOn: string | null }) =>
  api.post<Group>(`/api/branches/${branchId}/groups`, g);
export const updateGroup = (id: string, g: { name?: string; leaderPersonId?: string | null; dissolvedOn?: string | null }) =>
  api.patch<Group>(`/api/groups/${id}`, g);

export const assignPost = (branchId: string, p: { personId: string; role: PostRole; startOn: string; note: string | null }) =>
  api.post<Branch>(`/api/branches/${branchId}/posts`, p);
export const endPost = (postId: string, endOn: string) => api.post<{ ok: true }>(`/api/posts/${postId}/end`, { endOn });

/** Current members of a branch (or one group), for leader and post pickers. */
export const listBranchPeople = (branchId: string, groupId?: string) =>
  api.get<{ items: PersonRow[]; total: number }>(`/api/persons${qs({ branchId, groupId, status: 'active', limit: 500 })}`);
