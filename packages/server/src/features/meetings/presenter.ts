import { assemblyQuorum, chinaDateOf, durationMinutes, isBackEntry, isLate, meetingProblems } from '@zhibu/domain';
import type { Meeting, MeetingListItem } from '@zhibu/schemas';
import type { AttendanceRecord, MeetingRow, RosterSpan } from './repository.js';

/** One row of the attendance list: who, how they attended (null: not recorded yet), and what decides their vote. */
export interface AttendanceLine {
  personId: string;
  name: string;
  pinyin: string;
  status: 'present' | 'onLeave' | 'absent' | null;
  reason: string | null;
  guest: boolean;
  withVote: boolean;
}

const inForce = (s: { startOn: string; endOn: string | null }, date: string) => s.startOn <= date && (s.endOn === null || s.endOn >= date);
/** R-ELECT-3: a 正式党员 (by that date) has a vote; a 预备党员 has none. */
const hasVote = (category: string, confirmedOn: string | null, date: string) => category === 'full' && (confirmedOn === null || confirmedOn <= date);

/** Who should attend on the meeting's date: the group's members for a 党小组会, otherwise the branch's 党员. */
export function expectedOn(spans: readonly RosterSpan[], heldOn: string, groupId: string | null): RosterSpan[] {
  const seen = new Map<string, RosterSpan>();
  for (const s of spans) if (s.groupId === groupId && inForce(s, heldOn) && !seen.has(s.personId)) seen.set(s.personId, s);
  return [...seen.values()];
}

/** The attendance list: the roster of the date with the recorded rows over it, then the guests. */
export function attendanceLines(m: Pick<MeetingRow, 'id' | 'kind' | 'held_on' | 'group_id'>, spans: readonly RosterSpan[], recorded: readonly AttendanceRecord[]): AttendanceLine[] {
  const mine = recorded.filter((r) => r.meeting_id === m.id);
  const byPerson = new Map(mine.map((r) => [r.person_id, r]));
  const lines = new Map<string, AttendanceLine>();
  for (const s of expectedOn(spans, m.held_on, m.kind === 'groupMeeting' ? m.group_id : null)) {
    const r = byPerson.get(s.personId);
    if (r?.guest) continue;
    lines.set(s.personId, {
      personId: s.personId,
      name: s.name,
      pinyin: s.pinyin,
      status: r?.status ?? null,
      reason: r?.reason ?? null,
      guest: false,
      withVote: hasVote(s.category, s.confirmedOn, m.held_on),
    });
  }
  for (const r of mine) {
    if (lines.has(r.person_id)) continue;
    lines.set(r.person_id, {
      personId: r.person_id,
      name: r.name,
      pinyin: r.name_pinyin,
      status: r.status,
      reason: r.reason,
      guest: r.guest,
      withVote: !r.guest && hasVote(r.category, r.confirmed_on, m.held_on),
    });
  }
  return [...lines.values()].sort((a, b) => Number(a.guest) - Number(b.guest) || a.pinyin.localeCompare(b.pinyin) || a.personId.localeCompare(b.personId));
}

export function countsOf(lines: readonly AttendanceLine[]) {
  const members = lines.filter((l) => !l.guest);
  const n = (s: AttendanceLine['status']) => members.filter((l) => l.status === s).length;
  return { expected: members.length, present: n('present'), onLeave: n('onLeave'), absent: n('absent'), guests: lines.length - members.length };
}

/** The quorum of a 党员大会 that decides (R-ORG-9), from those with a vote; null for any other meeting. */
export function quorumOf(m: Pick<MeetingRow, 'kind' | 'decides'>, lines: readonly AttendanceLine[]) {
  if (m.kind !== 'assembly' || !m.decides) return null;
  const voters = lines.filter((l) => !l.guest && l.withVote);
  return assemblyQuorum(voters.length, voters.filter((l) => l.status === 'present').length);
}

/** The problems that stop a record from being marked held, judged on `today`. */
export function problemsOf(m: MeetingRow, lines: readonly AttendanceLine[], today: string): string[] {
  return meetingProblems(
    {
      kind: m.kind,
      heldOn: m.held_on,
      startTime: m.start_time,
      endTime: m.end_time,
      groupId: m.group_id,
      hostPersonId: m.host_person_id,
      recorderPersonId: m.recorder_person_id,
      lecturerPersonId: m.lecturer_person_id,
      lecturerName: m.lecturer_name,
      topic: m.topic,
      agenda: m.agenda,
      attendance: lines,
    },
    { today },
  );
}

const recordedOn = (m: MeetingRow) => (m.recorded_at ? chinaDateOf(new Date(m.recorded_at)) : null);
export const lateOf = (m: MeetingRow, recordsStartOn: string) => {
  const on = recordedOn(m);
  return on !== null && isLate(m.held_on, on, recordsStartOn);
};

export function presentListItem(m: MeetingRow, lines: readonly AttendanceLine[], recordsStartOn: string): MeetingListItem {
  return {
    id: m.id,
    kind: m.kind,
    status: m.status,
    heldOn: m.held_on,
    startTime: m.start_time,
    endTime: m.end_time,
    title: m.title,
    topic: m.topic,
    groupId: m.group_id,
    groupName: m.group_name,
    counts: countsOf(lines),
    late: lateOf(m, recordsStartOn),
    recordedAt: m.recorded_at ? new Date(m.recorded_at).toISOString() : null,
    reviewStatus: m.review_status,
  };
}

export function presentMeeting(
  m: MeetingRow,
  lines: readonly AttendanceLine[],
  o: { recordsStartOn: string; today: string; names: Map<string, { name: string }>; abilities: Meeting['abilities']; election?: Meeting['election'] },
): Meeting {
  const ref = (id: string | null) => (id ? { id, name: o.names.get(id)?.name ?? '' } : null);
  return {
    ...presentListItem(m, lines, o.recordsStartOn),
    branchId: m.branch_id,
    branchName: m.branch_name,
    durationMinutes: durationMinutes(m.start_time, m.end_time),
    place: m.place,
    host: ref(m.host_person_id),
    recorder: ref(m.recorder_person_id),
    lecturer: ref(m.lecturer_person_id),
    lecturerName: m.lecturer_name,
    agenda: m.agenda,
    minutes: m.minutes,
    resolutions: m.resolutions,
    decides: m.decides,
    themeDay: (m.theme_day as Meeting['themeDay']) ?? null,
    attendance: lines.map((l) => ({ personId: l.personId, name: l.name, status: l.status, reason: l.reason, guest: l.guest })),
    quorum: quorumOf(m, lines),
    backEntry: isBackEntry(m.held_on, o.recordsStartOn),
    returnReason: m.return_reason,
    spotCheckNote: m.spot_check_note,
    missing: problemsOf(m, lines, o.today),
    election: o.election ?? null,
    abilities: o.abilities,
  };
}
