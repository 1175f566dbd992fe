import { defineRule, type RuleContext, type Verdict } from '../../check/rule.js';
import type { BranchFacts } from '../../check/facts.js';
import { missingVenueItems, venueConfirmed, VENUE_KIND_LABELS, type VenueKind } from '../../venues/checklist.js';
import { notYet } from '../life/common.js';

/** The venues of a kind in use on the judge date (retired ones served only until their retirement). */
const inUse = (branch: BranchFacts, kind: VenueKind, date: string) =>
  branch.venues.venues.filter((v) => v.kind === kind && (v.retiredOn === null || v.retiredOn > date));

/**
 * VEN-1 / VEN-2 (◐, advisory): a venue of `kind` (own or shared) whose required items are ticked by the branch with
 * at least one photo each. The 机关党委's confirmation is shown, but the tick with its photo is what is read; the
 * check is yearly, since the 机关党委 confirms these items in its annual assessment.
 */
export function judgeVenue(branch: BranchFacts, kind: VenueKind, ctx: RuleContext): Verdict {
  const date = ctx.judgeDate;
  const what = VENUE_KIND_LABELS[kind];
  const venues = inUse(branch, kind, date);
  const evidence = venues.map((v) => ({ kind: 'branch' as const, id: branch.id, label: `${VENUE_KIND_LABELS[v.kind]}：${v.name}${v.shared ? '（共用）' : ''}`, date: null }));
  if (venues.length === 0) return notYet(ctx, `支部没有登记${what}（自有或共用）。`, `请登记支部的${what}（自有或共用）并逐项打勾上传照片`);
  const judged = venues.map((v) => ({ v, missing: missingVenueItems(kind, v.items, date) }));
  const done = judged.find((j) => j.missing.length === 0);
  if (done) {
    const confirmed = venueConfirmed(kind, done.v.items, date) ? '已确认' : '待机关党委确认';
    return { status: 'met', message: `${what}“${done.v.name}”${done.v.shared ? '（共用）' : ''}必备项目均已打勾并附照片（${confirmed}）。`, evidence };
  }
  const best = judged.reduce((a, b) => (b.missing.length < a.missing.length ? b : a));
  const list = best.missing.map((d) => d.label).join('、');
  return notYet(ctx, `${what}“${best.v.name}”尚缺：${list}（每项打勾并附照片）。`, `${what}“${best.v.name}”尚缺：${list}，请逐项打勾并上传照片`, { evidence });
}

export const activityRoom = defineRule({
  id: 'VEN-1.activity-room',
  clause: 'VEN-1',
  scope: 'branch',
  title: '党员活动室一牌一旗二板',
  basis: '本标准：党员活动室做到“一牌一旗二板”，有条件的设置门牌，悬挂党旗，设置共性展板和个性展板；可配备书柜、荣誉展示柜、资料架。',
  source: 'standard',
  severity: 'advisory',
  period: 'year',
  params: ['window.year'],
  evaluate: (branch, _params, ctx) => [judgeVenue(branch, 'activityRoom', ctx)],
});
