import { degrees, type PDFPage } from 'pdf-lib';
import { loadPdf } from './merge.js';
import { renderDefinition } from './pdf.js';
import { uniqueSubsetTags } from './subsetTags.js';

/** The stamp's box and its distance from the page's top-right corner, in points. */
const BOX = { width: 60, height: 16 };
const INSET = 20;

type Rotation = 0 | 90 | 180 | 270;

/**
 * Where to draw a box so that it appears in the page's visual top-right corner, upright, whatever the page's
 * /Rotate (scanners often save landscape pages as rotated portrait ones). Returns the draw origin in the page's
 * own (unrotated) coordinates and the counter-clockwise angle that cancels the clockwise display rotation.
 */
export function topRightPlacement(
  box: { x: number; y: number; width: number; height: number },
  rotation: Rotation,
): { x: number; y: number; rotate: Rotation } {
  const { width: w, height: h } = box;
  const turned = rotation === 90 || rotation === 270;
  const visual = { width: turned ? h : w, height: turned ? w : h };
  const X = visual.width - INSET - BOX.width;
  const Y = visual.height - INSET - BOX.height;
  // Visual (X, Y) → unrotated (u, v) for a page shown turned clockwise by `rotation`.
  const [u, v]: [number, number] = { 0: [X, Y], 90: [w - Y, X], 180: [w - X, h - Y], 270: [Y, h - X] }[rotation] as [
    number,
    number,
  ];
  return { x: box.x + u, y: box.y + v, rotate: rotation };
}

function pageRotation(page: PDFPage): Rotation {
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as number;
  return angle === 90 || angle === 180 || angle === 270 ? angle : 0;
}

/**
 * Stamps archive page numbers (页号) in the top-right corner of every page from index `skip` on, numbering from
 * `start`: the catalog's 页号 then match the numbers on paper. The digits are drawn from a small PDF rendered with
 * our embedded font, so the stamp does not depend on any font the reader's machine may lack.
 */
export async function stampPageNumbers(pdf: Uint8Array, opts: { skip?: number; start?: number } = {}): Promise<Buffer> {
  const skip = opts.skip ?? 0;
  const start = opts.start ?? 1;
  const doc = await loadPdf(pdf);
  const pages = doc.getPages().slice(skip);
  if (pages.length === 0) return Buffer.from(await doc.save());

  const stamps = await renderDefinition({
    pageSize: { width: BOX.width, height: BOX.height },
    pageMargins: 0,
    defaultStyle: { fontSize: 10 },
    content: pages.map((_, i) => ({
      text: String(start + i),
      alignment: 'right' as const,
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    })),
  });
  const embedded = await doc.embedPdf(stamps, pages.map((_, i) => i));
  pages.forEach((page, i) => {
    const stamp = embedded[i];
    if (!stamp) return;
    const placement = topRightPlacement(page.getCropBox(), pageRotation(page));
    page.drawPage(stamp, { x: placement.x, y: placement.y, rotate: degrees(placement.rotate) });
  });
  uniqueSubsetTags(doc);
  return Buffer.from(await doc.save());
}
