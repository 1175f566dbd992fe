import type { Rule } from '../../check/rule.js';
import { recordBookClosed } from './recordBookClosed.js';
import { annualBindingRules } from './annualBinding.js';
import { expenseReport } from './expenseReport.js';

/** LED (信息台账标准化): the rules a program can decide from records, in clause order. */
export const ledRules: readonly Rule[] = [recordBookClosed, ...annualBindingRules, expenseReport];
