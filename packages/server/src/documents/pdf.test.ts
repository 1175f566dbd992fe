import { beforeAll, describe, expect, it } from 'vitest';
import { pageLabel, renderPdf, toDefinition } from './pdf.js';
import { catalog, heading, keyValue, pageBreak, paragraph, signatures, table, type DocSpec } from './spec.js';
import { cellText, chineseDate } from './text.js';
import { pdfPageSizes, pdfPagesText } from './testTools.js';

const spec: DocSpec = {
  title: '支部委员会会议记录',
  subtitle: '2026年第3次',
  runningHeader: 'XX市人大常委会机关　研究室党支部',
  blocks: [
    catalog(),
    pageBreak(),
    heading('一、会议基本情况'),
    keyValue([
      ['时间', '2026-03-15 14:30'],
      ['地点', '机关三楼党员活动室'],
      ['主持人', '王伟'],
      ['记录人', ''],
    ]),
    pageBreak(),
    heading('二、出席情况'),
    table(
      [
        { header: '姓名', width: 80 },
        { header: '出席情况', width: 80, align: 'center' },
        { header: '备注' },
      ],
      [
        ['王伟', '出席', null],
        ['李静', '请假', '因公出差'],
      ],
    ),
    heading('（一）议题', { level: 2, inCatalog: false }),
    paragraph('研究确定本年度发展党员计划。'),
    pageBreak(),
    heading('三、会议决定'),
    paragraph('同意将张洋同志列为发展对象。'),
    signatures('主持人签字', '记录人签字'),
  ],
};

let pages: string[];

describe('renderPdf', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    pages = await pdfPagesText(await renderPdf(spec));
  }, 120_000);

  it('lays out one page per section, A4 portrait by default', async () => {
    expect(pages).toHaveLength(4);
    const sizes = await pdfPageSizes(await renderPdf({ ...spec, orientation: 'landscape' }));
    expect(sizes[0]).toEqual({ width: 842, height: 595 });
  });

  it('prints a catalog (目录) listing each marked heading with the page it starts on', () => {
    const toc = pages[0] ?? '';
    expect(toc).toContain('目录');
    expect(toc).toMatch(/一、会议基本情况\s+2\s*$/m);
    expect(toc).toMatch(/二、出席情况\s+3\s*$/m);
    expect(toc).toMatch(/三、会议决定\s+4\s*$/m);
    // A heading left out of the catalog is not listed.
    expect(toc).not.toContain('（一）议题');
  });

  it('repeats the running header and numbers every page', () => {
    pages.forEach((text, i) => {
      expect(text).toContain('研究室党支部');
      expect(text).toContain(`第 ${i + 1} 页 / 共 4 页`);
    });
  });

  it('prints key-value pairs, tables with "—" for blanks, and signature lines', () => {
    expect(pages[1]).toMatch(/主持人：\s*王伟/);
    expect(pages[1]).toMatch(/记录人：\s*—/);
    expect(pages[2]).toMatch(/王伟\s+出席\s+—/);
    expect(pages[2]).toMatch(/李静\s+请假\s+因公出差/);
    expect(pages[3]).toContain('主持人签字：＿＿');
    expect(pages[3]).toContain('记录人签字：＿＿');
  });

  it('leaves page numbers off when asked', () => {
    expect(toDefinition({ ...spec, pageNumbers: false }).footer).toBeUndefined();
    expect(pageLabel(2, 5)).toBe('第\u20022\u2002页\u2002/\u2002共\u20025\u2002页');
  });
});

describe('print text rules', () => {
  it.each([
    [undefined, '—'],
    [null, '—'],
    ['', '—'],
    ['   ', '—'],
    ['无', '无'],
    [0, '0'],
    [12, '12'],
  ])('cellText(%j) is %j', (value, printed) => {
    expect(cellText(value)).toBe(printed);
  });

  it('writes ISO dates the Chinese way and leaves other text alone', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(chineseDate('2026年3月')).toBe('2026年3月');
  });
});
