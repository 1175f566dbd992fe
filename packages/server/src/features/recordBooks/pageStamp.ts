import { loadPdf } from '../../documents/merge.js';
import { pageLabel, renderDefinition } from '../../documents/pdf.js';
import { uniqueSubsetTags } from '../../documents/subsetTags.js';

const BOX = { width: 160, height: 14 };

/**
 * A bound record book is numbered through, "第 N 页 / 共 M 页" at the foot of every page, whereas each part (cover,
 * catalog, one record per meeting) is rendered on its own so that the catalog can name each record's first page.
 * The labels are drawn from a small PDF set in our embedded font, as the toolkit's 页号 stamp does, into the bottom
 * margin the parts leave free (they are rendered without their own page numbers).
 */
export async function stampPageFooters(pdf: Uint8Array): Promise<Buffer> {
  const doc = await loadPdf(pdf);
  const pages = doc.getPages();
  const stamps = await renderDefinition({
    pageSize: { width: BOX.width, height: BOX.height },
    pageMargins: 0,
    defaultStyle: { fontSize: 9 },
    content: pages.map((_, i) => ({ text: pageLabel(i + 1, pages.length), alignment: 'center' as const, ...(i > 0 ? { pageBreak: 'before' as const } : {}) })),
  });
  const embedded = await doc.embedPdf(stamps, pages.map((_, i) => i));
  pages.forEach((page, i) => {
    const stamp = embedded[i];
    if (!stamp) return;
    const { x, y, width } = page.getCropBox();
    page.drawPage(stamp, { x: x + (width - BOX.width) / 2, y: y + 18 });
  });
  uniqueSubsetTags(doc);
  return Buffer.from(await doc.save());
}
