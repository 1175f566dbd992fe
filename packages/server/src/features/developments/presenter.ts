import { DEV_RULES, DEV_STAGES, countWorkdays, deadlinesOf, nextSteps, probationOf, stageOf, lastStep, firstStep, type WorkdayAdjustments } from '@zhibu/domain';
import type { DevSummary, Development } from '@zhibu/schemas';
import { domainFile, stepDataOf, type DevRow, type FileParts } from './repository.js';

const iso = (t: Date | string) => (t instanceof Date ? t.toISOString() : String(t));

export function presentDevelopment(row: DevRow, parts: FileParts, o: { today: string; adj: WorkdayAdjustments; write: boolean; names: ReadonlyMap<string, string> }): Development {
  const file = domainFile(row, parts);
  const rules = DEV_RULES[row.rule_version];
  const defOf = (n: number) => rules.steps.find((s) => s.no === n)!;
  return {
    id: row.id,
    branch: { id: row.branch_id, name: row.branch_name },
    person: { id: row.person_id, name: row.person_name, gender: row.gender, birthDate: row.birth_date, category: row.category, joinedOn: row.joined_on, confirmedOn: row.confirmed_on },
    ruleVersion: row.rule_version,
    ruleTitle: rules.title,
    ruleConfirmed: rules.confirmed,
    status: row.status,
    stoppedOn: row.stopped_on,
    stoppedReason: row.stopped_reason,
    plannedDepartureOn: row.planned_departure_on,
    stage: stageOf(file),
    steps: parts.steps.map((s) => {
      const { warnings, ...data } = stepDataOf(s.data);
      return {
        id: s.id,
        step: s.step,
        name: defOf(s.step).name,
        stage: defOf(s.step).stage,
        doneOn: s.done_on,
        actor: s.actor,
        responsible: s.responsible_person_id ? { id: s.responsible_person_id, name: s.responsible_name ?? '' } : null,
        note: s.note,
        data: { ...data, ...(data.personIds ? { persons: data.personIds.map((id) => ({ id, name: o.names.get(id) ?? '' })) } : {}) },
        warnings: warnings ?? [],
        recordedAt: iso(s.recorded_at as unknown as Date),
      };
    }),
    stepDefs: rules.steps.map((s) => ({ no: s.no, name: s.name, stage: s.stage, actor: s.actor, records: s.records, limit: s.limit })),
    next: nextSteps(file),
    evaluations: parts.evaluations.map((e) => ({
      id: e.id,
      kind: e.kind,
      heldOn: e.held_on,
      organization: e.organization,
      participantCount: e.participant_count,
      favourableCount: e.favourable_count,
      generalCount: e.general_count,
      poorCount: e.poor_count,
      abstainCount: e.abstain_count,
      note: e.note,
    })),
    notices: parts.notices.map((n) => ({ id: n.id, stage: n.stage, startOn: n.start_on, endOn: n.end_on, workdays: countWorkdays(n.start_on, n.end_on, o.adj), outcome: n.outcome, feedback: n.feedback })),
    deadlines: deadlinesOf(file, o.today),
    probation: probationOf(file),
    abilities: { write: o.write && row.status === 'open' && row.branch_status === 'active' },
  };
}

export function presentSummary(row: DevRow, parts: FileParts, today: string): DevSummary {
  const file = domainFile(row, parts);
  const rules = DEV_RULES[row.rule_version];
  const last = parts.steps.at(-1);
  return {
    id: row.id,
    person: { id: row.person_id, name: row.person_name },
    category: row.category,
    status: row.status,
    stage: stageOf(file),
    appliedOn: firstStep(file, 1)?.doneOn ?? null,
    lastStep: last ? { step: last.step, name: rules.steps.find((s) => s.no === last.step)!.name, doneOn: last.done_on } : null,
    next: nextSteps(file).map((n) => ({ no: n, name: rules.steps.find((s) => s.no === n)!.name })),
    deadlines: deadlinesOf(file, today),
  };
}

export const stageCounts = (summaries: DevSummary[]) => DEV_STAGES.map((s) => ({ no: s.no, name: s.name, count: summaries.filter((x) => x.stage === s.no).length }));
export { lastStep };
