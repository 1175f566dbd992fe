import { defineRule } from '../../check/rule.js';
import { atLeastOne, meetingsIn } from './common.js';

/** LIFE-1: a 支部党员大会 at least once a quarter. */
export const assemblyQuarterly = defineRule({
  id: 'LIFE-1.quarterly',
  clause: 'LIFE-1',
  scope: 'branch',
  title: '每季度召开支部党员大会',
  basis: '支部党员大会一般每季度召开1次，根据需要可以随时召开。',
  source: 'standard',
  severity: 'violation',
  period: 'quarter',
  params: ['window.quarter'],
  evaluate(branch, _params, ctx) {
    return [atLeastOne(meetingsIn(branch, 'assembly', ctx), '支部党员大会', ctx)];
  },
});
