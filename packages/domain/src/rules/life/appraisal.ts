import type { AppraisalStep } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { notYet, periodCn, yearOfPeriod } from './common.js';

const STEP_LABELS: Record<Exclude<AppraisalStep, 'done'>, string> = {
  selfReview: '个人自评',
  peerReview: '党员互评',
  ballot: '民主测评',
  grading: '组织评定',
};

/** LIFE-9: 民主评议党员 once a year, through its four steps; done when 组织评定 is complete. */
export const appraisal = defineRule({
  id: 'LIFE-9.appraisal',
  clause: 'LIFE-9',
  scope: 'branch',
  title: '每年开展民主评议党员',
  basis: '对照《党章》标准，按照个人自评、党员互评、民主测评、组织评定的程序，对党员表现进行客观公正评价，每年进行一次，根据民主评议情况和党员日常表现，确定评议等次。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const year = yearOfPeriod(ctx.period);
    const when = periodCn(ctx.period);
    const a = branch.appraisals.find((x) => x.year === year);
    if (!a) return [notYet(ctx, '没有开展民主评议党员的记录（每年1次）；如已开展，请补录。', '尚未开展民主评议党员')];
    if (a.step === 'done') {
      return [
        {
          status: 'met',
          message: `${when}民主评议党员已完成组织评定（评议党员${a.memberCount}人）。`,
          evidence: [{ kind: 'appraisal', id: a.id, label: `${year}年度民主评议党员`, date: a.gradedOn }],
        },
      ];
    }
    const step = STEP_LABELS[a.step];
    const evidence = [{ kind: 'appraisal' as const, id: a.id, label: `${year}年度民主评议党员（${step}）`, date: a.startedOn }];
    if (ctx.closed) {
      return [{ status: 'unmet', message: `${when}民主评议党员停在“${step}”环节，未完成组织评定；请完成余下程序。`, evidence }];
    }
    return [{ status: 'pending', message: `${when}民主评议党员正在进行，目前在“${step}”环节。`, evidence, due: ctx.period.end }];
  },
});
