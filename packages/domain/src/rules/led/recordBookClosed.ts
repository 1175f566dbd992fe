import { compareOrdinalNames } from '../../person/ordinalName.js';
import type { BranchFacts, RecordBookFact } from '../../check/facts.js';
import type { Evidence, FindingSubject } from '../../check/finding.js';
import { defineRule, type RuleContext, type Verdict } from '../../check/rule.js';
import { addMonths, type CalendarDate } from '../../time/calendarDate.js';
import { cnDate, num } from '../org/common.js';
import { yearOfPeriod } from '../life/common.js';

/** The groups that held a 党小组会 in `year` (their book of that year must be closed too), by name. */
function groupsMetIn(branch: BranchFacts, year: number): { id: string; name: string }[] {
  const ids = new Set(branch.meetings.filter((m) => m.kind === 'groupMeeting' && m.groupId !== null && m.heldOn.startsWith(`${year}-`)).map((m) => m.groupId as string));
  return [...ids].map((id) => ({ id, name: branch.groups.find((g) => g.id === id)?.name ?? '党小组' })).sort((a, b) => compareOrdinalNames(a.name, b.name));
}

function verdictOf(last: number, book: RecordBookFact | undefined, what: string, deadline: CalendarDate, ctx: RuleContext, subject?: FindingSubject): Verdict {
  const extra = subject ? { subject } : {};
  if (book) {
    const evidence: Evidence[] = [{ kind: 'recordBook', id: book.id, label: `${last}年度${what}`, date: book.handedOverOn ?? book.closedOn }];
    if (book.handedOverOn) return { ...extra, status: 'met', message: `${last}年度${what}已于${book.closedOn}封存，${book.handedOverOn}移交归档。`, evidence };
    return { ...extra, status: 'pending', message: `${last}年度${what}已封存，待移交。`, evidence, due: deadline };
  }
  // the deadline day itself still counts as in time
  if (ctx.judgeDate <= deadline) {
    return { ...extra, status: 'dueSoon', message: `${last}年度${what}尚未封存，请在${cnDate(deadline)}前封存并移交。`, evidence: [], due: deadline };
  }
  return { ...extra, status: 'unmet', message: `${last}年度${what}逾期未封存（应在${cnDate(deadline)}前）；请封存并移交归档。`, evidence: [], due: deadline };
}

/**
 * LED-1: one record book a year, handed over and archived. In year Y the books of Y-1 (the branch's, and each 党小组's
 * that met in Y-1) are closed by `led.recordBookCloseMonths` months after 31 December of Y-1.
 */
export const recordBookClosed = defineRule({
  id: 'LED-1.record-book-closed',
  clause: 'LED-1',
  scope: 'branch',
  title: '上年度会议记录本封存移交',
  basis: '各党支部统一配备专用党支部会议记录本（有党小组的配备党小组会议记录本）……党支部会议记录本和党小组会议记录本应每年一本，做好移交与归档。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['led.recordBookCloseMonths'],
  evaluate(branch, params, ctx) {
    const last = yearOfPeriod(ctx.period) - 1;
    const lastEnd = `${last}-12-31`;
    if (lastEnd < ctx.recordsStartOn) {
      return [{ status: 'notApplicable', reason: '上年度在本系统启用日期之前', message: `${last}年度在本系统启用日期之前，不检查其会议记录本。` }];
    }
    if (branch.foundedOn !== null && branch.foundedOn > lastEnd) {
      return [{ status: 'notApplicable', reason: '上年度支部尚未成立', message: `支部成立于${branch.foundedOn}，没有${last}年度的会议记录本。` }];
    }
    const deadline = addMonths(lastEnd, num(params, 'led.recordBookCloseMonths'));
    const books = branch.recordBooks.filter((b) => b.year === last);
    return [
      verdictOf(last, books.find((b) => b.groupId === null), '党支部会议记录本', deadline, ctx),
      ...groupsMetIn(branch, last).map((g) =>
        verdictOf(last, books.find((b) => b.groupId === g.id), `${g.name}会议记录本`, deadline, ctx, { kind: 'group', id: g.id, name: g.name }),
      ),
    ];
  },
});
