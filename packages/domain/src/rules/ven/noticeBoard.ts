import { defineRule } from '../../check/rule.js';
import { judgeVenue } from './activityRoom.js';

/** VEN-2 (◐, advisory): a notice board of the branch's own or shared with others, ticked with a photo. */
export const noticeBoard = defineRule({
  id: 'VEN-2.notice-board',
  clause: 'VEN-2',
  scope: 'branch',
  title: '支部宣传栏',
  basis: '本标准：有条件的党支部设置宣传栏（公开栏），可几个支部共用。',
  source: 'standard',
  severity: 'advisory',
  period: 'year',
  params: ['window.year'],
  evaluate: (branch, _params, ctx) => [judgeVenue(branch, 'noticeBoard', ctx)],
});
