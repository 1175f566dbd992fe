import { describe, expect, it } from 'vitest';
import { buildBranch, buildFacts, fullMembers } from '../rules/testkit.js';
import { runCheck, type CheckOptions } from './evaluate.js';
import type { BranchFacts, CheckFacts } from './facts.js';
import type { ParamValue } from './finding.js';
import { fullMembersOn } from './facts.js';
import { defineRule, type Rule, type RuleContext } from './rule.js';

/** A monthly duty never done: it reports whatever the engine says an open duty is. */
const monthly = defineRule({
  id: 'LIFE-1.test-monthly',
  clause: 'LIFE-1',
  scope: 'branch',
  title: '测试：按月事项',
  basis: '测试',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: ['window.month'],
  evaluate: (_b, _p, ctx) => [{ status: ctx.openStatus(), message: '本月事项尚未完成。' }],
});

/** A continuous rule reading one parameter: met when the branch has at least that many 正式党员. */
const counting = defineRule({
  id: 'ORG-1.test-count',
  clause: 'ORG-1',
  scope: 'branch',
  title: '测试：人数',
  basis: '测试',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.minFullMembers'],
  evaluate: (b, p, ctx) => [
    { status: fullMembersOn(b, ctx.judgeDate).length >= Number(p['org.minFullMembers']) ? 'met' : 'unmet', message: `judged ${ctx.judgeDate}` },
  ],
});

/** The same check per month, to see which parameter value each period is judged by. */
const countingMonthly = defineRule({ ...counting, id: 'ORG-1.test-count-monthly', period: 'month' });

const organWide = defineRule({
  id: 'ORG-1.test-organ',
  clause: 'ORG-1',
  scope: 'organ',
  title: '测试：机关',
  basis: '测试',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate: () => [{ status: 'met', message: '机关层面符合。' }],
});

const check = (facts: CheckFacts, rules: Rule[], opts: Partial<CheckOptions> & { asOf: string }) =>
  runCheck(facts, rules, { year: Number(opts.asOf.slice(0, 4)), ...opts });

describe('runCheck (contracts §2)', () => {
  it('periods that end before the records start date are notApplicable with the reason', () => {
    const facts = buildFacts({ organ: { id: 'o1', name: '机关', recordsStartOn: '2026-03-01' } });
    const fs = check(facts, [monthly], { asOf: '2026-04-10' });
    expect(fs.map((f) => [f.period, f.status, f.reason])).toEqual([
      ['2026-01', 'notApplicable', '该期间在本系统启用日期之前'],
      ['2026-02', 'notApplicable', '该期间在本系统启用日期之前'],
      ['2026-03', 'unmet', undefined],
      ['2026-04', 'pending', undefined],
    ]);
    expect(check(facts, [counting], { asOf: '2026-04-10', year: 2025 })).toEqual([
      expect.objectContaining({ period: '2025-12-31', status: 'notApplicable', reason: '该期间在本系统启用日期之前' }),
    ]);
  });

  it('an exemption by the 机关党委 makes the rule notApplicable with its reason, over its span only', () => {
    const facts = buildFacts({
      exemptions: [{ id: 'x1', branchId: 'b1', rule: 'LIFE-1.test-monthly', fromOn: '2026-02-01', toOn: '2026-02-28', reason: '支部改建' }],
    });
    const fs = check(facts, [monthly], { asOf: '2026-03-05' });
    expect(fs.map((f) => [f.period, f.status])).toEqual([
      ['2026-01', 'unmet'],
      ['2026-02', 'notApplicable'],
      ['2026-03', 'pending'],
    ]);
    expect(fs[1]).toMatchObject({ reason: '机关党委豁免：支部改建', message: '机关党委已豁免本项（2026-02-01至2026-02-28）：支部改建' });
  });

  it('an exemption of another branch or rule does not apply', () => {
    const facts = buildFacts({
      exemptions: [
        { id: 'x1', branchId: 'b2', rule: 'LIFE-1.test-monthly', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '其他支部' },
        { id: 'x2', branchId: 'b1', rule: 'ORG-1.test-count', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '其他规则' },
      ],
    });
    expect(check(facts, [monthly], { asOf: '2026-01-05' }).map((f) => f.status)).toEqual(['pending']);
  });

  it('a parameter change effective after a closed period leaves it alone and changes the open one', () => {
    const facts = buildFacts({
      branches: [buildBranch({ persons: fullMembers(5) })],
      overrides: [{ key: 'org.minFullMembers', value: 6, effectiveFrom: '2026-06-01' }],
    });
    const fs = check(facts, [countingMonthly], { asOf: '2026-06-10' });
    expect(fs.slice(-2).map((f) => [f.period, f.status, f.params])).toEqual([
      ['2026-05', 'met', { 'org.minFullMembers': 3 }],
      ['2026-06', 'unmet', { 'org.minFullMembers': 6 }],
    ]);
    expect(one(check(facts, [counting], { asOf: '2026-06-10', year: 2025 }))).toMatchObject({ status: 'met', params: { 'org.minFullMembers': 3 } });
    expect(one(check(facts, [counting], { asOf: '2026-06-10' }))).toMatchObject({ status: 'unmet', params: { 'org.minFullMembers': 6 } });
  });

  it.each([
    ['2026-05-01', 'pending'],
    ['2026-05-21', 'pending'],
    ['2026-05-22', 'dueSoon'],
    ['2026-05-31', 'dueSoon'],
  ] as const)('a month open on %s reads %s (10-day window)', (asOf, status) => {
    const fs = check(buildFacts(), [monthly], { asOf });
    expect(fs.map((f) => f.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(fs.at(-1)?.status).toBe(status);
    expect(fs.slice(0, -1).every((f) => f.status === 'unmet')).toBe(true);
  });

  it('a month closed is unmet and the next begins', () => {
    const fs = check(buildFacts(), [monthly], { asOf: '2026-06-01' });
    expect(fs.slice(-2).map((f) => [f.period, f.status])).toEqual([
      ['2026-05', 'unmet'],
      ['2026-06', 'pending'],
    ]);
  });

  it('the warning window is a parameter', () => {
    const facts = buildFacts({ overrides: [{ key: 'window.month', value: 3, effectiveFrom: '2026-01-01' }] });
    expect(check(facts, [monthly], { asOf: '2026-05-28' }).at(-1)?.status).toBe('pending');
    expect(check(facts, [monthly], { asOf: '2026-05-29' }).at(-1)).toMatchObject({ status: 'dueSoon', params: { 'window.month': 3 } });
  });

  it('a past year reports all its periods, closed', () => {
    const fs = check(buildFacts(), [monthly], { asOf: '2026-03-01', year: 2025 });
    expect(fs).toHaveLength(12);
    expect(fs.every((f) => f.status === 'unmet')).toBe(true);
  });

  it('continuous rules are judged on the as-of date, on 31 December for a past year, and not at all for a future year', () => {
    let seen: RuleContext | undefined;
    const spy = defineRule({
      ...counting,
      evaluate(b: BranchFacts, p: Readonly<Record<string, ParamValue>>, ctx: RuleContext) {
        seen = ctx;
        return counting.evaluate(b, p, ctx);
      },
    });
    expect(one(check(buildFacts(), [spy], { asOf: '2026-06-15' })).period).toBe('2026-06-15');
    expect(seen).toMatchObject({ judgeDate: '2026-06-15', closed: false });
    expect(one(check(buildFacts(), [spy], { asOf: '2026-06-15', year: 2025 })).period).toBe('2025-12-31');
    expect(seen).toMatchObject({ judgeDate: '2025-12-31', closed: true });
    expect(check(buildFacts(), [spy], { asOf: '2026-06-15', year: 2027 })).toEqual([]);
  });

  it('a branch not yet founded or already dissolved is left out', () => {
    const facts = buildFacts({
      branches: [buildBranch({ id: 'b1' }), buildBranch({ id: 'b2', fullName: '新支部', foundedOn: '2026-07-01' }), buildBranch({ id: 'b3', fullName: '旧支部', dissolvedOn: '2025-01-01' })],
    });
    expect(check(facts, [counting], { asOf: '2026-06-15' }).map((f) => f.branchId)).toEqual(['b1']);
  });

  it('the branchIds option keeps those branches and leaves organ rules out', () => {
    const facts = buildFacts({ branches: [buildBranch({ id: 'b1' }), buildBranch({ id: 'b2', fullName: '研究室党支部' })] });
    expect(check(facts, [counting, organWide], { asOf: '2026-06-15' }).map((f) => f.branchId)).toEqual(['b1', 'b2', 'o1']);
    expect(check(facts, [counting, organWide], { asOf: '2026-06-15', branchIds: ['b2'] }).map((f) => f.branchId)).toEqual(['b2']);
  });

  it('the ruleIds option keeps those rules', () => {
    expect(check(buildFacts(), [counting, organWide], { asOf: '2026-06-15', ruleIds: ['ORG-1.test-organ'] }).map((f) => f.rule)).toEqual([
      'ORG-1.test-organ',
    ]);
  });

  it('sorts by branch (in pinyin order), clause, rule, period, subject; organ findings last', () => {
    const subjects = defineRule({
      ...counting,
      id: 'ORG-10.test-subjects',
      clause: 'ORG-10',
      evaluate: () => ['乙', '甲'].map((name) => ({ status: 'met' as const, message: name, subject: { kind: 'group' as const, id: name, name } })),
    });
    const second = defineRule({ ...counting, id: 'ORG-2.test-second', clause: 'ORG-2' });
    const facts = buildFacts({
      branches: [buildBranch({ id: 'b2', fullName: '人事处党支部' }), buildBranch({ id: 'b1', fullName: '办公厅第一党支部' })],
    });
    const fs = check(facts, [organWide, monthly, subjects, second, counting], { asOf: '2026-02-10' });
    const order = fs.map((f) => `${f.branchId} ${f.rule} ${f.period}${f.subject ? ` ${f.subject.name}` : ''}`);
    const perBranch = (b: string) => [
      `${b} ORG-1.test-count 2026-02-10`,
      `${b} ORG-2.test-second 2026-02-10`,
      `${b} ORG-10.test-subjects 2026-02-10 乙`,
      `${b} ORG-10.test-subjects 2026-02-10 甲`,
      `${b} LIFE-1.test-monthly 2026-01`,
      `${b} LIFE-1.test-monthly 2026-02`,
    ];
    expect(order).toEqual([...perBranch('b1'), ...perBranch('b2'), 'o1 ORG-1.test-organ 2026-02-10']);
  });

  it('each finding carries only the parameters its rule reads, with the rule’s identity', () => {
    const fs = check(buildFacts(), [monthly, counting, organWide], { asOf: '2026-01-05' });
    expect(fs.map((f) => [f.rule, f.params])).toEqual([
      ['ORG-1.test-count', { 'org.minFullMembers': 3 }],
      ['LIFE-1.test-monthly', { 'window.month': 10 }],
      ['ORG-1.test-organ', {}],
    ]);
    expect(fs[0]).toMatchObject({ branch: '办公厅第一党支部', scope: 'branch', clause: 'ORG-1', source: 'standard', severity: 'violation', evidence: [] });
    expect(fs[2]).toMatchObject({ branch: '市人大常委会机关', scope: 'organ' });
  });

  it('defineRule refuses an id that is not <clause>.<kebab-name> of its clause', () => {
    expect(() => defineRule({ ...counting, id: 'ORG-2.test-count' })).toThrow(/ORG-2.test-count/);
    expect(() => defineRule({ ...counting, id: 'ORG-1.TestCount' })).toThrow();
  });
});

function one<T>(xs: readonly T[]): T {
  expect(xs).toHaveLength(1);
  return xs[0] as T;
}
