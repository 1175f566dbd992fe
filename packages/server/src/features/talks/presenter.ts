import { chinaDateOf, isLate } from '@zhibu/domain';
import type { Talk } from '@zhibu/schemas';
import type { TalkRow } from './repository.js';

/** A talk as the API shows it; `late` is 补录 as for meetings (more than 30 days, not a back-entry). */
export function presentTalk(t: TalkRow, o: { recordsStartOn: string; edit: boolean }): Talk {
  // db/types.ts declares the column Generated<Timestamp>, which nests the ColumnType: it is read as a Date
  const recordedAt = new Date(t.recorded_at as unknown as Date);
  return {
    id: t.id,
    branchId: t.branch_id,
    branchName: t.branch_name,
    kind: t.kind,
    purpose: t.purpose,
    form: t.form,
    talkedOn: t.talked_on,
    place: t.place,
    talker: { id: t.talker_person_id, name: t.talker_name },
    talkee: { id: t.talkee_person_id, name: t.talkee_name },
    topics: t.topics,
    problems: t.problems,
    followUp: t.follow_up,
    followUpOn: t.follow_up_on,
    lifeMeetingId: t.life_meeting_id,
    reason: t.reason,
    commitments: t.commitments,
    outcome: t.outcome,
    recordedAt: recordedAt.toISOString(),
    late: isLate(t.talked_on, chinaDateOf(recordedAt), o.recordsStartOn),
    abilities: { edit: o.edit },
  };
}
