import type { Rule } from '../check/rule.js';
import { ledRules } from './led/index.js';
import { lifeRules } from './life/index.js';
import { memRules } from './mem/index.js';
import { orgRules } from './org/index.js';
import { venRules } from './ven/index.js';

/** Every rule of the standards check, by clause. Each later issue adds its clauses' rules here. */
export const RULES: readonly Rule[] = [...orgRules, ...lifeRules, ...memRules, ...ledRules, ...venRules];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
