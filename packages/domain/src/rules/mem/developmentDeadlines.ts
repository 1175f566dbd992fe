import { defineRule, type Verdict } from '../../check/rule.js';
import { deadlinesOf, type DevDeadline } from '../../development/deadlines.js';
import type { DevFile } from '../../development/file.js';
import type { DevelopmentFileFact } from '../../development/facts.js';
import type { CalendarDate } from '../../time/calendarDate.js';

/** The file as it stood on a date: the steps done by then; stopped or confirmed only once that had happened. */
function fileOn(f: DevelopmentFileFact, d: CalendarDate): DevFile | null {
  const steps = f.steps.filter((s) => s.doneOn <= d).map((s) => ({ step: s.step, doneOn: s.doneOn, data: s.data ?? {} }));
  if (steps.length === 0) return null;
  const finished = steps.some((s) => s.step === 25);
  const stopped = f.status === 'stopped' && (f.stoppedOn ?? steps.at(-1)!.doneOn) <= d;
  return { ruleVersion: f.ruleVersion, status: stopped ? 'stopped' : finished ? 'confirmed' : 'open', birthDate: null, plannedDepartureOn: null, steps, evaluations: [], notices: [] };
}

const fmt = (x: DevDeadline) => `${x.label}，期限${x.dueOn}`;

/**
 * MEM-1: each open development file keeps its time limits (R-DEV-2 talk within a month, R-DEV-5 assessment every six
 * months, R-DEV-11 approval within 3 months of the meeting, R-DEV-14 oath, R-DEV-13 转正 when the probation ends,
 * R-DEV-15 archiving). One finding per file with the person as subject: `unmet` when an item is overdue, `dueSoon`
 * inside its warning window, `met` otherwise.
 */
export const developmentDeadlines = defineRule({
  id: 'MEM-1.development-deadlines',
  clause: 'MEM-1',
  scope: 'branch',
  title: '发展党员各环节按时限办理',
  basis:
    '《中国共产党发展党员工作细则》：收到入党申请书后一个月内派人谈话；每半年对入党积极分子进行一次考察；上级党委在三个月内审批，特殊情况不超过六个月；预备期满及时讨论转正；本标准：发展党员做到全程记实。',
  source: 'national',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    const yearStart = `${d.slice(0, 4)}-01-01`;
    // open files, and those finished or stopped this year
    const files = branch.development.files
      .map((f) => ({ f, file: fileOn(f, d) }))
      .filter((x) => x.file && (x.file.status === 'open' || (x.f.stoppedOn ?? x.file.steps.at(-1)!.doneOn) >= yearStart));
    if (files.length === 0) return [{ status: 'notApplicable', reason: '没有发展党员档案', message: '支部本期没有进行中的发展党员档案。' }];
    return files.map(({ f, file }): Verdict => {
      const subject = { kind: 'member' as const, id: f.personId, name: f.personName };
      const evidence = [{ kind: 'member' as const, id: f.personId, label: `${f.personName}发展党员档案`, date: file!.steps.at(-1)!.doneOn }];
      if (file!.status !== 'open') return { status: 'met', subject, evidence, message: `${f.personName}的发展党员档案已${file!.status === 'confirmed' ? '办结' : '终止'}。` };
      const items = deadlinesOf(file!, d).filter((x) => x.kind !== 'candidateFrom');
      const overdue = items.filter((x) => x.status === 'overdue');
      const soon = items.filter((x) => x.status === 'dueSoon');
      if (overdue.length) return { status: 'unmet', subject, evidence, due: overdue[0]!.dueOn, message: `${f.personName}：已超期——${overdue.map(fmt).join('；')}。` };
      if (soon.length) return { status: 'dueSoon', subject, evidence, due: soon[0]!.dueOn, reminders: [soon[0]!.warnFrom], message: `${f.personName}：即将到期——${soon.map(fmt).join('；')}。` };
      const next = items[0];
      return { status: 'met', subject, evidence, message: next ? `${f.personName}：各环节按时限办理，下一项${fmt(next)}。` : `${f.personName}：各环节按时限办理。` };
    });
  },
});
