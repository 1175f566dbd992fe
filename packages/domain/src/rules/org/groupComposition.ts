import { inForce, isFullOn, membersOn } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import { num } from './common.js';

/** ORG-4: each 党小组 has at least 3 党员, at least 1 正式党员, and a 党小组长 from among them. */
export const groupComposition = defineRule({
  id: 'ORG-4.group-composition',
  clause: 'ORG-4',
  scope: 'branch',
  title: '党小组人数与组长',
  basis: '每个党小组不应少于3名党员，其中至少有1名正式党员，同时应选举党小组长1人。党员数量较少的党支部可不划分党小组。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.groupMinMembers', 'org.groupMinFullMembers'],
  evaluate(branch, params, ctx) {
    const d = ctx.judgeDate;
    const groups = branch.groups.filter((g) => (g.foundedOn === null || g.foundedOn <= d) && (g.dissolvedOn === null || g.dissolvedOn > d));
    if (groups.length === 0) {
      return [{ status: 'notApplicable', reason: '未设党小组', message: '支部未设党小组，不检查党小组设置。' }];
    }
    const minMembers = num(params, 'org.groupMinMembers');
    const minFull = num(params, 'org.groupMinFullMembers');
    const branchMembers = membersOn(branch, d);
    return groups.map((g): Verdict => {
      const ids = new Set(g.memberships.filter((m) => inForce(m, d)).map((m) => m.personId));
      const members = branchMembers.filter((p) => ids.has(p.id));
      const full = members.filter((p) => isFullOn(p, d)).length;
      const leader = g.leaderPersonId === null ? undefined : branch.persons.find((p) => p.id === g.leaderPersonId);
      const leaderIsMember = members.some((p) => p.id === g.leaderPersonId);
      const evidence: Evidence[] = [
        { kind: 'group', id: g.id, label: `${g.name}：党员${members.length}人（正式党员${full}人）`, date: g.foundedOn },
        ...members.map((p): Evidence => ({ kind: 'member', id: p.id, label: `${p.name}（${isFullOn(p, d) ? '正式党员' : '预备党员'}${p.id === g.leaderPersonId ? '，党小组长' : ''}）`, date: null })),
      ];
      const problems: string[] = [];
      if (members.length < minMembers) problems.push(`只有${members.length}名党员（应不少于${minMembers}名）`);
      if (full < minFull) problems.push(full === 0 ? `没有正式党员（应至少有${minFull}名）` : `只有${full}名正式党员（应至少有${minFull}名）`);
      if (g.leaderPersonId === null) problems.push('未选举党小组长');
      else if (!leaderIsMember) problems.push(`党小组长${leader?.name ?? ''}不是本组现有党员`);
      const subject = { kind: 'group' as const, id: g.id, name: g.name };
      if (problems.length === 0) {
        return { status: 'met', subject, message: `${g.name}有党员${members.length}人，其中正式党员${full}人，已选举党小组长。`, evidence };
      }
      const fix = problems.length === 1 && g.leaderPersonId === null ? '请选举党小组长' : '请调整党小组成员或重新选举党小组长';
      return { status: 'unmet', subject, message: `${g.name}${problems.join('，')}，${fix}。`, evidence };
    });
  },
});
