import type { Rule } from '../../check/rule.js';
import { assemblyQuarterly } from './assemblyQuarterly.js';
import { committeeMonthly } from './committeeMonthly.js';
import { groupMonthly } from './groupMonthly.js';
import { lectureHalfYearly } from './lectureHalfYearly.js';
import { lectureQuarterly } from './lectureQuarterly.js';
import { secretaryLecture } from './secretaryLecture.js';
import { themeDayActions } from './themeDayActions.js';
import { themeDayDuration } from './themeDayDuration.js';
import { themeDayMonthly } from './themeDayMonthly.js';

/** LIFE-1..5 (组织生活标准化), in clause order. */
export const lifeRules: readonly Rule[] = [
  assemblyQuarterly,
  committeeMonthly,
  groupMonthly,
  lectureHalfYearly,
  lectureQuarterly,
  secretaryLecture,
  themeDayMonthly,
  themeDayDuration,
  themeDayActions,
];
