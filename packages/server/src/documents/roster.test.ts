import { existsSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleRosterRows } from './fixtures.js';
import { ROSTER_HEADERS, rosterCells, rosterPdf } from './roster.js';
import { pdfFonts, pdfPageSizes, pdfPagesText, pdfToPng, withTempDir } from './testTools.js';

const rows = sampleRosterRows(60);
let pdf: Buffer;
let pages: string[];

describe('rosterPdf: the printable 党员花名册 (forms.md §2c)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    pdf = await rosterPdf({ organName: 'XX市人大常委会机关', branchName: '办公厅第一党支部', asOf: '2026-11-24', rows });
    pages = await pdfPagesText(pdf);
  }, 120_000);

  it('spans several A4 landscape pages and stays small (the font is subset)', async () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const sizes = await pdfPageSizes(pdf);
    expect(sizes).toHaveLength(pages.length);
    for (const size of sizes) expect(size).toEqual({ width: 842, height: 595 });
    expect(pdf.length).toBeLessThan(500_000);
  });

  it('embeds its only font, so no system font is needed to read it', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/NotoSansCJKsc/);
      expect(font.embedded).toBe(true);
    }
  });

  it('has the Chinese title, 截至日期 and every name as extractable text', () => {
    const all = pages.join('\n');
    expect(pages[0]).toContain('办公厅第一党支部党员花名册');
    expect(pages[0]).toContain('截至 2026年11月24日');
    expect(pages[0]).toContain('共 60 人');
    for (const row of rows) expect(all).toContain(row.name);
    // Compound surnames and less common characters come through intact.
    expect(all).toContain('欧阳');
    expect(all).toContain('亓');
  });

  it('numbers pages "第 N 页 / 共 M 页" and repeats the header row on every page', () => {
    const total = pages.length;
    pages.forEach((text, i) => {
      expect(text).toContain(`第 ${i + 1} 页 / 共 ${total} 页`);
      for (const header of ['序号', '公民身份号码', '入党时间', '党内职务', '联系电话']) expect(text).toContain(header);
      expect(text).toContain('XX市人大常委会机关');
    });
    expect(pages[1]).toContain('第 2 页');
  });

  it('prints rows in order with their serial numbers, ID numbers as given, and "—" for blank fields', () => {
    const all = pages.join('\n');
    const line = (name: string) => all.split('\n').find((l) => l.includes(name) && /\d{4}-\d{2}/.test(l)) ?? '';
    const probationary = rows[4];
    expect(probationary?.category).toBe('预备党员');
    const probationaryLine = line(probationary?.name ?? '?');
    expect(probationaryLine).toMatch(/^\s*5\s/);
    expect(probationaryLine).toContain('预备党员');
    // 转正时间 of a probationary member is blank and prints "—".
    expect(probationaryLine).toContain('—');
    expect(all).toContain(rows[1]?.idNumber ?? '?');
    expect(all).toContain(rows[0]?.idNumber ?? '?');
    expect(all).toMatch(/^\s*60\s/m);
  });

  it('renders page 1 to a PNG', async () => {
    await withTempDir(async (dir) => {
      const [png] = await pdfToPng(pdf, dir, { dpi: 60, first: 1, last: 1 });
      expect(png && existsSync(png)).toBe(true);
      expect(statSync(png ?? '').size).toBeGreaterThan(10_000);
    });
  });

  it('gives the same cells to Excel and Word exports as it prints', () => {
    expect(ROSTER_HEADERS).toEqual([
      '序号', '姓名', '性别', '民族', '出生年月', '学历', '公民身份号码', '人员类别',
      '入党时间', '转正时间', '工作岗位', '党内职务', '联系电话', '备注',
    ]);
    const cells = rosterCells(rows.slice(0, 2));
    expect(cells[0]?.[0]).toBe('1');
    expect(cells[1]?.[1]).toBe(rows[1]?.name);
    expect(cells[0]).toHaveLength(14);
  });
});
