import type { Rule } from '../../check/rule.js';
import { appraisal } from './appraisal.js';
import { assemblyQuarterly } from './assemblyQuarterly.js';
import { branchReport } from './branchReport.js';
import { committeeMonthly } from './committeeMonthly.js';
import { groupMonthly } from './groupMonthly.js';
import { lectureHalfYearly } from './lectureHalfYearly.js';
import { lectureQuarterly } from './lectureQuarterly.js';
import { lifeMeeting } from './lifeMeeting.js';
import { memberReport } from './memberReport.js';
import { secretaryLecture } from './secretaryLecture.js';
import { themeDayActions } from './themeDayActions.js';
import { themeDayDuration } from './themeDayDuration.js';
import { themeDayMonthly } from './themeDayMonthly.js';
import { yearEndReport } from './yearEndReport.js';

/** LIFE-1..9 (组织生活标准化), in clause order. */
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
  branchReport,
  yearEndReport,
  lifeMeeting,
  memberReport,
  appraisal,
];
