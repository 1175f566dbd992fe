import { isOverdue } from '@zhibu/domain';
import type { Rectification } from '@zhibu/schemas';
import type { CriticismRow, RectificationRow, SelfInspectionRow } from './repository.js';

/** Rows of the 组织生活会's parts as the API shows them (LIFE-7). */
export const presentSelfInspection = (s: SelfInspectionRow, attachments: Map<string, number>) => ({
  id: s.id,
  person: { id: s.person_id, name: s.person_name },
  submittedOn: s.submitted_on,
  summary: s.summary,
  attachmentCount: attachments.get(s.id) ?? 0,
});

export const presentCriticism = (c: CriticismRow) => ({
  id: c.id,
  target: { id: c.target_person_id, name: c.target_name },
  critic: { id: c.critic_person_id, name: c.critic_name },
  opinion: c.opinion,
  response: c.response,
});

export const presentRectification = (r: RectificationRow, attachments: Map<string, number>, today: string): Rectification => ({
  id: r.id,
  meetingId: r.meeting_id,
  heldOn: r.held_on,
  seq: r.seq,
  source: r.source,
  problem: r.problem,
  measure: r.measure,
  owner: r.owner_person_id ? { id: r.owner_person_id, name: r.owner_person_name ?? '' } : null,
  ownerName: r.owner_name,
  deadline: r.deadline,
  status: r.status,
  progress: r.progress,
  closedOn: r.closed_on,
  carryReason: r.carry_reason,
  overdue: isOverdue(r, today),
  attachmentCount: attachments.get(r.id) ?? 0,
});
