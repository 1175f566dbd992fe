import { z } from 'zod';
import { isValidDate } from '@zhibu/domain';

z.config(z.locales.zhCN());

/** A calendar date `YYYY-MM-DD` that exists (`2019-13-01` is refused). */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidDate, { message: '不是有效的日期' });

export const ZId = z.uuid({ message: '编号格式不正确' });

export const ZError = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ZError>;

export const ZOk = z.object({ ok: z.literal(true) });

export const ZIdParams = z.object({ id: ZId });

/** Trims and turns an empty string into null, for optional text fields of forms. */
export const ZOptText = (max: number) =>
  z
    .string()
    .max(max, `不能超过 ${max} 个字`)
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullable()
    .optional();
