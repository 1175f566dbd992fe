import { Select, Tag } from 'antd';
import type { BranchRole } from '@zhibu/domain';
import { BRANCH_ROLE_LABELS } from '../../../lib/labels';
import type { Election } from '../api';
import { rolesFor } from './committeeUtils';

export type RoleMap = Partial<Record<string, BranchRole>>;

/**
 * Why the posts of the elected cannot be saved: everyone needs a post; a new term has exactly one 书记
 * (elected by the committee's first plenary meeting, R-ELECT-9); at most one 副书记 (R-ORG-4).
 */
export function rolesProblem(personIds: string[], roles: RoleMap, kind: Election['kind']): string | null {
  if (personIds.some((id) => !roles[id])) return '请为每位当选人确定职务';
  const secretaries = personIds.filter((id) => roles[id] === 'secretary').length;
  if (kind === 'general' && secretaries !== 1) return secretaries === 0 ? '请确定书记（须1人）' : '书记只能有1人';
  if (secretaries > 1) return '书记只能有1人';
  if (personIds.filter((id) => roles[id] === 'deputySecretary').length > 1) return '副书记最多1人';
  return null;
}

/** One post per elected person (书记 first in the list of options). */
export function RolesEditor({ people, roles, committeeKind, disabled, onChange }: {
  people: { personId: string; name: string; votes?: number | null }[];
  roles: RoleMap;
  committeeKind: Election['committeeKind'];
  disabled?: boolean;
  onChange: (roles: RoleMap) => void;
}) {
  const options = rolesFor(committeeKind).map((r) => ({ value: r, label: BRANCH_ROLE_LABELS[r] }));
  return (
    <ul className="el-roles" aria-label="当选人职务">
      {people.map((p) => (
        <li key={p.personId} className="el-role-row">
          <span className="el-role-name">
            {p.name}
            {p.votes !== undefined && p.votes !== null && <Tag className="el-role-votes">{p.votes}票</Tag>}
          </span>
          <Select
            className="el-role-select"
            aria-label={`${p.name}的职务`}
            placeholder="选择职务"
            options={options}
            value={roles[p.personId]}
            disabled={disabled}
            onChange={(r: BranchRole) => onChange({ ...roles, [p.personId]: r })}
          />
        </li>
      ))}
    </ul>
  );
}
