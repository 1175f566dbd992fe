import { describe, expect, it } from 'vitest';
import { pageBreak, paragraph, renderPdf } from '../../documents/index.js';
import { pdfPagesText } from '../../documents/testTools.js';
import { bindCategory, renderParts } from './bind.js';

// a 1×1 PNG: a photographed page
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const flat = (s: string) => s.replace(/\s+/g, '');

describe('bindCategory: records rendered in one go, uploads merged, 页号 in the catalog and on the pages', () => {
  it('a 2-page record, an uploaded 1-page PDF and a photo start on 页号 1, 3 and 4, each page stamped', async () => {
    const upload = await renderPdf({ title: '上级重要文件', blocks: [paragraph('文件正文')] });
    const v = await bindCategory({
      organName: '测试机关',
      branchName: '第一党支部',
      year: 2026,
      category: 'life',
      items: [
        { entry: { title: '支部党员大会记录：学习', date: '2026-03-10', responsible: '第一党支部' }, parts: [{ spec: { title: '支部党员大会记录', pageNumbers: false, blocks: [paragraph('第一页'), pageBreak(), paragraph('第二页')] } }] },
        { entry: { title: '党课讲稿', date: '2026-04-01' }, parts: [{ pdf: upload }] },
        { entry: { title: '[其他组织生活材料]' }, parts: [{ image: PNG }] },
      ],
    });
    expect(v.entries.map((e) => [e.firstPage, e.pageCount])).toEqual([[1, 2], [3, 1], [4, 1]]);
    expect(v).toMatchObject({ items: 3, pages: 4 });
    const pages = await pdfPagesText(v.pdf);
    // cover, catalog, then the four item pages
    expect(pages).toHaveLength(6);
    expect(flat(pages[0]!)).toContain('组织生活档案');
    expect(flat(pages[1]!)).toMatch(/支部党员大会记录：学习.*20260310/);
    expect(flat(pages[1]!)).toMatch(/党课讲稿20260401—13—/);
    expect(flat(pages[2]!)).toContain('第一页');
    expect(pages[2]).toMatch(/\b1\b/);
    expect(flat(pages[3]!)).toContain('第二页');
    expect(pages[3]).toMatch(/\b2\b/);
    expect(flat(pages[4]!)).toContain('文件正文');
    expect(pages[4]).toMatch(/\b3\b/);
    expect(pages[5]!.trim()).toBe('4');
  });

  it('an empty category binds a cover and a catalog saying 无; a part that is no PDF is refused by name', async () => {
    const v = await bindCategory({ organName: '测试机关', branchName: '第一党支部', year: 2026, category: 'excellence', items: [] });
    expect(v).toMatchObject({ items: 0, pages: 0 });
    const pages = await pdfPagesText(v.pdf);
    expect(pages).toHaveLength(2);
    expect(flat(pages[1]!)).toContain('无（2026年度本类目没有归档材料）');
    await expect(renderParts([{ pdf: Buffer.from('not a pdf'), label: '附件「坏.pdf」' }])).rejects.toThrow(/附件「坏.pdf」无法读取/);
  });
});
