import type { MatrixCell } from '../api';
import { countOf, FINDING_STATUSES, FINDING_STATUS_LABELS, type FindingStatus } from '../labels';

/** `不符合 2 · 符合 5` — every status a cell holds, for its tooltip and its accessible name. */
export const cellSummary = (cell: MatrixCell): string =>
  [
    ...FINDING_STATUSES.filter((s) => countOf(cell.counts, s) > 0).map((s) => `${FINDING_STATUS_LABELS[s]} ${countOf(cell.counts, s)}`),
    ...(cell.advisories > 0 ? [`未达“一般”要求的提示 ${cell.advisories}`] : []),
  ].join(' · ');

interface Props {
  cell: MatrixCell | undefined;
  /** what the cell is, e.g. `办公厅第一党支部 ORG-2 支部委员会` */
  label: string;
  /** with a status filter: show that status's count, and fade cells without it */
  only: FindingStatus | null;
  onOpen: () => void;
}

/**
 * One cell of the 体检总览: coloured by its worst binding status (or the filtered one), with that status's count;
 * advisory rules not met (“一般” requirements) only add a small 提示 mark, never the colour.
 */
export function MatrixCellButton({ cell, label, only, onOpen }: Props) {
  if (!cell || cell.worst === null) {
    return (
      <span className="check-cell check-cell-none" title={`${label}：无体检结果`}>
        —
      </span>
    );
  }
  const shown = only ?? cell.worst;
  const n = countOf(cell.counts, shown);
  const faded = only !== null && n === 0;
  const summary = cellSummary(cell);
  return (
    <button
      type="button"
      className={`check-cell check-cell-${faded ? 'faded' : shown}`}
      title={`${label}：${summary}`}
      aria-label={`${label}：${summary}`}
      onClick={onOpen}
    >
      <span className="check-cell-label">{faded ? '—' : FINDING_STATUS_LABELS[shown]}</span>
      {!faded && <span className="check-cell-count">{n}</span>}
      {cell.advisories > 0 && (
        <span className="check-cell-advisory" aria-hidden>
          提示{cell.advisories}
        </span>
      )}
    </button>
  );
}
