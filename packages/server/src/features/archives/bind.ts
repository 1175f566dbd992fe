import { ARCHIVE_CATEGORY_BY_KEY, itemTitle, type ArchiveCategoryKey } from '@zhibu/domain';
import { bindVolume, catalogFiles, imageToPdfPage, keyValue, mergePdfs, paragraph, renderPdf, type VolumeItem } from '../../documents/index.js';
import type { UploadRow } from './repository.js';

export interface BoundCategory {
  pdf: Buffer;
  docx: Buffer;
  xlsx: Buffer;
  items: number;
  /** numbered pages (the items'); the cover and the catalog come before them */
  pages: number;
}

/**
 * Binds one category of a branch's year (每年合订一次, LED-2..7): a cover, the 卷内目录 (forms.md §9) and every item
 * in order, with 页号 stamped on the items' pages; the catalog also as .docx and .xlsx. Items are the uploads of
 * the category (papers that exist only on paper) in the order of the category's kinds, then by date. `read` gives
 * an upload's bytes; an image becomes one A4 page.
 */
export async function bindCategory(
  input: { organName: string; branchName: string; year: number; category: ArchiveCategoryKey; uploads: readonly UploadRow[] },
  read: (sha256: string) => Promise<Buffer>,
  progress: (done: number, total: number) => void = () => {},
): Promise<BoundCategory> {
  const category = ARCHIVE_CATEGORY_BY_KEY.get(input.category)!;
  const order = new Map(category.items.map((k, i) => [k.key, i]));
  const uploads = input.uploads
    .filter((u) => u.category === input.category)
    .sort((a, b) => (order.get(a.kind) ?? 99) - (order.get(b.kind) ?? 99) || (a.issued_on ?? '').localeCompare(b.issued_on ?? ''));
  const items: VolumeItem[] = [];
  for (const [i, u] of uploads.entries()) {
    const bytes = await read(u.file_sha256);
    const pdf = u.file_name.toLowerCase().endsWith('.pdf') ? bytes : await imageToPdfPage(bytes);
    const kind = category.items.find((k) => k.key === u.kind) ?? { label: '其他材料' };
    items.push({ pdf, entry: { title: itemTitle(u.title, kind), date: u.issued_on ?? undefined, docNumber: u.doc_no ?? undefined, responsible: u.responsible ?? input.branchName } });
    progress(i + 1, uploads.length);
  }
  const title = `${input.branchName} ${input.year} 年${category.name}卷内目录`;
  const volume = await bindVolume({ catalogTitle: title, catalogSubtitle: `全宗名称：${input.organName}\u3000年度：${input.year}\u3000类目：${category.name}（${category.clause}）`, runningHeader: `${input.organName} ${input.branchName}`, items });
  const cover = await renderPdf({
    title: `${category.name}`,
    subtitle: `${input.year} 年度`,
    pageNumbers: false,
    fontSize: 14,
    blocks: [
      keyValue([['全宗名称', input.organName], ['党支部', input.branchName], ['年度', String(input.year)], ['类目', `${category.name}（${category.clause}）`], ['件数', String(items.length)], ['页数', String(volume.entries.reduce((n, e) => n + (e.pageCount ?? 0), 0))]], 1),
      paragraph('保管期限：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000档号：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000', 'left'),
    ],
  });
  const pdf = await mergePdfs([cover, volume.pdf]);
  const { docx, xlsx } = await catalogFiles({ title, subtitle: `全宗名称：${input.organName}\u3000年度：${input.year}`, entries: volume.entries });
  return { pdf, docx, xlsx, items: items.length, pages: volume.entries.reduce((n, e) => n + (e.pageCount ?? 0), 0) };
}
