import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, fontBytes } from './fonts.js';
import { blockContent } from './pdfBlocks.js';
import type { DocSpec } from './spec.js';

/** pdfmake's in-memory file system (present in the Node build, though its type declarations omit it). */
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
}

let configured = false;

/**
 * pdfmake's server build is a process-wide singleton. Configure it once: the font bytes go into its in-memory file
 * system (read from disk once, not per document), and it may neither fetch URLs nor read local files — a document
 * definition built from user data must never make the server read anything else.
 */
function configure(): void {
  if (configured) return;
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  vfs.writeFileSync('zhibu/NotoSansSC-Regular.otf', fontBytes('normal'));
  vfs.writeFileSync('zhibu/NotoSansSC-Bold.otf', fontBytes('bold'));
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: 'zhibu/NotoSansSC-Regular.otf',
      bold: 'zhibu/NotoSansSC-Bold.otf',
      // CJK has no italics: the italic styles fall back to the upright faces.
      italics: 'zhibu/NotoSansSC-Regular.otf',
      bolditalics: 'zhibu/NotoSansSC-Bold.otf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
}

/** Page margins in points [left, top, right, bottom]; the top and bottom leave room for the running header/footer. */
const MARGINS = {
  portrait: [42, 60, 42, 52] as [number, number, number, number],
  // Landscape carries wide registers (花名册, 台账): narrower side margins give the columns room.
  landscape: [32, 52, 32, 44] as [number, number, number, number],
};

/**
 * "第 N 页 / 共 M 页" spaced with en spaces (U+2002): a plain space is so narrow beside CJK characters that text
 * extraction (pdftotext -layout, screen readers) runs the words together as "第1页/共4页".
 */
export function pageLabel(page: number, pages: number): string {
  return ['第', page, '页', '/', '共', pages, '页'].join('\u2002');
}

/** Translates a DocSpec into pdfmake's definition. Exported for tests that inspect the layout input. */
export function toDefinition(doc: DocSpec): TDocumentDefinitions {
  const orientation = doc.orientation ?? 'portrait';
  const margins = MARGINS[orientation];
  const fontSize = doc.fontSize ?? 10.5;
  const content: Content[] = [{ text: doc.title, style: 'title' }];
  if (doc.subtitle) content.push({ text: doc.subtitle, style: 'subtitle' });
  for (const block of doc.blocks) content.push(blockContent(block, fontSize));

  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: margins,
    info: { title: doc.title, creator: '支部标准化', producer: '支部标准化' },
    defaultStyle: { font: FONT_FAMILY, fontSize, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      subtitle: { fontSize, alignment: 'center', margin: [0, 0, 0, 8] },
      h1: { fontSize: 15, bold: true, margin: [0, 10, 0, 6] },
      h2: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize, bold: true, margin: [0, 6, 0, 3] },
      catalogTitle: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      tableHeader: { bold: true, alignment: 'center' },
    },
    header: doc.runningHeader
      ? () => ({
          columns: [
            { text: doc.runningHeader ?? '', alignment: 'left' },
            { text: doc.title, alignment: 'right' },
          ],
          fontSize: 8,
          color: '#555555',
          margin: [margins[0], margins[1] / 2 - 6, margins[2], 0],
        })
      : undefined,
    footer:
      doc.pageNumbers === false
        ? undefined
        : (currentPage: number, pageCount: number) => ({
            text: pageLabel(currentPage, pageCount),
            alignment: 'center',
            fontSize: 9,
            margin: [0, margins[3] / 2 - 6, 0, 0],
          }),
    content,
  };
}

/** Renders a document to PDF bytes. The font is embedded and subset, so the file prints anywhere as is. */
export async function renderPdf(doc: DocSpec): Promise<Buffer> {
  return renderDefinition(toDefinition(doc));
}

/** Renders a raw pdfmake definition with our font; for the toolkit's own special pages (page-number stamps). */
export async function renderDefinition(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: FONT_FAMILY, ...definition.defaultStyle } }).getBuffer();
}
