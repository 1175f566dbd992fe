import { CASE_STATUS_LABELS, CLAUSE_TITLES, type CaseStatus } from '@zhibu/domain';

export { CASE_LIMITS, CASE_STATUS_LABELS, caseParagraphs, clauseTitle } from '@zhibu/domain';

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = { draft: 'default', submitted: 'blue', returned: 'orange', published: 'green' };

/** Every clause of the standard as a select option: `LIFE-5 主题党日`. */
export const CLAUSE_OPTIONS = Object.entries(CLAUSE_TITLES).map(([id, title]) => ({ value: id, label: `${id} ${title}` }));

export const statusLabel = (s: CaseStatus) => CASE_STATUS_LABELS[s];
