import { FINDING_STATUSES, FINDING_STATUS_LABELS, countOf, type FindingStatus } from '../labels';

interface Props {
  counts: Partial<Record<FindingStatus, number>>;
  active: FindingStatus | null;
  onPick: (s: FindingStatus | null) => void;
}

/** The counts per status, worst first; a click filters the list to that status, a second click shows all again. */
export function StatusSummary({ counts, active, onPick }: Props) {
  return (
    <div className="check-summary" role="group" aria-label="按状态筛选">
      {FINDING_STATUSES.map((s) => {
        const n = countOf(counts, s);
        return (
          <button
            key={s}
            type="button"
            className={`check-chip check-chip-${s}${active === s ? ' check-chip-active' : ''}${n === 0 ? ' check-chip-zero' : ''}`}
            aria-pressed={active === s}
            disabled={n === 0 && active !== s}
            onClick={() => onPick(active === s ? null : s)}
          >
            <span className="check-chip-label">{FINDING_STATUS_LABELS[s]}</span>
            <span className="check-chip-count">{n}</span>
          </button>
        );
      })}
    </div>
  );
}
