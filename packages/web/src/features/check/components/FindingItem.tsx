import { Tag } from 'antd';
import { Link } from 'react-router';
import type { Finding } from '../api';
import { dueText, formatPeriod } from '../labels';
import { EvidenceLinks, evidenceHref, ParamsHint } from './Evidence';
import { FindingStatusTag } from './StatusTag';

/** One finding: status, rule, subject, what to do next, period and due date, the evidence, the parameters used. */
export function FindingItem({ finding: f, today }: { finding: Finding; today: string }) {
  const subjectHref = f.subject ? evidenceHref({ ...f.subject, label: f.subject.name, date: null }, f.branchId) : null;
  const open = f.status === 'unmet' || f.status === 'dueSoon' || f.status === 'pending';
  const quiet = f.status === 'met' || f.status === 'notApplicable';
  return (
    <li className={`check-finding check-finding-${f.status}${quiet ? ' check-finding-quiet' : ''}`}>
      <div className="check-finding-head">
        <FindingStatusTag status={f.status} />
        <span className="check-finding-title">{f.title}</span>
        {f.subject && (
          <span className="check-finding-subject">
            {subjectHref ? <Link to={subjectHref}>{f.subject.name}</Link> : f.subject.name}
          </span>
        )}
        {f.severity === 'advisory' && (
          <Tag color="default" variant="outlined" className="check-advisory" title="“一般”要求，只作提示">
            提示
          </Tag>
        )}
        <span className="check-finding-meta">
          {f.period !== today && <span className="check-finding-period">{formatPeriod(f.period)}</span>}
          <ParamsHint params={f.params} />
        </span>
      </div>
      <div className="check-finding-message">{f.message}</div>
      {f.status === 'notApplicable' && f.reason && <div className="check-finding-reason">不适用原因：{f.reason}</div>}
      {open && f.due && (
        <div className={`check-finding-due${f.status === 'unmet' ? ' check-due-late' : ''}`}>
          截止 {f.due}（{dueText(f.due, today)}）
        </div>
      )}
      <EvidenceLinks finding={f} />
    </li>
  );
}
