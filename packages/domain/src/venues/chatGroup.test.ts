import { describe, expect, it } from 'vitest';
import { buildBranch, committee, person } from '../rules/testkit.js';
import { chatGroupBranchOn, checkChatGroup, MAX_CHAT_GROUP_NAMES, parseMemberNames } from './chatGroup.js';

const DATE = '2026-06-15';
const roster = [
  person('m1', { name: '王书记' }),
  person('m2', { name: '李组织' }),
  person('m3', { name: '赵宣传' }),
  person('p4', { name: '张正式' }),
  person('p5', { name: '钱预备', category: 'probationary', joinedOn: '2026-01-10', confirmedOn: null }),
  person('p6', { name: '孙积极', category: 'activist', joinedOn: null, confirmedOn: null }),
  person('p7', { name: '周发展', category: 'candidate', joinedOn: null, confirmedOn: null }),
  person('p8', { name: '吴申请', category: 'applicant', joinedOn: null, confirmedOn: null }),
  person('p9', { name: '郑转出', status: 'transferredOut', memberships: [{ startOn: '2015-01-01', endOn: '2026-03-01' }] }),
  person('p10', { name: '冯停止', status: 'suspended' }),
  person('p11', { name: '陈未来', category: 'probationary', joinedOn: '2026-09-01', confirmedOn: null }),
];
const branch = buildBranch({ persons: roster, committees: [committee()] });
const on = chatGroupBranchOn(branch, DATE);
const check = (members: string[], name = '办公厅第一党支部', managerPersonId: string | null = 'm1') => checkChatGroup({ name, managerPersonId, members }, on, DATE);

describe('VEN-3 parseMemberNames', () => {
  it('splits on lines, 、，, ;； and whitespace, trims and drops empties', () => {
    expect(parseMemberNames('王书记\n李组织、赵宣传，张正式, 钱预备;孙积极；周发展  吴申请\t\r\n\n  \u3000郑转出\u3000')).toEqual([
      '王书记', '李组织', '赵宣传', '张正式', '钱预备', '孙积极', '周发展', '吴申请', '郑转出',
    ]);
    expect(parseMemberNames('  \n、,')).toEqual([]);
    expect(parseMemberNames('甲\n甲')).toEqual(['甲', '甲']);
    expect(MAX_CHAT_GROUP_NAMES).toBe(500);
  });
});

describe('VEN-3 checkChatGroup', () => {
  it('lists exactly the outsiders of a test list, once each, in list order', () => {
    const r = check(['王书记', '外单位张三', '张正式', '钱预备', '孙积极', '周发展', '吴申请', '郑转出', ' 外单位张三 ', '冯停止', '陈未来', '李组织']);
    expect(r.outsiders).toEqual(['外单位张三', '吴申请', '郑转出', '冯停止', '陈未来']);
    expect(r.listed).toBe(11);
    expect(r).toMatchObject({ nameOk: true, managerOk: true });
  });
  it('has no outsiders when everyone is a 党员, 预备党员 or 入党积极分子 of the branch', () => {
    expect(check(['王书记', '李组织', '赵宣传', '张正式', '钱预备', '孙积极', '周发展']).outsiders).toEqual([]);
    expect(check([]).outsiders).toEqual([]);
  });
  it('compares names exactly after trimming (no fuzzy match)', () => {
    expect(check(['王 书记', '王书记 ', '张正式同志']).outsiders).toEqual(['王 书记', '张正式同志']);
  });
  it('a person who left the branch is an outsider only after leaving', () => {
    const before = checkChatGroup({ name: '第一支部', managerPersonId: 'm1', members: ['郑转出'] }, chatGroupBranchOn(branch, '2026-02-01'), '2026-02-01');
    expect(before.outsiders).toEqual([]);
    expect(check(['郑转出']).outsiders).toEqual(['郑转出']);
  });
  it('a name shared by an insider and an outsider counts as the insider', () => {
    const b = buildBranch({ persons: [person('x1', { name: '刘同名' }), person('x2', { name: '刘同名', status: 'transferredOut', memberships: [{ startOn: '2015-01-01', endOn: '2020-01-01' }] })] });
    expect(checkChatGroup({ name: '第一支部', managerPersonId: null, members: ['刘同名'] }, chatGroupBranchOn(b, DATE), DATE).outsiders).toEqual([]);
  });
  it.each([
    ['办公厅第一党支部', true],
    ['第一支部', true],
    ['  第一支部 ', true],
    ['第一支部群', false],
    ['办公厅第一支部', false],
    ['', false],
  ])('name %j → %s', (name, ok) => {
    expect(check([], name).nameOk).toBe(ok);
  });
  it('the manager is the 书记 or a committee member in force', () => {
    expect(check([], '第一支部', 'm1').managerOk).toBe(true);
    expect(check([], '第一支部', 'm3').managerOk).toBe(true);
    expect(check([], '第一支部', 'p4').managerOk).toBe(false);
    expect(check([], '第一支部', null).managerOk).toBe(false);
    // before the term began, nobody of it was in office
    expect(checkChatGroup({ name: '第一支部', managerPersonId: 'm1', members: [] }, chatGroupBranchOn(branch, '2024-01-01'), '2024-01-01').managerOk).toBe(false);
  });
  it('without a committee record the posts in force count', () => {
    const b = buildBranch({ persons: roster, posts: [{ personId: 'p4', name: '张正式', role: 'secretary', startOn: '2020-01-01', endOn: null }] });
    expect(checkChatGroup({ name: '第一支部', managerPersonId: 'p4', members: [] }, chatGroupBranchOn(b, DATE), DATE).managerOk).toBe(true);
  });
});
