import { ASSESSMENT_STANDARD_LABELS, ASSESSMENT_STANDARDS, ASSESSMENT_STATUS_LABELS, type AssessmentCard } from '@zhibu/schemas';

export const STATUS_COLORS: Record<AssessmentCard['status'], string> = { draft: 'default', open: 'blue', published: 'green' };
export const statusLabel = (s: AssessmentCard['status']) => ASSESSMENT_STATUS_LABELS[s];

export type Standard = (typeof ASSESSMENT_STANDARDS)[number];
export const STANDARDS = ASSESSMENT_STANDARDS;
/** `组织建设标准化` …; short for columns: `组织建设` … */
export const standardLabel = (s: Standard) => ASSESSMENT_STANDARD_LABELS[s];
export const standardShort = (s: Standard) => ASSESSMENT_STANDARD_LABELS[s].replace(/标准化$/, '');

/** Groups lines (items, score lines) by their standard, in the order of the standards, keeping their order inside. */
export function byStandard<T>(rows: T[], standardOf: (r: T) => Standard): { standard: Standard; rows: T[] }[] {
  return STANDARDS.map((standard) => ({ standard, rows: rows.filter((r) => standardOf(r) === standard) })).filter((g) => g.rows.length > 0);
}
