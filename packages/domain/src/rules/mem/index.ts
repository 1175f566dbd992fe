import type { Rule } from '../../check/rule.js';
import { talks } from './talks.js';

/** MEM (党员队伍标准化): the rules a program can decide from records, in clause order. */
export const memRules: readonly Rule[] = [talks];
