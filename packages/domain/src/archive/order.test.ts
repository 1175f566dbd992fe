import { describe, expect, it } from 'vitest';
import { DUES_CARDS_FILE_NAME, orderVolumeItems, recordBookFileName } from './order.js';

const it_ = (kind: string, source: 'record' | 'upload', date?: string | null, id = `${kind}-${date ?? ''}`) => ({ id, kind, source, date });

describe('orderVolumeItems (records first, uploads second, in the category order)', () => {
  it('LED-4: meetings, then theme days, then uploaded reports, then the 组织生活会, talks and 民主评议', () => {
    const items = [it_('appraisal', 'record', '2026-12-20'), it_('secretaryReport', 'upload', '2026-01-10'), it_('talk', 'record', '2026-03-01'), it_('themeDay', 'record', '2026-02-05'), it_('meeting', 'record', '2026-06-01'), it_('meeting', 'record', '2026-01-08'), it_('lifeMeeting', 'record', '2026-01-20')];
    expect(orderVolumeItems('life', items).map((x) => x.id)).toEqual(['meeting-2026-01-08', 'meeting-2026-06-01', 'themeDay-2026-02-05', 'secretaryReport-2026-01-10', 'lifeMeeting-2026-01-20', 'talk-2026-03-01', 'appraisal-2026-12-20']);
  });
  it('inside one kind the records come before the uploads, whatever their dates', () => {
    const items = [it_('other', 'upload', '2026-01-01', 'u'), it_('other', 'record', '2026-12-31', 'r')];
    expect(orderVolumeItems('life', items).map((x) => x.id)).toEqual(['r', 'u']);
  });
  it('undated items go after the dated ones of their kind; equal items keep the order given', () => {
    const items = [it_('plan', 'upload', null, 'a'), it_('plan', 'upload', '2026-05-01', 'b'), it_('plan', 'upload', null, 'c'), it_('plan', 'upload', '2026-05-01', 'd')];
    expect(orderVolumeItems('education', items).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
  it('a kind the category does not list goes last; an empty list stays empty; the input is not changed', () => {
    const items = [it_('mystery', 'upload', '2026-01-01', 'x'), it_('roster', 'record', '2026-12-31', 'r')];
    const copy = [...items];
    expect(orderVolumeItems('members', items).map((x) => x.id)).toEqual(['r', 'x']);
    expect(items).toEqual(copy);
    expect(orderVolumeItems('members', [])).toEqual([]);
  });
  it('LED-3 follows the standard: roster, transfers, dues, development, awards (uploaded), hardship', () => {
    const items = ['hardship', 'award', 'development', 'duesLedger', 'transfer', 'roster'].map((k) => it_(k, k === 'award' ? 'upload' : 'record', '2026-06-01', k));
    expect(orderVolumeItems('members', items).map((x) => x.id)).toEqual(['roster', 'transfer', 'duesLedger', 'development', 'award', 'hardship']);
  });
});

describe('LED-1 and LED-8 file names (contracts §6)', () => {
  it('the branch book, a group book, the 党费证', () => {
    expect(recordBookFileName()).toBe('LED-1-会议记录本.pdf');
    expect(recordBookFileName(null)).toBe('LED-1-会议记录本.pdf');
    expect(recordBookFileName(' 第一党小组 ')).toBe('LED-1-会议记录本-第一党小组.pdf');
    expect(recordBookFileName('一组/二组')).toBe('LED-1-会议记录本-一组_二组.pdf');
    expect(DUES_CARDS_FILE_NAME).toBe('LED-8-党费证.pdf');
  });
});
