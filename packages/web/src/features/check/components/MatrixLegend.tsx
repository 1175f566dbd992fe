import { FINDING_STATUSES, FINDING_STATUS_LABELS } from '../labels';

/** What the cell colours mean. */
export function MatrixLegend() {
  return (
    <div className="check-legend" aria-label="颜色说明">
      {FINDING_STATUSES.map((s) => (
        <span key={s} className="check-legend-item">
          <span className={`check-legend-swatch check-cell-${s}`} aria-hidden />
          {FINDING_STATUS_LABELS[s]}
        </span>
      ))}
      <span className="muted">每格按该条款最差的结果着色，数字为该状态的项数；“提示”为未达“一般”要求的项，不影响着色。点击格子查看详情。</span>
    </div>
  );
}
