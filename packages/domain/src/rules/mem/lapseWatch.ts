import type { Evidence } from '../../check/finding.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import { LAPSE_LIMIT_MONTHS, LAPSE_WARN_MONTHS, firstDayOf, lapseWatch, runText, type LapseRun } from '../../lapse/watch.js';

/**
 * MEM-3: the 6-month watch, one finding per 党员 (continuous, judged on the as-of date). At 3 consecutive months
 * without organizational life, dues or assigned work a warning (dueSoon), at 6 unmet with the months listed, so the
 * branch acts (talk, handling, R-DISP-4). The system never changes anyone's status by itself.
 */
export const lapseWatchRule = defineRule({
  id: 'MEM-3.lapse-watch',
  clause: 'MEM-3',
  scope: 'branch',
  title: '党员连续六个月预警',
  basis:
    '本标准：党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党分配的工作，按自行脱党处理（党章第九条）。满三个月即提醒，是本系统的提前预警。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const watch = lapseWatch(branch, ctx.judgeDate, { recordsStartOn: ctx.recordsStartOn, dayEnded: ctx.closed });
    if (watch.length === 0) return [{ status: 'notApplicable', reason: '支部没有党员', message: '支部没有党员，不检查连续六个月情况。' }];
    const talksByPerson = new Map<string, Evidence[]>();
    for (const t of branch.talks) {
      const e: Evidence = { kind: 'talk', id: t.id, label: t.kind === 'admonition' ? '诫勉谈话' : '谈心谈话', date: t.talkedOn };
      talksByPerson.set(t.talkeePersonId, [...(talksByPerson.get(t.talkeePersonId) ?? []), e]);
    }
    // Only members at 3 months or more get a finding of their own; when nobody is, one branch finding says so. A
    // "met" per member would add tens of thousands of findings to a large organ's check and tell nobody anything.
    const watched = watch.filter((w) => w.worst >= LAPSE_WARN_MONTHS);
    if (watched.length === 0) {
      return [{ status: 'met', message: `全支部${watch.length}名党员均没有连续三个月以上未参加组织生活、未交纳党费或未完成分配工作的情况。` }];
    }
    return watched.map(({ person: p, runs, worst }): Verdict => {
      const subject = { kind: 'member' as const, id: p.id, name: p.name };
      const long = (Object.values(runs) as LapseRun[]).filter((r) => r.months.length >= LAPSE_WARN_MONTHS);
      const since = long.map((r) => r.months[0] ?? '').reduce((a, b) => (a < b ? a : b));
      const talks = (talksByPerson.get(p.id) ?? []).filter((e) => e.date !== null && e.date >= firstDayOf(since));
      const evidence: Evidence[] = [{ kind: 'member', id: p.id, label: p.name, date: null }, ...talks];
      const what = long.map(runText).join('；');
      if (worst >= LAPSE_LIMIT_MONTHS) {
        return {
          status: 'unmet',
          subject,
          message: `${p.name}${what}，已达六个月，按党章第九条应由支部研究处置（R-DISP-4：支委会提出意见、事前备案、调查核实、党员大会表决、报批）；系统不会自动改变其党籍状态。`,
          evidence,
        };
      }
      return { status: 'dueSoon', subject, message: `${p.name}${what}，请及时谈话提醒、了解情况并记录处理情况。`, evidence };
    });
  },
});
