import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';
import { renderSections } from './sections.js';
import { pageBreak, paragraph, table, type DocSpec } from './spec.js';
import { pdfPageSizes, pdfPagesText } from './testTools.js';

const long: DocSpec = { title: '支部党员大会记录', runningHeader: '机关　第一党支部', blocks: [paragraph('会议内容'), pageBreak(), paragraph('第二页的决议')] };
const wide: DocSpec = { title: '谈心谈话汇总台账', orientation: 'landscape', fontSize: 9, blocks: [table([{ header: '谈话人' }, { header: '谈话对象' }], [['张三', '李四']])] };
const bare: DocSpec = { title: '组织关系介绍信', pageNumbers: false, blocks: [paragraph('王五同志系中共正式党员')] };

describe('renderSections: many documents in one render', () => {
  it('each document keeps its pages, orientation and its own "第 N 页 / 共 M 页"', async () => {
    const { pdf, pages } = await renderSections([long, wide, bare]);
    expect(pages).toEqual([[0, 1], [2], [3]]);
    const text = (await pdfPagesText(pdf)).map((t) => t.replace(/\s+/g, ''));
    expect(text).toHaveLength(4);
    expect(text[0]).toContain('支部党员大会记录');
    expect(text[0]).toContain('第1页/共2页');
    expect(text[1]).toContain('第二页的决议');
    expect(text[1]).toContain('第2页/共2页');
    expect(text[2]).toContain('张三');
    expect(text[2]).toContain('第1页/共1页');
    expect(text[3]).toContain('王五同志');
    expect(text[3]).not.toContain('第1页');
    const sizes = await pdfPageSizes(pdf);
    expect(sizes[2]!.width).toBeGreaterThan(sizes[2]!.height);
    expect(sizes[0]!.width).toBeLessThan(sizes[0]!.height);
  });
  it('takes as many pages as rendering each alone', async () => {
    const alone = await Promise.all([long, wide, bare].map(async (s) => (await pdfPageSizes(await renderPdf(s))).length));
    const { pages } = await renderSections([long, wide, bare]);
    expect(pages.map((p) => p.length)).toEqual(alone);
    expect((await renderSections([])).pages).toEqual([]);
  });
});
