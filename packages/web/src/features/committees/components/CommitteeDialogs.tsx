import type { BranchCommittees, CommitteeMember, Election, Vacancy } from '../api';
import { ElectionCreateModal } from './ElectionCreateModal';
import { ApprovalModal, VacancyModal } from './MemberModals';
import { AppointModal, ExtensionModal, FillVacancyModal } from './OrganModals';
import { RecordTermModal } from './RecordTermModal';

export type CommitteeDialog =
  | { kind: 'record' }
  | { kind: 'election'; electionKind: Election['kind'] }
  | { kind: 'vacancy'; member: CommitteeMember }
  | { kind: 'approval'; member: CommitteeMember }
  | { kind: 'fill'; vacancy: Vacancy }
  | { kind: 'extension' }
  | { kind: 'appoint' };

/** The one dialog of the committee page that is open, if any. */
export function CommitteeDialogs({ data, dialog, today, onClose, onSaved }: {
  data: BranchCommittees;
  dialog: CommitteeDialog | null;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  if (!dialog) return null;
  const props = { today, onClose, onSaved };
  const c = data.current;
  switch (dialog.kind) {
    case 'record':
      return <RecordTermModal data={data} {...props} />;
    case 'election':
      return <ElectionCreateModal data={data} kind={dialog.electionKind} today={today} onClose={onClose} />;
    case 'vacancy':
      return c ? <VacancyModal committee={c} member={dialog.member} {...props} /> : null;
    case 'approval':
      return <ApprovalModal member={dialog.member} {...props} />;
    case 'fill':
      return <FillVacancyModal vacancy={dialog.vacancy} people={data.fullMembers} {...props} />;
    case 'extension':
      return c ? <ExtensionModal committee={c} {...props} /> : null;
    case 'appoint':
      return c ? <AppointModal committee={c} people={data.fullMembers} {...props} /> : null;
  }
}
