import { Alert } from 'antd';
import { countOf, type FindingStatus } from '../labels';

/** The one line a secretary reads first: how many things are wrong or due, or that all is well. */
export function CheckLead({ counts, year }: { counts: Partial<Record<FindingStatus, number>>; year: number }) {
  const unmet = countOf(counts, 'unmet');
  const missing = countOf(counts, 'missingData');
  const due = countOf(counts, 'dueSoon');
  const parts = [unmet && `${unmet} 项不符合`, missing && `${missing} 项缺少数据`, due && `${due} 项即将到期`].filter(Boolean);
  if (parts.length === 0) {
    return <Alert type="success" showIcon className="check-lead" title={`${year}年已到期的各项均符合要求，暂无需要处理的事项。`} />;
  }
  return (
    <Alert
      type={unmet || missing ? 'error' : 'warning'}
      showIcon
      className="check-lead"
      title={`有 ${parts.join('、')}`}
      description="下面按条款列出，最需要处理的在前；每条的说明就是下一步要做的事。"
    />
  );
}
