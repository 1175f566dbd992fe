import { z } from 'zod';
import { ARCHIVE_CATEGORIES } from '@zhibu/domain';
import { ZDate, ZId } from './common.js';

/** 信息台账 (LED-1..8): uploads of papers that exist only on paper, and the yearly binding (合订) of a category. */
const CATEGORY_KEYS = ARCHIVE_CATEGORIES.map((c) => c.key) as [string, ...string[]];
const ZYear = z.number().int().min(2000, '年度不正确').max(2100, '年度不正确');
const ZCategory = z.string().refine((k) => CATEGORY_KEYS.includes(k), { message: '没有这个档案类别' });

export const ZArchiveFile = z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1, '文件是空的') });
export const ZArchiveUploadInput = z.object({
  year: ZYear,
  category: ZCategory,
  kind: z.string().min(1),
  title: z.string().trim().min(1, '请填写题名').max(200, '题名最多200字'),
  issuedOn: ZDate.nullable().optional(),
  docNo: z.string().trim().max(60).nullable().optional(),
  responsible: z.string().trim().max(60).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(10, '标签最多10个').optional(),
  file: ZArchiveFile,
});
export type ArchiveUploadInput = z.infer<typeof ZArchiveUploadInput>;

export const ZArchiveUpload = z.object({
  id: z.string(),
  year: z.number(),
  category: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  issuedOn: z.string().nullable(),
  docNo: z.string().nullable(),
  responsible: z.string().nullable(),
  tags: z.array(z.string()),
  pages: z.number(),
  fileName: z.string(),
  attachmentId: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type ArchiveUpload = z.infer<typeof ZArchiveUpload>;

export const ZArchiveBinding = z.object({
  id: z.string(),
  year: z.number(),
  category: z.string(),
  fileName: z.string(),
  items: z.number(),
  pages: z.number(),
  boundBy: z.string(),
  boundAt: z.string(),
  /** attachment ids of the bound PDF and its catalogs (.docx, .xlsx; '' for LED-1 and LED-8, which have none) */
  files: z.object({ pdf: z.string(), docx: z.string(), xlsx: z.string() }),
  /** every PDF of the binding with its name: one for a volume, one per record book for LED-1 */
  pdfs: z.array(z.object({ id: z.string(), fileName: z.string() })),
});
export type ArchiveBinding = z.infer<typeof ZArchiveBinding>;

export const ZArchiveOverview = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  categories: z.array(
    z.object({
      key: z.string(),
      clause: z.string(),
      name: z.string(),
      boundYearly: z.boolean(),
      uploadKinds: z.array(z.object({ key: z.string(), label: z.string() })),
      uploads: z.array(ZArchiveUpload),
      lastBinding: ZArchiveBinding.nullable(),
    }),
  ),
  abilities: z.object({ write: z.boolean() }),
});
export type ArchiveOverview = z.infer<typeof ZArchiveOverview>;

export const ZArchiveQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const ZArchiveBindInput = z.object({ year: ZYear, category: ZCategory.optional() });
export const ZArchiveRemoveInput = z.object({ reason: z.string().trim().min(2, '请说明移除原因').max(200) });
export const ZArchiveUploadParams = z.object({ id: ZId });
