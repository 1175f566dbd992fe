import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, degrees } from 'pdf-lib';
import { bindVolume, type BoundVolume } from './binding.js';
import { firstPageNumbers, mergePdfs, pageCounts } from './merge.js';
import { renderDefinition, renderPdf } from './pdf.js';
import { pageBreak, paragraph } from './spec.js';
import { stampPageNumbers, topRightPlacement } from './stamp.js';
import { pdfFonts, pdfPagesText } from './testTools.js';

/** A rendered item of `pages` pages, each page saying which item and page it is. */
async function item(title: string, pages: number): Promise<Buffer> {
  const blocks = Array.from({ length: pages }, (_, i) => [paragraph(`${title} 正文第${i + 1}面`), pageBreak()]).flat();
  blocks.pop();
  return renderPdf({ title, blocks, pageNumbers: false });
}

let volume: BoundVolume;
let pages: string[];

describe('bindVolume: items bound behind their 卷内目录', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const parts = await Promise.all([item('党员大会记录', 2), item('支委会记录', 3), item('党课讲稿', 1)]);
    volume = await bindVolume({
      catalogTitle: '研究室党支部2026年组织生活档案卷内目录',
      catalogSubtitle: '全宗名称：XX市人大常委会机关　年度：2026　保管期限：永久',
      runningHeader: 'XX市人大常委会机关　研究室党支部',
      items: [
        { pdf: parts[0] as Buffer, entry: { title: '党员大会记录', responsible: '研究室党支部', date: '2026-01-20' } },
        { pdf: parts[1] as Buffer, entry: { title: '支委会记录', responsible: '研究室党支部', date: '2026-02-11', docNumber: '研支〔2026〕1号' } },
        { pdf: parts[2] as Buffer, entry: { title: '党课讲稿', responsible: '王伟', date: '20260305', secrecy: '' } },
      ],
    });
    pages = await pdfPagesText(volume.pdf);
  }, 120_000);

  it('numbers the items 1, 3, 6 for parts of 2, 3 and 1 pages (the catalog itself is not counted)', () => {
    expect(volume.entries.map((e) => [e.pageCount, e.firstPage])).toEqual([
      [2, 1],
      [3, 3],
      [1, 6],
    ]);
    expect(volume.catalogPages).toBe(1);
    expect(pages).toHaveLength(1 + 2 + 3 + 1);
  });

  it('prints each item on the catalog page with its 页数 and 页号', () => {
    const catalogPage = pages[0] ?? '';
    expect(catalogPage).toContain('研究室党支部2026年组织生活档案卷内目录');
    for (const header of ['序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '页号', '备注']) {
      expect(catalogPage).toContain(header);
    }
    expect(catalogPage).toMatch(/1\s+—\s+—\s+研究室党支部\s+党员大会记录\s+20260120\s+—\s+2\s+1\s+—/);
    expect(catalogPage).toMatch(/2\s+—\s+研支〔2026〕1号\s+研究室党支部\s+支委会记录\s+20260211\s+—\s+3\s+3\s+—/);
    expect(catalogPage).toMatch(/3\s+—\s+—\s+王伟\s+党课讲稿\s+20260305\s+—\s+1\s+6\s+—/);
  });

  it('puts every item page in order and stamps its 页号 on it', () => {
    const expected = [
      ['党员大会记录 正文第1面', 1],
      ['党员大会记录 正文第2面', 2],
      ['支委会记录 正文第1面', 3],
      ['支委会记录 正文第2面', 4],
      ['支委会记录 正文第3面', 5],
      ['党课讲稿 正文第1面', 6],
    ] as const;
    expected.forEach(([text, number], i) => {
      const page = pages[i + 1] ?? '';
      expect(page).toContain(text);
      expect(page.split('\n').find((l) => l.trim() !== '')?.trim()).toBe(String(number));
    });
  });

  it('gives each embedded subset its own tag, as PDF requires, all embedded', async () => {
    const fonts = await pdfFonts(volume.pdf);
    expect(fonts.length).toBeGreaterThan(4);
    expect(new Set(fonts.map((f) => f.name)).size).toBe(fonts.length);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$/);
      expect(font.embedded).toBe(true);
    }
  });
});

describe('merging and page counts', { timeout: 120_000 }, () => {
  it('counts first pages from any start', () => {
    expect(firstPageNumbers([2, 3, 1])).toEqual([1, 3, 6]);
    expect(firstPageNumbers([4, 1], 10)).toEqual([10, 14]);
    expect(firstPageNumbers([])).toEqual([]);
  });

  it('merges parts keeping each page size, and reports the parts page counts', async () => {
    const portrait = await renderPdf({ title: '竖版', blocks: [] });
    const landscape = await renderPdf({ title: '横版', orientation: 'landscape', blocks: [pageBreak(), paragraph('第二页')] });
    expect(await pageCounts([portrait, landscape])).toEqual([1, 2]);
    const merged = await PDFDocument.load(await mergePdfs([portrait, landscape]));
    expect(merged.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])).toEqual([
      [595, 842],
      [842, 595],
      [842, 595],
    ]);
  });

  it('refuses a file that is not a PDF, naming which part', async () => {
    const good = await renderPdf({ title: '好', blocks: [] });
    await expect(mergePdfs([good, Buffer.from('not a pdf at all')])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('第 2 份 PDF 文件'),
    });
  });

  it('refuses an encrypted PDF instead of binding unreadable pages', async () => {
    const locked = await renderDefinition({ content: ['机密'], userPassword: 'secret' });
    await expect(pageCounts([locked])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('已加密'),
    });
  });

  it('stamps numbers on rotated scans upright in the visual top-right corner', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).setRotation(degrees(90));
    const stamped = await stampPageNumbers(await doc.save(), { start: 7 });
    const text = await pdfPagesText(stamped);
    expect(text[0]?.trim()).toBe('7');
  });

  it.each([
    [0, { x: 595 - 20 - 60, y: 842 - 20 - 16, rotate: 0 }],
    [90, { x: 20 + 16, y: 842 - 20 - 60, rotate: 90 }],
    [180, { x: 20 + 60, y: 20 + 16, rotate: 180 }],
    [270, { x: 595 - 20 - 16, y: 20 + 60, rotate: 270 }],
  ] as const)('places the stamp for /Rotate %i', (rotation, expected) => {
    expect(topRightPlacement({ x: 0, y: 0, width: 595, height: 842 }, rotation)).toEqual(expected);
  });
});
