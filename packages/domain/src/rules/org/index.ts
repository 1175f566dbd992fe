import type { Rule } from '../../check/rule.js';

/** ORG-1..4 (组织建设标准化). */
export const orgRules: readonly Rule[] = [];
