import { isBranchLead, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { BranchReport, MemberReport } from '@zhibu/schemas';
import { writesReports } from './access.js';
import type { BranchReportRow, MemberReportRow } from './repository.js';

/** Reports as the API shows them, with what this viewer may do next. */
export function presentBranchReport(r: BranchReportRow, v: Viewer, attachments: number): BranchReport {
  const open = r.branch_status === 'active' && (r.status === 'draft' || r.status === 'returned');
  return {
    id: r.id,
    branchId: r.branch_id,
    branchName: r.branch_name,
    year: r.year,
    kind: r.kind,
    title: r.title,
    body: r.body,
    meetingId: r.meeting_id,
    reportedOn: r.reported_on,
    status: r.status,
    submittedOn: r.submitted_on,
    receivedOn: r.received_on,
    returnReason: r.return_reason,
    attachmentCount: attachments,
    abilities: {
      edit: writesReports(v, r.branch_id) && open,
      submit: isBranchLead(v, r.branch_id) && open && r.kind === 'toOrgan',
      review: isOrganAdmin(v) && r.status === 'submitted',
    },
  };
}

export const presentMemberReport = (r: MemberReportRow): MemberReport => ({
  id: r.id,
  person: { id: r.person_id, name: r.person_name },
  branchId: r.branch_id,
  year: r.year,
  reportedOn: r.reported_on,
  audience: r.audience,
  meetingId: r.meeting_id,
  content: r.content,
  enteredBy: r.entered_by,
});
