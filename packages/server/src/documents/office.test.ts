import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { catalogFiles, catalogRows } from './catalog.js';
import { writeDocxTable } from './docx.js';
import { withTempDir } from './testTools.js';
import { createXlsxStream, sheetName, writeXlsxTable } from './xlsx.js';

/** One file of a zip (a .docx is one), as text. */
async function zipEntryText(zip: Buffer, name: string): Promise<string> {
  const file = await yauzl.fromBufferPromise(zip, { autoClose: false });
  try {
    for await (const entry of file.eachEntry()) {
      if (entry.fileName === name) {
        const chunks: Buffer[] = [];
        for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }
    }
  } finally {
    file.close();
  }
  throw new Error(`${name} not in zip`);
}

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const columns = [
  { header: '姓名', width: 4 },
  { header: '人员类别', width: 5, align: 'center' as const },
  { header: '党龄', width: 3, align: 'right' as const },
  { header: '备注', width: 10 },
];
const rows = [
  ['王伟', '正式党员', 12, '书记'],
  ['李静', '预备党员', 0, ''],
];

describe('writeXlsxTable', () => {
  it('writes a titled table whose cells read back, numbers as numbers', async () => {
    const book = await readXlsx(
      await writeXlsxTable({ sheet: '党员名单', title: '研究室党支部党员名单', subtitle: '截至 2026年11月24日', columns, rows }),
    );
    const ws = book.getWorksheet('党员名单');
    expect(ws).toBeDefined();
    expect(ws?.getCell('A1').value).toBe('研究室党支部党员名单');
    expect(ws?.getCell('A2').value).toBe('截至 2026年11月24日');
    expect(ws?.getRow(3).values).toEqual([undefined, '姓名', '人员类别', '党龄', '备注']);
    expect(ws?.getRow(4).values).toEqual([undefined, '王伟', '正式党员', 12, '书记']);
    // A data export leaves blanks empty unless told to strike them through.
    expect(ws?.getCell('D5').value).toBeNull();
    expect(ws?.getCell('A4').font?.bold).toBeFalsy();
    expect(ws?.getCell('A3').font?.bold).toBe(true);
    expect(ws?.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('strikes blank cells through when asked, as printed forms do', async () => {
    const book = await readXlsx(await writeXlsxTable({ sheet: 'x', columns, rows, emptyMark: '—' }));
    expect(book.worksheets[0]?.getCell('D3').value).toBe('—');
  });

  it('makes sheet names Excel accepts', () => {
    expect(sheetName('2026/01: 名单[草稿]?')).toBe('2026_01_ 名单_草稿__');
    expect(sheetName('很'.repeat(40))).toHaveLength(31);
    expect(sheetName('  ')).toBe('Sheet1');
  });
});

describe('createXlsxStream', { timeout: 120_000 }, () => {
  it('streams 5,000 rows to a file that reads back whole', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'big.xlsx');
      const output = createWriteStream(path);
      const writer = createXlsxStream({ output, sheet: '全部党员', columns });
      for (let i = 0; i < 5000; i++) writer.addRow([`党员${i}`, i % 2 ? '正式党员' : '预备党员', i % 50, null]);
      await writer.finish();
      await finished(output);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path);
      const ws = book.getWorksheet('全部党员');
      expect(ws?.rowCount).toBe(5001);
      expect(ws?.getRow(1).values).toEqual([undefined, '姓名', '人员类别', '党龄', '备注']);
      expect(ws?.getRow(5001).values).toEqual([undefined, '党员4999', '正式党员', 49]);
    });
  });
});

describe('writeDocxTable', () => {
  it('writes a Word file holding the Chinese title, the header row marked to repeat, and "—" for blanks', async () => {
    const docx = await writeDocxTable({ title: '研究室党支部党员名单', subtitle: '截至 2026年11月24日', columns, rows });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = await zipEntryText(docx, 'word/document.xml');
    expect(xml).toContain('研究室党支部党员名单');
    expect(xml).toContain('截至 2026年11月24日');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('预备党员');
    expect(xml).toContain('>—<');
    // Word embeds no fonts: the default names one every Chinese Windows and WPS has.
    expect(await zipEntryText(docx, 'word/styles.xml')).toContain('w:eastAsia="宋体"');
  });

  it('turns the page for landscape tables', async () => {
    const xml = await zipEntryText(await writeDocxTable({ columns, rows, orientation: 'landscape' }), 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });
});

describe('catalogFiles: the 卷内目录 as .docx and .xlsx (forms.md §9)', () => {
  const entries = [
    { archiveCode: 'Z001-WS·2026-Y-ZZ-0001', title: '党员大会记录', responsible: '研究室党支部', date: '2026-01-20', pageCount: 2, firstPage: 1 },
    { title: '[党课签到表照片]', responsible: '王伟', date: '20260305', pageCount: 1, firstPage: 3, note: '照片' },
  ];

  it('has the DA/T 22-2015 columns plus 页号, dates in 8 digits', () => {
    expect(catalogRows(entries)).toEqual([
      [1, 'Z001-WS·2026-Y-ZZ-0001', undefined, '研究室党支部', '党员大会记录', '20260120', undefined, 2, 1, undefined],
      [2, undefined, undefined, '王伟', '[党课签到表照片]', '20260305', undefined, 1, 3, '照片'],
    ]);
  });

  it('writes both files with the same lines', async () => {
    const files = await catalogFiles({ title: '研究室党支部2026年组织生活档案卷内目录', subtitle: '保管期限：永久', entries });
    const ws = (await readXlsx(files.xlsx)).getWorksheet('卷内目录');
    expect(ws?.getCell('A1').value).toBe('研究室党支部2026年组织生活档案卷内目录');
    expect(ws?.getRow(3).values).toEqual([
      undefined, '序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '页号', '备注',
    ]);
    expect(ws?.getRow(4).values).toEqual([
      undefined, 1, 'Z001-WS·2026-Y-ZZ-0001', '—', '研究室党支部', '党员大会记录', '20260120', '—', 2, 1, '—',
    ]);
    expect(ws?.getRow(5).values).toEqual([undefined, 2, '—', '—', '王伟', '[党课签到表照片]', '20260305', '—', 1, 3, '照片']);
    expect(ws?.pageSetup.orientation).toBe('landscape');

    const xml = await zipEntryText(files.docx, 'word/document.xml');
    for (const text of ['研究室党支部2026年组织生活档案卷内目录', '页号', '党员大会记录', '[党课签到表照片]', '20260305']) {
      expect(xml).toContain(text);
    }
  });
});
