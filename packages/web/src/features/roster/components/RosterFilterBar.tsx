import { useEffect, useState } from 'react';
import { DatePicker, Input, Select } from 'antd';
import type { Branch } from '@zhibu/schemas';
import { PERSON_CATEGORY_LABELS, PERSON_STATUS_LABELS, optionsOf } from '../../../lib/labels';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import type { RosterFilters } from '../useRosterQuery';

interface Props {
  filters: RosterFilters;
  branches: Branch[];
  update: (p: Partial<RosterFilters>) => void;
}

/** Search box (name, pinyin initials or ID number), branch, group, category, status and 花名册日期. */
export function RosterFilterBar({ filters, branches, update }: Props) {
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text === filters.q) return;
    const t = setTimeout(() => update({ q: text }), 350);
    return () => clearTimeout(t);
  }, [text, filters.q, update]);

  const chosen = branches.find((b) => b.id === filters.branchId);
  const groups = chosen
    ? chosen.groups.map((g) => ({ value: g.id, label: g.name }))
    : branches.flatMap((b) => b.groups.map((g) => ({ value: g.id, label: `${b.shortName} · ${g.name}` })));
  return (
    <div className="roster-filters">
      <Input.Search
        aria-label="搜索党员"
        placeholder="姓名、拼音首字母（如 zs）或身份证号"
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => update({ q: v })}
        className="roster-search"
      />
      <Select
        aria-label="按党支部筛选"
        placeholder="全部党支部"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.branchId}
        onChange={(v?: string) => update({ branchId: v, groupId: undefined })}
        options={branches.map((b) => ({ value: b.id, label: b.shortName + (b.status === 'dissolved' ? '（已撤销）' : '') }))}
        className="roster-select"
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label="按党小组筛选"
        placeholder="全部党小组"
        allowClear
        value={filters.groupId}
        onChange={(v?: string) => update({ groupId: v })}
        options={groups}
        disabled={groups.length === 0}
        className="roster-select"
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label="按人员类别筛选"
        placeholder="全部类别"
        allowClear
        value={filters.category}
        onChange={(v?: RosterFilters['category']) => update({ category: v })}
        options={optionsOf(PERSON_CATEGORY_LABELS)}
        className="roster-select"
      />
      <Select
        aria-label="按状态筛选"
        placeholder="全部状态"
        allowClear
        value={filters.status}
        onChange={(v?: RosterFilters['status']) => update({ status: v })}
        options={optionsOf(PERSON_STATUS_LABELS)}
        className="roster-select"
      />
      <span className="roster-date">
        <label htmlFor="roster-on">花名册日期</label>
        <DatePicker
          id="roster-on"
          value={toDayjs(filters.on)}
          onChange={(d) => update({ on: fromDayjs(d) ?? undefined })}
          placeholder="今天"
          allowClear
        />
      </span>
    </div>
  );
}
