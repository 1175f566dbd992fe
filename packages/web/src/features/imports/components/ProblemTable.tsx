import { Button, Table, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { RosterImportReport } from '@zhibu/schemas';
import { saveCsv } from '../../../lib/files';

type Problem = RosterImportReport['problems'][number];

const columns: TableColumnsType<Problem> = [
  { title: '行号', dataIndex: 'row', width: 60, align: 'right' },
  { title: '列', dataIndex: 'column', width: 112, render: (c: string) => c || '—' },
  { title: '问题', dataIndex: 'message' },
];

/** Every problem of the file, row by row, and a CSV of them to fix the file against. */
export function ProblemTable({ problems, fileName }: { problems: Problem[]; fileName: string }) {
  const base = fileName.replace(/\.[^.]+$/, '') || '花名册';
  const save = () =>
    saveCsv(
      `${base}-问题清单.csv`,
      ['行号', '列', '问题'],
      problems.map((p) => [p.row, p.column, p.message]),
    );
  return (
    <div className="import-problems">
      <div className="import-problems-head">
        <span>
          共 <strong>{problems.length}</strong> 处问题（行号即 Excel 中的行号，第 1 行为表头）
        </span>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={save}>
          下载问题清单
        </Button>
      </div>
      <Table<Problem>
        size="small"
        columns={columns}
        dataSource={problems.map((p, i) => ({ ...p, key: i }))}
        pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 处` }}
      />
    </div>
  );
}
