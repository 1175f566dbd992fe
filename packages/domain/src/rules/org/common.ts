import { BRANCH_ROLE_LABELS, type BranchRole } from '../../access/roles.js';
import type { CommitteeFact, CommitteeMemberFact, VacancyFact } from '../../check/facts.js';
import type { Evidence, ParamValue } from '../../check/finding.js';
import type { ParamKey } from '../../check/params.js';
import type { CalendarDate } from '../../time/calendarDate.js';

/** Shared pieces of the ORG rules: reading parameters, labels and evidence of committee records. */

type Params = Readonly<Record<string, ParamValue>>;

export const num = (params: Params, key: ParamKey): number => Number(params[key]);
export const flag = (params: Params, key: ParamKey): boolean => params[key] === true;

/** `2026-06-01` → `2026年6月1日`, for messages. */
export function cnDate(d: CalendarDate): string {
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

export const roleLabel = (r: BranchRole): string => BRANCH_ROLE_LABELS[r];

export const termLabel = (c: Pick<CommitteeFact, 'kind' | 'startOn' | 'termYears'>): string =>
  `${c.kind === 'committee' ? '支部委员会' : '支部书记'}（${cnDate(c.startOn)}起，任期${c.termYears}年）`;

export function committeeEvidence(c: CommitteeFact, date: CalendarDate | null = c.electedOn ?? c.startOn): Evidence {
  return { kind: 'committee', id: c.id, label: termLabel(c), date };
}

/** A committee member as evidence: the person's id, so the record links to the member page. */
export function memberEvidence(m: Pick<CommitteeMemberFact, 'personId' | 'name' | 'role' | 'startOn'>, date: CalendarDate | null = m.startOn): Evidence {
  return { kind: 'member', id: m.personId, label: `${m.name}（${roleLabel(m.role)}）`, date };
}

/** `组织委员（原张三）`: the post and who left it. */
export const vacancyName = (v: Pick<VacancyFact, 'role' | 'personName'>): string =>
  v.personName ? `${roleLabel(v.role)}（原${v.personName}）` : roleLabel(v.role);

export const vacancyEvidence = (v: VacancyFact): Evidence => ({ kind: 'vacancy', id: v.id, label: `${vacancyName(v)}空缺`, date: v.arisenOn });

/** Vacancies that have arisen by the date and are not filled by then. */
export const openVacanciesOn = (c: CommitteeFact, date: CalendarDate): VacancyFact[] =>
  c.vacancies.filter((v) => v.arisenOn <= date && (v.filledOn === null || v.filledOn > date));

/** Joins names with 、 (`书记张三、副书记李四`). */
export const joinCn = (items: readonly string[]): string => items.join('、');
