import { Card } from 'antd';
import type { CheckMatrix } from '../api';
import { compareClauses, type FindingStatus } from '../labels';
import { MatrixCellButton } from './MatrixCell';
import type { CellTarget } from './CellDrawer';

interface Props {
  organName: string;
  organRow: NonNullable<CheckMatrix['organRow']>;
  clauses: CheckMatrix['clauses'];
  only: FindingStatus | null;
  onOpen: (t: CellTarget) => void;
}

/** The organ-level rules (机关党委层面), kept apart from the branches' rows. */
export function OrganRow({ organName, organRow, clauses, only, onOpen }: Props) {
  const titles = new Map(clauses.map((c) => [c.id, c.title]));
  const ids = Object.keys(organRow.cells)
    .filter((id) => organRow.cells[id]?.worst)
    .sort(compareClauses);
  if (ids.length === 0) return null;
  return (
    <Card size="small" className="check-organ-row" title={<h3 className="check-group-title">机关党委层面</h3>}>
      <div className="check-organ-cells">
        {ids.map((id) => (
          <div key={id} className="check-organ-cell">
            <span className="check-organ-clause">
              <span className="check-clause-id">{id}</span> {titles.get(id) ?? ''}
            </span>
            <MatrixCellButton
              cell={organRow.cells[id]}
              label={`机关党委 ${id} ${titles.get(id) ?? ''}`}
              only={only}
              onOpen={() => onOpen({ branchId: null, branch: organName, clause: id, findings: organRow.findings })}
            />
          </div>
        ))}
      </div>
    </Card>
  );
}
