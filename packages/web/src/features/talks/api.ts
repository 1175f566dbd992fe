import type { Talk, TalkCoverage, TalkInput } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** Talks (谈心谈话, MEM-4; issue 5 §5): bodies follow the Z… schemas in `talks.ts`. */
export type { Talk, TalkCoverage, TalkInput };

export const talksPath = (branchId: string, year: number, personId?: string) => `/api/branches/${branchId}/talks${qs({ year, personId })}`;
/** all talks of a person (both kinds), as far as the viewer may see each */
export const personTalksPath = (personId: string) => `/api/persons/${personId}/talks`;
export const talkCoveragePath = (branchId: string, year: number) => `/api/branches/${branchId}/talk-coverage${qs({ year })}`;

export const createTalk = (branchId: string, body: TalkInput) => api.post<Talk>(`/api/branches/${branchId}/talks`, body);
export const updateTalk = (id: string, body: Partial<TalkInput>) => api.patch<Talk>(`/api/talks/${id}`, body);
export const deleteTalk = (id: string) => api.delete<{ ok: true }>(`/api/talks/${id}`);
