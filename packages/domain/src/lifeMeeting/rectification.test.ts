import { describe, expect, it } from 'vitest';
import { isOverdue, rectificationProblems, rectificationSummary, type RectificationState } from './rectification.js';

const TODAY = '2026-11-24';
const open: RectificationState = { status: 'open', deadline: '2026-12-31', progress: null, closedOn: null, carryReason: null };

describe('rectificationProblems (LIFE-7)', () => {
  it.each<[string, RectificationState | null, Partial<RectificationState>, boolean, string[]]>([
    ['a new open item', null, {}, false, []],
    ['closed with date and progress', open, { status: 'closed', closedOn: TODAY, progress: '已建立制度' }, false, []],
    ['closed without a date', open, { status: 'closed', progress: '已完成' }, false, ['销号须填写完成日期']],
    ['closed tomorrow', open, { status: 'closed', closedOn: '2026-11-25', progress: '已完成' }, false, ['完成日期（2026-11-25）晚于今天']],
    ['closed without progress', open, { status: 'closed', closedOn: TODAY }, false, ['销号须填写整改完成情况']],
    ['carried over without reason', open, { status: 'carriedOver', carryReason: ' ' }, false, ['转为持续整改须填写原因']],
    ['reopened by someone else', { ...open, status: 'closed', closedOn: TODAY, progress: 'x' }, { progress: 'y' }, false, ['只有机关党委管理员或本支部书记、副书记、组织委员可以重新打开已销号的整改事项']],
    ['reopened by a lead without new progress', { ...open, status: 'closed', closedOn: TODAY, progress: 'x' }, { progress: 'x' }, true, ['重新打开已销号的整改事项须说明整改进展']],
    ['reopened by a lead with progress', { ...open, status: 'closed', closedOn: TODAY, progress: 'x' }, { progress: '发现反弹，继续整改' }, true, []],
  ])('%s', (_n, before, change, mayReopen, expected) => {
    expect(rectificationProblems(before, { ...open, ...change }, { today: TODAY, mayReopen })).toEqual(expected);
  });
});

describe('rectificationSummary', () => {
  it('is complete only with items and none open; overdue is open past the deadline', () => {
    expect(rectificationSummary([], TODAY)).toEqual({ summary: { open: 0, closed: 0, carriedOver: 0, overdue: 0 }, complete: false });
    const items = [
      { status: 'open' as const, deadline: '2026-11-23' },
      { status: 'closed' as const, deadline: '2026-01-01' },
    ];
    expect(rectificationSummary(items, TODAY)).toEqual({ summary: { open: 1, closed: 1, carriedOver: 0, overdue: 1 }, complete: false });
    expect(rectificationSummary([items[1]!, { status: 'carriedOver', deadline: '2026-01-01' }], TODAY).complete).toBe(true);
    expect(isOverdue({ status: 'open', deadline: TODAY }, TODAY)).toBe(false);
  });
});
