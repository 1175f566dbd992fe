import type { Organ, OrganSettings } from '@zhibu/schemas';
import { api } from '../../api/client';

export const organPath = '/api/organ';
export const updateOrgan = (s: Partial<OrganSettings>) => api.patch<Organ>('/api/organ', s);
export type { Organ };
