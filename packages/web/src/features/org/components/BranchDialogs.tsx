import type { Branch, Group } from '@zhibu/schemas';
import { BranchFormModal } from './BranchFormModal';
import { DissolveModal } from './DissolveModal';
import { EndPostModal } from './EndPostModal';
import { GroupFormModal } from './GroupFormModal';
import { PostAssignModal } from './PostAssignModal';

export type BranchDialog =
  | { kind: 'edit' }
  | { kind: 'dissolve' }
  | { kind: 'post' }
  | { kind: 'endPost'; officer: Branch['officers'][number] }
  | { kind: 'group'; group?: Group };

/** The one open dialog of a branch card; every save reloads the tree. */
export function BranchDialogs({ branch, dialog, today, onClose, onSaved }: {
  branch: Branch;
  dialog: BranchDialog | null;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  if (!dialog) return null;
  const common = { open: true, onClose, today };
  switch (dialog.kind) {
    case 'edit':
      return <BranchFormModal open branch={branch} onClose={onClose} onSaved={onSaved} />;
    case 'dissolve':
      return <DissolveModal {...common} branch={branch} onSaved={onSaved} />;
    case 'post':
      return <PostAssignModal {...common} branch={branch} onSaved={onSaved} />;
    case 'endPost':
      return <EndPostModal {...common} officer={dialog.officer} onSaved={onSaved} />;
    case 'group':
      return <GroupFormModal open branchId={branch.id} group={dialog.group} onClose={onClose} onSaved={onSaved} />;
  }
}
