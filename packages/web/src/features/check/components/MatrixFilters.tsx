import { Input, Select, Switch } from 'antd';
import { FINDING_STATUSES, FINDING_STATUS_LABELS, type FindingStatus } from '../labels';

export interface MatrixFilterValues {
  search: string;
  problemsOnly: boolean;
  only: FindingStatus | null;
}

/** Narrowing the 体检总览: by branch name, to branches with problems, to one status. */
export function MatrixFilters({ value, onChange }: { value: MatrixFilterValues; onChange: (v: MatrixFilterValues) => void }) {
  return (
    <div className="check-filters">
      <Input.Search
        allowClear
        placeholder="搜索党支部名称"
        aria-label="搜索党支部名称"
        className="check-search"
        defaultValue={value.search}
        onChange={(e) => onChange({ ...value, search: e.target.value })}
      />
      <Select<FindingStatus>
        allowClear
        placeholder="按状态筛选"
        aria-label="按状态筛选"
        className="check-status-select"
        value={value.only ?? undefined}
        onChange={(s) => onChange({ ...value, only: s ?? null })}
        options={FINDING_STATUSES.map((s) => ({ value: s, label: FINDING_STATUS_LABELS[s] }))}
      />
      <label className="check-toggle">
        <Switch size="small" checked={value.problemsOnly} onChange={(problemsOnly) => onChange({ ...value, problemsOnly })} aria-label="只看有问题的" />
        只看有问题的
      </label>
    </div>
  );
}
