import type { Content, DynamicContent, Style, TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderDefinition, toDefinition } from './pdf.js';
import type { DocSpec } from './spec.js';

/**
 * Many documents in one render (a bound volume's 100 meeting records): each spec becomes a pdfmake section — its
 * own pages, orientation, running header and "第 N 页 / 共 M 页" counted inside the document — and the pages each
 * one took are returned, so a caller can copy every document's pages where it needs them. One render embeds the CJK
 * font once: rendering documents one by one costs about 0.1 s each, mostly setting up that font.
 */
export interface RenderedSections {
  pdf: Buffer;
  /** per spec, in order: its page indices (0-based) in `pdf` */
  pages: number[][];
}

/** The styles whose size follows the document's base size (pdf.ts), renamed per size inside a section. */
const SIZED_STYLES = new Set(['subtitle', 'h3']);

export async function renderSections(specs: readonly DocSpec[]): Promise<RenderedSections> {
  if (specs.length === 0) return { pdf: Buffer.alloc(0), pages: [] };
  const pages: number[][] = specs.map(() => []);
  const styles: Record<string, Style> = {};
  let base: TDocumentDefinitions | undefined;
  const sections: Content[] = specs.map((spec, i) => {
    const def = toDefinition(spec);
    base ??= def;
    const size = spec.fontSize ?? 10.5;
    for (const name of SIZED_STYLES) styles[`${name}@${size}`] = (def.styles as Record<string, Style>)[name]!;
    const content = (def.content as Content[]).map((node) => {
      const style = (node as { style?: string }).style;
      return style && SIZED_STYLES.has(style) ? { ...(node as object), style: `${style}@${size}` } : node;
    }) as Content[];
    // Headers are laid out for every page before any footer (pdfmake's addHeadersAndFooters): the header getter
    // learns which pages the section took, and the footer counts inside them.
    const header = def.header as DynamicContent | undefined;
    const footer = def.footer as DynamicContent | undefined;
    return {
      section: [{ stack: content, fontSize: size, lineHeight: 1.2 }],
      pageOrientation: spec.orientation ?? 'portrait',
      pageMargins: def.pageMargins,
      header: (page: number, count: number, size2: never) => {
        if (!pages[i]!.includes(page - 1)) pages[i]!.push(page - 1);
        return header ? header(page, count, size2) : null;
      },
      footer: footer ? (page: number, _count: number, size2: never) => footer(pages[i]!.indexOf(page - 1) + 1, pages[i]!.length, size2) : null,
    } as unknown as Content;
  });
  const pdf = await renderDefinition({ ...base!, info: { title: specs[0]!.title, creator: '支部标准化', producer: '支部标准化' }, header: undefined, footer: undefined, styles: { ...base!.styles, ...styles }, content: sections });
  return { pdf, pages };
}
