import { ARCHIVE_CATEGORY_BY_KEY, type ArchiveCategoryKey } from '@zhibu/domain';
import { degrees, PDFDocument, type PDFPage } from 'pdf-lib';
import { catalogSpec } from '../../documents/catalog.js';
import { catalogFiles, firstPageNumbers, imageToPdfPage, keyValue, paragraph, type CatalogEntry, type DocSpec } from '../../documents/index.js';
import { renderDefinition } from '../../documents/pdf.js';
import { topRightPlacement } from '../../documents/stamp.js';
import { loadPdf } from '../../documents/merge.js';
import { renderSections } from '../../documents/sections.js';
import { uniqueSubsetTags } from '../../documents/subsetTags.js';

/**
 * The CPU side of 合订 (issue 7 §2): everything here is pure rendering and merging of data already loaded — no
 * database, no clock — so that it runs in the archive worker thread (renderer.ts) while the server keeps answering.
 * Its inputs are structured-clone data: document specs, file bytes, plain objects.
 */

/** One part of an item: a document to render (its spec), a PDF as it is, or an image set on one A4 page. */
export type Part = { spec: DocSpec } | { pdf: Uint8Array; label?: string } | { image: Uint8Array };

/** One item of a volume: its catalog line (without 页数/页号) and its parts, merged in order. */
export interface PlanItem {
  entry: Omit<CatalogEntry, 'pageCount' | 'firstPage'>;
  parts: Part[];
}

export interface CategoryPlan {
  organName: string;
  branchName: string;
  year: number;
  category: ArchiveCategoryKey;
  /** in binding order (domain orderVolumeItems) */
  items: PlanItem[];
}

export interface BoundCategory {
  pdf: Buffer;
  docx: Buffer;
  xlsx: Buffer;
  items: number;
  /** numbered pages (the items'); the cover and the catalog come before them */
  pages: number;
  /** the catalog lines with 页数 and 页号, as bound */
  entries: CatalogEntry[];
}

/** The parts of documents rendered (all specs in one render: documents/sections.ts) and each document's pages. */
async function renderAll(docs: readonly (readonly Part[])[], progress: (done: number, total: number) => void = () => {}): Promise<{ pages: PDFPage[][]; doc: PDFDocument }> {
  const specs = docs.flatMap((parts) => parts.flatMap((p) => ('spec' in p ? [p.spec] : [])));
  const rendered = specs.length ? await renderSections(specs) : null;
  const out = await PDFDocument.create();
  const fromRendered = rendered ? await out.copyPages(await loadPdf(rendered.pdf), rendered.pages.flat()) : [];
  const at = new Map<number, PDFPage>();
  rendered?.pages.flat().forEach((index, i) => at.set(index, fromRendered[i]!));
  let spec = 0;
  const pages: PDFPage[][] = [];
  for (const [i, parts] of docs.entries()) {
    const mine: PDFPage[] = [];
    for (const p of parts) {
      if ('spec' in p) mine.push(...rendered!.pages[spec++]!.map((index) => at.get(index)!));
      else {
        const src = await loadPdf('image' in p ? await imageToPdfPage(p.image) : p.pdf, 'pdf' in p ? (p.label ?? '附件') : '图片');
        mine.push(...(await out.copyPages(src, src.getPageIndices())));
      }
    }
    pages.push(mine);
    progress(i + 1, docs.length);
  }
  return { pages, doc: out };
}

/** Documents rendered and merged one after another into one PDF (LED-8: every member's 党费证). */
export async function renderParts(parts: readonly Part[]): Promise<Buffer> {
  const { pages, doc } = await renderAll([parts]);
  for (const page of pages.flat()) doc.addPage(page);
  uniqueSubsetTags(doc);
  return Buffer.from(await doc.save());
}

/**
 * Binds one category of a branch's year (每年合订一次, LED-2..7): a cover, the 卷内目录 (forms.md §9) and every item
 * in the plan's order, with 页号 stamped on the items' pages (counted from the first item, as documents/binding.ts
 * does); the catalog also as .docx and .xlsx. A category with nothing in it still binds: a cover and a catalog
 * saying 无. Every record page of the volume is rendered in one go, then the pages are laid out with pdf-lib.
 */
export async function bindCategory(plan: CategoryPlan, progress: (done: number, total: number) => void = () => {}): Promise<BoundCategory> {
  const category = ARCHIVE_CATEGORY_BY_KEY.get(plan.category)!;
  const { pages, doc } = await renderAll(
    plan.items.map((x) => x.parts),
    progress,
  );
  const counts = pages.map((p) => p.length);
  const firsts = firstPageNumbers(counts);
  const entries: CatalogEntry[] = plan.items.map((item, i) => ({ ...item.entry, pageCount: counts[i], firstPage: firsts[i] }));
  const total = counts.reduce((n, c) => n + c, 0);
  const title = `${plan.branchName} ${plan.year} 年${category.name}卷内目录`;
  const subtitle = `全宗名称：${plan.organName}\u3000年度：${plan.year}\u3000类目：${category.name}（${category.clause}）`;
  const catalog = catalogSpec({ title, subtitle, runningHeader: `${plan.organName} ${plan.branchName}`, entries });
  if (entries.length === 0) catalog.blocks.push(paragraph(`无（${plan.year} 年度本类目没有归档材料）`, 'center'));
  const front = await renderSections([
    {
      title: `${category.name}`,
      subtitle: `${plan.year} 年度`,
      pageNumbers: false,
      fontSize: 14,
      blocks: [
        keyValue([['全宗名称', plan.organName], ['党支部', plan.branchName], ['年度', String(plan.year)], ['类目', `${category.name}（${category.clause}）`], ['件数', String(entries.length)], ['页数', String(total)]], 1),
        paragraph('保管期限：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000档号：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000', 'left'),
      ],
    },
    catalog,
  ]);
  const frontPages = await doc.copyPages(await loadPdf(front.pdf), front.pages.flat());
  frontPages.forEach((page, i) => doc.insertPage(i, page));
  for (const page of pages.flat()) doc.addPage(page);
  await stampPages(doc, frontPages.length);
  uniqueSubsetTags(doc);
  const pdf = Buffer.from(await doc.save());
  const { docx, xlsx } = await catalogFiles({ title, subtitle: `全宗名称：${plan.organName}\u3000年度：${plan.year}`, entries });
  return { pdf, docx, xlsx, items: entries.length, pages: total, entries };
}

/**
 * 页号 stamps as documents/stamp.ts draws them (top-right, upright whatever the page's /Rotate, in the embedded
 * font), on the volume in memory; the small PDF of numbers is rendered once per worker and grown when a volume needs
 * more, rather than once per volume.
 */
const STAMP = { width: 60, height: 16 };
let stamps: { pdf: Buffer; count: number } | null = null;

async function stampSheet(count: number): Promise<Buffer> {
  if (stamps && stamps.count >= count) return stamps.pdf;
  const n = Math.max(count, 2 * (stamps?.count ?? 0), 200);
  const pdf = await renderDefinition({
    pageSize: { width: STAMP.width, height: STAMP.height },
    pageMargins: 0,
    defaultStyle: { fontSize: 10 },
    content: Array.from({ length: n }, (_, i) => ({ text: String(i + 1), alignment: 'right' as const, ...(i > 0 ? { pageBreak: 'before' as const } : {}) })),
  });
  stamps = { pdf, count: n };
  return pdf;
}

async function stampPages(doc: PDFDocument, skip: number): Promise<void> {
  const pages = doc.getPages().slice(skip);
  if (pages.length === 0) return;
  const embedded = await doc.embedPdf(await stampSheet(pages.length), pages.map((_, i) => i));
  pages.forEach((page, i) => {
    const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
    const at = topRightPlacement(page.getCropBox(), [0, 90, 180, 270].includes(angle) ? angle : 0);
    page.drawPage(embedded[i]!, { x: at.x, y: at.y, rotate: degrees(at.rotate) });
  });
}
