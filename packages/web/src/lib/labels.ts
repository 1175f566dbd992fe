import type { Branch } from '@zhibu/schemas';

export {
  BRANCH_ROLE_LABELS,
  GENDER_LABELS,
  ORGAN_ROLE_LABELS,
  PERSON_CATEGORY_LABELS,
  PERSON_STATUS_LABELS,
} from '@zhibu/domain';

export const BRANCH_KIND_LABELS: Record<Branch['kind'], string> = { single: '单独党支部', joint: '联合党支部' };
export const BRANCH_STATUS_LABELS: Record<Branch['status'], string> = { active: '在建', dissolved: '已撤销' };

/** `[{value, label}]` for a Select, in the label table's order. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
