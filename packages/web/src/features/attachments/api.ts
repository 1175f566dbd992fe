import type { Attachment } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

export type { Attachment };

export const attachmentsPath = (entityType: string, entityId: string) => `/api/attachments${qs({ entityType, entityId })}`;
export const attachmentContentPath = (id: string) => `/api/attachments/${encodeURIComponent(id)}/content`;

/** Uploads one file's raw bytes; the server checks its type by content and its size against the organ's limit. */
export const uploadAttachment = async (entityType: string, entityId: string, file: File, slot = 'other') =>
  api.upload<Attachment>(`/api/attachments${qs({ entityType, entityId, slot })}`, await file.arrayBuffer(), {
    'X-File-Name': encodeURIComponent(file.name),
  });

export const removeAttachment = (id: string) => api.delete<{ ok: true }>(`/api/attachments/${encodeURIComponent(id)}`);
