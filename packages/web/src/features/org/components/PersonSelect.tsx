import { Select } from 'antd';
import type { PersonRow } from '@zhibu/schemas';
import { useApi } from '../../../lib/useApi';
import { qs } from '../../../api/client';
import { PERSON_CATEGORY_LABELS } from '../../../lib/labels';

interface Props {
  branchId: string;
  /** only this group's members */
  groupId?: string;
  /** only 正式党员 (e.g. committee posts) */
  fullOnly?: boolean;
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks a current member of a branch (or group), searchable by name. */
export function PersonSelect({ branchId, groupId, fullOnly, value, onChange, id, placeholder, allowClear }: Props) {
  const { data, loading } = useApi<{ items: PersonRow[] }>(
    `/api/persons${qs({ branchId, groupId, status: 'active', category: fullOnly ? 'full' : undefined, limit: 500 })}`,
  );
  const options = (data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}（${PERSON_CATEGORY_LABELS[p.category]}${p.group ? '，' + p.group.name : ''}）`,
  }));
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={options}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      placeholder={placeholder ?? '选择人员'}
      allowClear={allowClear}
      notFoundContent={loading ? '加载中…' : '没有可选的人员'}
    />
  );
}
