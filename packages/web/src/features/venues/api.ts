import type { ChatGroup, Venue, VenueList } from '@zhibu/schemas';
import { api } from '../../api/client';

/** 活动阵地 (VEN-1, VEN-2) and the branch WeChat group (VEN-3): bodies follow the Z… schemas in `venues.ts`. */
export type { ChatGroup, Venue, VenueList };

export const venuesPath = (branchId: string) => `/api/branches/${branchId}/venues`;
export const chatGroupPath = (branchId: string) => `/api/branches/${branchId}/chat-group`;
export const createVenue = (branchId: string, body: { kind: string; name: string; location?: string; note?: string; sharedWith?: string[] }) => api.post<Venue>(venuesPath(branchId), body);
export const setVenueBranches = (id: string, branchIds: string[]) => api.patch<Venue>(`/api/venues/${id}`, { branchIds });
export const retireVenue = (id: string) => api.delete<Venue>(`/api/venues/${id}`);
export const tickItem = (id: string, item: string, body: { note?: string; photos: { fileName: string; contentBase64: string }[] }) => api.put<Venue>(`/api/venues/${id}/items/${item}`, body);
export const untickItem = (id: string, item: string) => api.delete<Venue>(`/api/venues/${id}/items/${item}`);
export const confirmItem = (id: string, item: string) => api.post<Venue>(`/api/venues/${id}/items/${item}/confirm`);
export const saveChatGroup = (branchId: string, body: { name: string; platform?: string; managerPersonId: string | null; listedOn: string; members: string }) => api.put<ChatGroup>(chatGroupPath(branchId), body);
export const photoUrl = (attachmentId: string) => `/api/attachments/${attachmentId}/content`;

/** A photo picked in the form, as the tick carries it (base64). */
export async function photoOf(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(bin) };
}
