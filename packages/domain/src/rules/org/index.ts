import type { Rule } from '../../check/rule.js';
import { committeeRequired } from './committeeRequired.js';
import { committeeRoles } from './committeeRoles.js';
import { committeeSize } from './committeeSize.js';
import { elected } from './elected.js';
import { groupComposition } from './groupComposition.js';
import { minFullMembers } from './minFullMembers.js';
import { secretaryApproved } from './secretaryApproved.js';
import { sizeAdvisory } from './sizeAdvisory.js';
import { term } from './term.js';
import { unitsCovered } from './unitsCovered.js';
import { vacancies } from './vacancies.js';

/** ORG-1..4 (组织建设标准化), in clause order. */
export const orgRules: readonly Rule[] = [
  minFullMembers,
  sizeAdvisory,
  unitsCovered,
  committeeRequired,
  committeeSize,
  committeeRoles,
  elected,
  secretaryApproved,
  term,
  vacancies,
  groupComposition,
];
