import { describe, expect, it } from 'vitest';
import { emptyVenueFacts, type VenueFacts } from '../../venues/facts.js';
import { buildBranch, committee, judge, one, person } from '../testkit.js';
import { activityRoom } from './activityRoom.js';
import { noticeBoard } from './noticeBoard.js';
import { chatGroup } from './chatGroup.js';

type V = VenueFacts['venues'][number];
const tick = (item: string, photos = 1, confirmedOn: string | null = null) => ({ item, tickedOn: '2026-03-01', photos, confirmedOn });
const room = (items: ReturnType<typeof tick>[], over: Partial<V> = {}): V => ({ id: 'v1', kind: 'activityRoom', name: '三楼活动室', shared: false, retiredOn: null, items, ...over });
const FOUR = ['sign', 'flag', 'commonBoard', 'branchBoard'];
const run = (rule: typeof activityRoom, venues: V[], asOf = '2026-06-15', year?: number) =>
  one(judge(rule, buildBranch({ venues: { ...emptyVenueFacts(), venues } }), { asOf, ...(year ? { year } : {}) }));

describe('VEN-1.activity-room', () => {
  it('met when a room (own or shared) has the four required items ticked with a photo each', () => {
    expect(run(activityRoom, [room(FOUR.map((k) => tick(k)))])).toMatchObject({ status: 'met', severity: 'advisory', message: '党员活动室“三楼活动室”必备项目均已打勾并附照片（待机关党委确认）。' });
    expect(run(activityRoom, [room(FOUR.map((k) => tick(k, 2, '2026-04-01')), { shared: true })]).message).toBe('党员活动室“三楼活动室”（共用）必备项目均已打勾并附照片（已确认）。');
  });
  it('pending / dueSoon with what is missing while the year is open, unmet once closed', () => {
    const partial = [room([tick('sign'), tick('flag'), tick('commonBoard', 0)])];
    const f = run(activityRoom, partial);
    expect(f.status).toBe('pending');
    expect(f.message).toContain('尚缺：共性展板、个性展板');
    expect(run(activityRoom, partial, '2026-12-20').status).toBe('dueSoon');
    expect(run(activityRoom, partial, '2027-01-05', 2026).status).toBe('unmet');
  });
  it('no room, or only a retired one: asks to record one', () => {
    expect(run(activityRoom, []).message).toContain('请登记支部的党员活动室');
    expect(run(activityRoom, [room(FOUR.map((k) => tick(k)), { retiredOn: '2026-05-01' })]).status).toBe('pending');
  });
  it('a notice board does not count as a room', () => {
    expect(run(activityRoom, [room([tick('board')], { kind: 'noticeBoard' })]).message).toContain('请登记支部的党员活动室');
  });
});

describe('VEN-2.notice-board', () => {
  it('met with a ticked board, pending without', () => {
    expect(run(noticeBoard, [room([tick('board')], { kind: 'noticeBoard', name: '一楼宣传栏', shared: true })])).toMatchObject({ status: 'met', severity: 'advisory' });
    expect(run(noticeBoard, [room([], { kind: 'noticeBoard', name: '一楼宣传栏' })]).message).toContain('尚缺：宣传栏');
    expect(run(noticeBoard, []).status).toBe('pending');
  });
});

describe('VEN-3.chat-group', () => {
  const persons = [person('m1', { name: '王书记' }), person('m2', { name: '李组织' }), person('m3', { name: '赵宣传' }), person('p4', { name: '张正式' }),
    person('p9', { name: '郑转出', status: 'transferredOut', memberships: [{ startOn: '2015-01-01', endOn: '2026-03-01' }] })];
  const g = (over: Partial<NonNullable<VenueFacts['chatGroup']>> = {}) => ({ id: 'g1', name: '第一支部', managerPersonId: 'm1', listedOn: '2026-06-01', members: ['王书记', '李组织', '张正式'], ...over });
  const runG = (cg: VenueFacts['chatGroup']) => one(judge(chatGroup, buildBranch({ persons, committees: [committee()], venues: { ...emptyVenueFacts(), chatGroup: cg } })));
  it('unmet when no group is recorded', () => {
    expect(runG(null)).toMatchObject({ status: 'unmet', severity: 'violation', message: '支部没有登记微信群，请登记群名称、管理员和成员名单。' });
  });
  it('met with the right name, manager and members', () => {
    expect(runG(g())).toMatchObject({ status: 'met', message: '微信群“第一支部”名称、管理员符合要求，3名成员均为本支部党员、预备党员或入党积极分子。' });
  });
  it('lists the outsiders by name', () => {
    expect(runG(g({ members: ['王书记', '郑转出', '路人甲', '路人甲'] })).message).toBe('以下人员不是本支部党员、预备党员或入党积极分子：郑转出、路人甲。');
  });
  it('unmet with a wrong name or manager, all problems told', () => {
    expect(runG(g({ name: '一支部群', managerPersonId: 'p4' })).message).toBe('群名称“一支部群”不是支部全称“办公厅第一党支部”或规范简称“第一支部”；管理员不是支部书记或支委。');
    expect(runG(g({ managerPersonId: null })).message).toBe('未登记管理员。');
  });
});
