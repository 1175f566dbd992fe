import { z } from 'zod';
import { ZDate } from './common.js';

export const ZOrganSettings = z.object({
  /** 启用日期 (contracts §2) */
  recordsStartOn: ZDate,
  /** idle session timeout in minutes */
  sessionIdleMinutes: z.number().int().min(5, '空闲超时至少 5 分钟').max(480, '空闲超时不超过 480 分钟'),
  /** size limit of one attachment (contracts §6) */
  attachmentMaxMB: z.number().int().min(1, '附件上限至少 1 MB').max(200, '附件上限不超过 200 MB'),
});
export type OrganSettings = z.infer<typeof ZOrganSettings>;

export const ZOrgan = z.object({ id: z.string(), name: z.string(), settings: ZOrganSettings });
export type Organ = z.infer<typeof ZOrgan>;

export const ZOrganUpdate = ZOrganSettings.partial();

export const ZUnit = z.object({ id: z.string(), name: z.string() });
export type Unit = z.infer<typeof ZUnit>;
export const ZUnitCreate = z.object({ name: z.string().trim().min(1, '请填写委室/科室名称').max(60) });
