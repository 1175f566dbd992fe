import { Table } from 'antd';
import type { PersonRow } from '@zhibu/schemas';
import { rosterColumns } from './rosterColumns';

interface Props {
  rows: PersonRow[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

/** The wide roster table with server-side paging. */
export function RosterTable({ rows, total, page, pageSize, loading, onPage }: Props) {
  return (
    <Table<PersonRow>
      rowKey="id"
      size="middle"
      className="nowrap-table"
      columns={rosterColumns}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (t) => `共 ${t} 人`,
        onChange: onPage,
      }}
      locale={{ emptyText: '没有符合条件的人员' }}
    />
  );
}
