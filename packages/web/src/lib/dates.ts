import dayjs, { type Dayjs } from 'dayjs';

/** `YYYY-MM-DD` ↔ dayjs for antd DatePicker; the API speaks calendar dates only (contracts §7). */
export const DATE_FORMAT = 'YYYY-MM-DD';

export const toDayjs = (s: string | null | undefined): Dayjs | null => (s ? dayjs(s, DATE_FORMAT) : null);

export const fromDayjs = (d: Dayjs | null | undefined): string | null => (d ? d.format(DATE_FORMAT) : null);

/** A server timestamp shown in China time, e.g. `2026-05-01 14:03`. */
export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';

export const orDash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '—' : String(v);
