import type { Rule } from '../../check/rule.js';
import { talks } from './talks.js';
import { developmentDeadlines } from './developmentDeadlines.js';
import { studyNotebook } from './notebook.js';
import { secretaryTraining } from './training.js';
import { hardshipCare } from './hardship.js';
import { lapseWatchRule } from './lapseWatch.js';
import { branchLifeMonth } from './branchLifeMonth.js';
import { transferReceipt } from './transferReceipt.js';

/** MEM (党员队伍标准化): the rules a program can decide from records, in clause order. */
export const memRules: readonly Rule[] = [developmentDeadlines, studyNotebook, secretaryTraining, lapseWatchRule, branchLifeMonth, transferReceipt, talks, hardshipCare];
