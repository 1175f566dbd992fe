import { defineRule } from '../../check/rule.js';
import { chatGroupBranchOn, checkChatGroup } from '../../venues/chatGroup.js';

/**
 * VEN-3 (✓): the branch's WeChat group is recorded, named with the branch's full or standard short name, run by the
 * 书记 or a committee member, and holds only current 党员, 预备党员 and 入党积极分子 of the branch. The outsiders are
 * named: they are names shown in the group, which every member of it sees anyway.
 */
export const chatGroup = defineRule({
  id: 'VEN-3.chat-group',
  clause: 'VEN-3',
  scope: 'branch',
  title: '支部微信群',
  basis: '本标准：建立支部微信群，由支部书记或一名支委负责管理，群名称为支部全称或规范简称，群成员为党员、预备党员和入党积极分子。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const g = branch.venues.chatGroup;
    if (!g) return [{ status: 'unmet', message: '支部没有登记微信群，请登记群名称、管理员和成员名单。' }];
    const r = checkChatGroup(g, chatGroupBranchOn(branch, ctx.judgeDate), ctx.judgeDate);
    const evidence = [{ kind: 'branch' as const, id: branch.id, label: `微信群“${g.name}”成员名单`, date: g.listedOn }];
    const problems: string[] = [];
    if (!r.nameOk) problems.push(`群名称“${g.name}”不是支部全称“${branch.fullName}”或规范简称“${branch.shortName}”`);
    if (!r.managerOk) problems.push(g.managerPersonId ? '管理员不是支部书记或支委' : '未登记管理员');
    if (r.outsiders.length > 0) problems.push(`以下人员不是本支部党员、预备党员或入党积极分子：${r.outsiders.join('、')}`);
    if (problems.length === 0) return [{ status: 'met', message: `微信群“${g.name}”名称、管理员符合要求，${r.listed}名成员均为本支部党员、预备党员或入党积极分子。`, evidence }];
    return [{ status: 'unmet', message: `${problems.join('；')}。`, evidence }];
  },
});
