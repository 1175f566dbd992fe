import { describe, expect, it } from 'vitest';
import { ARCHIVE_CATEGORIES, archiveFileName, uploadKind } from './categories.js';
import { catalogDate, layoutVolume, type ArchiveItem } from './catalog.js';

const item = (pages: number, o: Partial<ArchiveItem> = {}): ArchiveItem => ({ title: '支部党员大会记录', kindLabel: '“三会一课”记录', date: '2026-03-15', docNo: null, responsible: '第一党支部', pages, note: null, ...o });

describe('LED-2..8 archive categories', () => {
  it('one category per clause LED-1..8, each with its file name', () => {
    expect(ARCHIVE_CATEGORIES.map((c) => c.clause)).toEqual(['LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5', 'LED-6', 'LED-7', 'LED-8']);
    expect(archiveFileName(ARCHIVE_CATEGORIES[3]!)).toBe('LED-4-组织生活档案.pdf');
    expect(archiveFileName(ARCHIVE_CATEGORIES[2]!, 'docx')).toBe('LED-3-党员管理档案.docx');
  });
  it('LED-2..7 are bound yearly; record books and 党费证 are kept as they are', () => {
    expect(ARCHIVE_CATEGORIES.filter((c) => c.boundYearly).map((c) => c.clause)).toEqual(['LED-2', 'LED-3', 'LED-4', 'LED-5', 'LED-6', 'LED-7']);
  });
  it('uploads go only into the kinds that exist on paper; records are never uploaded', () => {
    expect(uploadKind('life', 'lectureScript')?.label).toBe('党课讲稿');
    expect(uploadKind('life', 'meeting')).toBeUndefined();
    expect(uploadKind('nope', 'other')).toBeUndefined();
    expect(uploadKind('education', 'higherDocument')?.source).toBe('upload');
  });
  it('every category has at least one kind, with keys unique inside it', () => {
    for (const c of ARCHIVE_CATEGORIES) {
      expect(c.items.length, c.key).toBeGreaterThan(0);
      expect(new Set(c.items.map((i) => i.key)).size, c.key).toBe(c.items.length);
    }
  });
});

describe('LED-2..7 卷内文件目录 (forms.md §9b)', () => {
  it('numbers the items’ pages from 1 after the cover and the catalog', () => {
    const v = layoutVolume([item(1), item(3), item(2)], { coverPages: 1, rowsPerCatalogPage: 20 });
    expect(v.rows.map((r) => r.pageRange)).toEqual(['1', '2-4', '5-6']);
    expect(v).toMatchObject({ catalogPages: 1, frontPages: 2, itemPages: 6 });
  });
  it('a long catalog takes more pages, the items’ page numbers do not move', () => {
    const items = Array.from({ length: 41 }, () => item(1));
    const v = layoutVolume(items, { coverPages: 1, rowsPerCatalogPage: 20 });
    expect(v.catalogPages).toBe(3);
    expect(v.frontPages).toBe(4);
    expect(v.rows[40]).toMatchObject({ seq: 41, pageRange: '41', firstPage: 41 });
  });
  it('an empty volume still has a catalog page', () => {
    expect(layoutVolume([], { coverPages: 1, rowsPerCatalogPage: 20 })).toMatchObject({ catalogPages: 1, frontPages: 2, itemPages: 0, rows: [] });
  });
  it('dates in 8 digits; an item without a title gets its kind in brackets (DA/T 22)', () => {
    const v = layoutVolume([item(1, { title: null, date: '2026-01-05', docNo: '机关党委〔2026〕3号' }), item(1, { title: '  ', date: null })], { coverPages: 1, rowsPerCatalogPage: 20 });
    expect(v.rows[0]).toMatchObject({ title: '[“三会一课”记录]', date: '20260105', docNo: '机关党委〔2026〕3号' });
    expect(v.rows[1]).toMatchObject({ title: '[“三会一课”记录]', date: '' });
    expect(catalogDate('2024-03-15')).toBe('20240315');
  });
  it('an item of no pages is a programming error, not a silent gap', () => {
    expect(() => layoutVolume([item(0)], { coverPages: 1, rowsPerCatalogPage: 20 })).toThrow(/no pages/);
  });
});
