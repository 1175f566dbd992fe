import type { CalendarDate } from '../time/calendarDate.js';
import { periodsOfYear } from '../time/periods.js';
import type { Finding, FindingStatus } from './finding.js';
import type { Rule } from './rule.js';

export interface CalendarItem {
  date: CalendarDate;
  title: string;
  rule: string;
  status: FindingStatus;
}

const OPEN: readonly FindingStatus[] = ['pending', 'dueSoon', 'unmet'];

/**
 * What falls due in a year for one branch (the 体检 page's calendar and the ICS feed): the deadlines the findings
 * carry (a term's end, a vacancy's fill-by date, also when still far off), the end of every open or missed period, and the periods of the
 * year not begun yet, as `pending`. Met and not-applicable periods are left out: nothing is due for them.
 */
export function calendarOf(findings: readonly Finding[], rules: readonly Rule[], year: number, asOf: CalendarDate): CalendarItem[] {
  const items: CalendarItem[] = [];
  const titles = new Map(rules.map((r) => [r.id, r.title]));
  const seen = new Set<string>();
  for (const f of findings) {
    const title = `${titles.get(f.rule) ?? f.rule}${f.subject ? `（${f.subject.name}）` : ''}`;
    if (f.due && OPEN.includes(f.status)) items.push({ date: f.due, title, rule: f.rule, status: f.status });
    // a deadline not yet near (a term ending in two years) is still on the calendar, as not yet due
    else if (f.due && f.status === 'met' && f.due >= asOf) items.push({ date: f.due, title, rule: f.rule, status: 'pending' });
    for (const r of f.reminders ?? []) {
      if (r >= asOf && r !== f.due) items.push({ date: r, title: `提醒：${title}（${f.due ?? ''}到期）`, rule: f.rule, status: 'pending' });
    }
    seen.add(`${f.rule}/${f.period}`);
  }
  for (const r of rules) {
    if (r.period === 'continuous' || r.scope === 'organ') continue;
    for (const p of periodsOfYear(r.period, year)) {
      const f = findings.find((x) => x.rule === r.id && x.period === p.key);
      if (f && f.status !== 'met' && f.status !== 'notApplicable' && !f.due) {
        items.push({ date: p.end, title: `${r.title}（${p.key}）`, rule: r.id, status: f.status });
      } else if (!f && !seen.has(`${r.id}/${p.key}`) && p.start > asOf) {
        items.push({ date: p.end, title: `${r.title}（${p.key}）`, rule: r.id, status: 'pending' });
      }
    }
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title)));
}
