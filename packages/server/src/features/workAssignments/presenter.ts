import type { WorkAssignment } from '@zhibu/schemas';
import type { AssignmentRow } from './repository.js';

export const presentAssignment = (w: AssignmentRow, today: string): WorkAssignment => ({
  id: w.id,
  branchId: w.branch_id,
  person: { id: w.person_id, name: w.person_name },
  title: w.title,
  assignedOn: w.assigned_on,
  dueOn: w.due_on,
  doneOn: w.done_on,
  note: w.note,
  overdue: w.done_on === null && w.due_on < today,
});
