import type { OrganSettings } from '@zhibu/schemas';

export const DEFAULT_SESSION_IDLE_MINUTES = 30;
export const DEFAULT_ATTACHMENT_MAX_MB = 20;

/** An organ's settings with defaults filled in; `records_start_on` is its own column. */
export function readSettings(organ: { records_start_on: string; settings: Record<string, unknown> }): OrganSettings {
  const s = organ.settings ?? {};
  return {
    recordsStartOn: organ.records_start_on,
    sessionIdleMinutes: typeof s.sessionIdleMinutes === 'number' ? s.sessionIdleMinutes : DEFAULT_SESSION_IDLE_MINUTES,
    attachmentMaxMB: typeof s.attachmentMaxMB === 'number' ? s.attachmentMaxMB : DEFAULT_ATTACHMENT_MAX_MB,
  };
}
