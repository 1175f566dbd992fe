import { useEffect, useState } from 'react';
import { Collapse, Select, Table, Tag, type TableColumnsType } from 'antd';
import { ROSTER_COLUMNS, ROSTER_FIELDS, type RosterField } from '@zhibu/domain';
import type { RosterMapping } from '../api';

interface Props {
  headers: string[];
  mapping: RosterMapping;
  disabled: boolean;
  onChange: (m: RosterMapping) => void;
}

interface Row {
  field: RosterField;
  header: string;
  required: boolean;
}

/**
 * 列对应关系: for each roster field, which column of the file holds it. Preset from the server's guess (or the
 * mapping remembered for this header row); a change runs the preview again. Open by itself while a required
 * column is missing.
 */
export function MappingTable({ headers, mapping, disabled, onChange }: Props) {
  const missing = ROSTER_FIELDS.filter((f) => ROSTER_COLUMNS[f].required && !mapping[f]);
  const [open, setOpen] = useState(missing.length > 0);
  useEffect(() => {
    if (missing.length > 0) setOpen(true);
  }, [missing.length]);

  const options = headers.filter((h) => h).map((h) => ({ value: h, label: h }));
  const set = (field: RosterField, header: string | undefined) => {
    const next = { ...mapping };
    if (header) next[field] = header;
    else delete next[field];
    onChange(next);
  };
  const columns: TableColumnsType<Row> = [
    {
      title: '花名册字段',
      dataIndex: 'header',
      width: '40%',
      render: (h: string, r) => (
        <span className="mapping-field">
          {h}
          {r.required && <span className="mapping-required" aria-label="必填">*</span>}
        </span>
      ),
    },
    {
      title: '文件中的列',
      key: 'column',
      render: (_, r) => (
        <Select
          aria-label={`${r.header}对应的列`}
          value={mapping[r.field]}
          placeholder={r.required ? '请选择（必填）' : '（不导入）'}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          status={r.required && !mapping[r.field] ? 'error' : undefined}
          options={options}
          disabled={disabled}
          onChange={(v?: string) => set(r.field, v)}
          className="mapping-select"
          popupMatchSelectWidth={false}
        />
      ),
    },
  ];
  const rows: Row[] = ROSTER_FIELDS.map((f) => ({ field: f, header: ROSTER_COLUMNS[f].header, required: ROSTER_COLUMNS[f].required }));
  const matched = ROSTER_FIELDS.filter((f) => mapping[f]).length;

  return (
    <Collapse
      size="small"
      activeKey={open ? ['mapping'] : []}
      onChange={(keys) => setOpen(keys.includes('mapping'))}
      items={[
        {
          key: 'mapping',
          label: (
            <span>
              列对应关系：已对应 {matched} / {ROSTER_FIELDS.length} 列{' '}
              {missing.length > 0 && <Tag color="error">缺少必填列：{missing.map((f) => ROSTER_COLUMNS[f].header).join('、')}</Tag>}
            </span>
          ),
          children: (
            <Table<Row> rowKey="field" size="small" columns={columns} dataSource={rows} pagination={false} className="mapping-table" />
          ),
        },
      ]}
    />
  );
}
