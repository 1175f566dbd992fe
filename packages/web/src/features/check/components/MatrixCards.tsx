import { Card, Empty, Tag } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { MatrixRow } from '../api';
import { countOf, FINDING_STATUSES, type FindingStatus } from '../labels';
import { FindingStatusTag } from './StatusTag';

/** A branch's counts over all its clauses. */
export function rowCounts(row: MatrixRow): Partial<Record<FindingStatus, number>> {
  const out: Partial<Record<FindingStatus, number>> = {};
  for (const cell of Object.values(row.cells)) for (const s of FINDING_STATUSES) out[s] = (out[s] ?? 0) + countOf(cell.counts, s);
  return out;
}

/** Advisory (“一般”) rules not met, over all its clauses. */
const advisories = (row: MatrixRow): number => Object.values(row.cells).reduce((n, c) => n + c.advisories, 0);

const SHOWN: readonly FindingStatus[] = ['unmet', 'missingData', 'dueSoon', 'pending', 'met'];

/** 体检总览 on a phone: one card per branch with its worst status and counts, opening the branch's 体检. */
export function MatrixCards({ rows, year }: { rows: MatrixRow[]; year: number }) {
  if (rows.length === 0) return <Empty description="没有符合条件的党支部" />;
  return (
    <ul className="check-cards" aria-label="党支部体检列表">
      {rows.map((r) => {
        const counts = rowCounts(r);
        return (
          <li key={r.branchId}>
            <Link to={`/branches/${r.branchId}/check?year=${year}`} className="check-card-link">
              <Card size="small" className={`check-card check-card-${r.worst ?? 'none'}`}>
                <div className="check-card-top">
                  <span className="check-card-name">{r.shortName}</span>
                  {r.worst && <FindingStatusTag status={r.worst} />}
                  <RightOutlined aria-hidden className="check-card-arrow" />
                </div>
                <div className="tag-wrap check-card-counts">
                  {SHOWN.map((s) => (countOf(counts, s) > 0 ? <FindingStatusTag key={s} status={s} suffix={` ${countOf(counts, s)}`} /> : null))}
                  {advisories(r) > 0 && <Tag className="check-status-tag">提示 {advisories(r)}</Tag>}
                </div>
              </Card>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
