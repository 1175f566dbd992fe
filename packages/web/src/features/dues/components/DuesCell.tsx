import { Tooltip } from 'antd';
import { DUES_STATUS_LABELS, type DuesMonthCell } from '@zhibu/schemas';
import { monthCn, yuan } from '../api';

/** One month of a member: ✓ paid, 预 ahead, 补 made up, red 欠 unpaid (closed), 免 exempt, blank otherwise. */
const MARK: Record<DuesMonthCell['status'], { text: string; color?: string }> = {
  paid: { text: '✓', color: '#389e0d' },
  paidAhead: { text: '预', color: '#1677ff' },
  madeUp: { text: '补', color: '#d48806' },
  unpaid: { text: '欠', color: '#cf1322' },
  exempt: { text: '免', color: '#8c8c8c' },
  notYetDue: { text: '' },
  notLiable: { text: '—', color: '#bfbfbf' },
};

export function DuesCell({ cell }: { cell: DuesMonthCell }) {
  const m = MARK[cell.status];
  const tip = [
    `${monthCn(cell.month)}：${cell.status === 'notLiable' ? '无需交纳' : DUES_STATUS_LABELS[cell.status]}`,
    cell.dueFen !== null ? `应交 ${yuan(cell.dueFen)} 元` : '',
    cell.paidFen !== null ? `实交 ${yuan(cell.paidFen)} 元` : '',
    cell.paidOn ? `交纳日期 ${cell.paidOn}` : '',
  ]
    .filter(Boolean)
    .join('，');
  return (
    <Tooltip title={tip}>
      <span aria-label={tip} style={{ color: m.color, fontWeight: cell.status === 'unpaid' ? 600 : undefined, display: 'inline-block', minWidth: 16, textAlign: 'center' }}>
        {m.text || '·'}
      </span>
    </Tooltip>
  );
}
