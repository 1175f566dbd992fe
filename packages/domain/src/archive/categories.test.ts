import { describe, expect, it } from 'vitest';
import { ARCHIVE_CATEGORIES, archiveFileName, itemTitle, uploadKind } from './categories.js';

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

describe('LED-2..7 catalog titles (forms.md §9a)', () => {
  it('an item keeps its own title; one without gets its kind in brackets', () => {
    const kind = ARCHIVE_CATEGORIES[3]!.items[0]!;
    expect(itemTitle(' 支部党员大会记录 ', kind)).toBe('支部党员大会记录');
    expect(itemTitle(null, kind)).toBe('[“三会一课”记录]');
    expect(itemTitle('  ', kind)).toBe('[“三会一课”记录]');
  });
});
