import { Table } from 'antd';
import type { CheckMatrix, MatrixRow } from '../api';
import type { FindingStatus } from '../labels';
import { MatrixCellButton } from './MatrixCell';
import { FindingStatusTag } from './StatusTag';
import type { CellTarget } from './CellDrawer';

interface Props {
  clauses: CheckMatrix['clauses'];
  rows: MatrixRow[];
  only: FindingStatus | null;
  onOpen: (t: CellTarget) => void;
}

/** 体检总览 on a wide screen: a row per branch, a column per clause, each cell coloured by its worst finding. */
export function MatrixTable({ clauses, rows, only, onOpen }: Props) {
  return (
    <Table<MatrixRow>
      rowKey="branchId"
      size="small"
      className="check-matrix"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      sticky
      bordered
      locale={{ emptyText: '没有符合条件的党支部' }}
      columns={[
        {
          title: '党支部',
          key: 'branch',
          fixed: 'left',
          width: 190,
          render: (_, r) => (
            <span className="check-matrix-branch" title={r.branch}>
              {r.shortName}
            </span>
          ),
        },
        {
          title: '总体',
          key: 'worst',
          width: 92,
          render: (_, r) => (r.worst ? <FindingStatusTag status={r.worst} /> : <span className="muted">—</span>),
        },
        ...clauses.map((c) => ({
          key: c.id,
          width: 96,
          align: 'center' as const,
          title: (
            <span className="check-matrix-head" title={`${c.id} ${c.title}`}>
              <span className="check-clause-id">{c.id}</span>
              <span className="check-matrix-head-title">{c.title}</span>
            </span>
          ),
          render: (_: unknown, r: MatrixRow) => (
            <MatrixCellButton
              cell={r.cells[c.id]}
              label={`${r.shortName} ${c.id} ${c.title}`}
              only={only}
              onOpen={() => onOpen({ branchId: r.branchId, branch: r.shortName, clause: c.id })}
            />
          ),
        })),
      ]}
    />
  );
}
