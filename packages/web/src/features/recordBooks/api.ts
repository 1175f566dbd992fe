import type { RecordBook } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** The meeting record book (LED-1): bodies follow the Z… schemas in `recordBooks.ts`. */
export type { RecordBook };

export const recordBooksPath = (branchId: string, year: number) => `/api/branches/${branchId}/record-books${qs({ year })}`;
export const bookPdfPath = (branchId: string, year: number, groupId: string | null) => `/api/branches/${branchId}/record-books/book.pdf${qs({ year, groupId })}`;
export const frozenPdfPath = (id: string) => `/api/record-books/${id}/file.pdf`;

export const closeBook = (branchId: string, body: { year: number; groupId: string | null; closedOn: string }) =>
  api.post<RecordBook>(`/api/branches/${branchId}/record-books/close`, body);
export const handOverBook = (id: string, body: { handedTo: string; handedOverOn: string }) => api.post<RecordBook>(`/api/record-books/${id}/hand-over`, body);
