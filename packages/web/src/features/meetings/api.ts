import type { Meeting, MeetingInput, MeetingListItem } from '@zhibu/schemas';
import { api, qs } from '../../api/client';

/** Meetings (三会一课, 主题党日 …) and their attendance (issue 5 §1–4); bodies follow the Z… schemas in `meetings.ts`. */
export type { Meeting, MeetingInput, MeetingListItem };
export type MeetingKind = Meeting['kind'];
export type AttendanceStatus = NonNullable<Meeting['attendance'][number]['status']>;
export type ThemeDay = NonNullable<Meeting['themeDay']>;

export interface AttendanceEntry {
  personId: string;
  status: AttendanceStatus;
  reason: string | null;
  guest?: boolean;
}

export const meetingsPath = (branchId: string, year: number, kind?: MeetingKind) =>
  `/api/branches/${branchId}/meetings${qs({ year, kind })}`;
export const meetingPath = (id: string) => `/api/meetings/${id}`;
export const signInSheetPath = (id: string) => `/api/meetings/${id}/sign-in.pdf`;

export const createMeeting = (branchId: string, body: MeetingInput) => api.post<Meeting>(`/api/branches/${branchId}/meetings`, body);
export const updateMeeting = (id: string, body: Partial<MeetingInput>) => api.patch<Meeting>(meetingPath(id), body);
export const saveAttendance = (id: string, entries: AttendanceEntry[]) => api.put<Meeting>(`${meetingPath(id)}/attendance`, { entries });
export const holdMeeting = (id: string) => api.post<Meeting>(`${meetingPath(id)}/hold`);
export const cancelMeeting = (id: string) => api.post<Meeting>(`${meetingPath(id)}/cancel`);
export const submitMeeting = (id: string) => api.post<Meeting>(`${meetingPath(id)}/submit`);
export const reviewMeeting = (id: string, body: { action: 'return' | 'spotCheck'; note: string }) =>
  api.post<Meeting>(`${meetingPath(id)}/review`, body);
