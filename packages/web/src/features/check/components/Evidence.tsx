import { useState } from 'react';
import { Button, Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { PARAM_DEFS } from '@zhibu/domain';
import type { Finding } from '../api';

type EvidenceItem = Finding['evidence'][number];

/** Where a piece of evidence opens: the member, the branch's committee, the election, the org tree; else nowhere. */
export function evidenceHref(e: EvidenceItem, branchId: string): string | null {
  switch (e.kind) {
    case 'member':
      return `/persons/${e.id}`;
    case 'committee':
    case 'vacancy':
    case 'extension':
      return `/branches/${branchId}/committee`;
    case 'election':
      return `/elections/${e.id}`;
    case 'group':
      return '/org';
    case 'meeting':
      return `/meetings/${e.id}`;
    default:
      return null;
  }
}

/** How many records show before 展开 (a group's evidence lists every member). */
const FIRST = 3;

/** The records that decided a finding, as links where they have a page; a long list opens on demand. */
export function EvidenceLinks({ finding }: { finding: Finding }) {
  const [all, setAll] = useState(false);
  if (finding.evidence.length === 0) return null;
  const shown = all ? finding.evidence : finding.evidence.slice(0, FIRST);
  const hidden = finding.evidence.length - shown.length;
  return (
    <div className="check-evidence">
      <span className="check-evidence-head">依据记录：</span>
      {shown.map((e, i) => {
        const href = evidenceHref(e, finding.branchId);
        const text = e.date ? `${e.label}（${e.date}）` : e.label;
        return (
          <span key={`${e.kind}-${e.id}-${i}`} className="check-evidence-item">
            {href ? <Link to={href}>{text}</Link> : text}
          </span>
        );
      })}
      {hidden > 0 && (
        <Button type="link" size="small" className="check-evidence-more" onClick={() => setAll(true)}>
          等 {finding.evidence.length} 项，展开
        </Button>
      )}
    </div>
  );
}

const formatValue = (v: number | boolean | string): string => (typeof v === 'boolean' ? (v ? '是' : '否') : String(v));

/** `依据参数：设支部委员会的党员人数 7；只计正式党员 是` */
export function paramsText(params: Finding['params']): string | null {
  const entries = Object.entries(params);
  if (entries.length === 0) return null;
  return '依据参数：' + entries.map(([k, v]) => `${PARAM_DEFS.get(k)?.label ?? k} ${formatValue(v)}`).join('；');
}

/** The parameter values a rule used, kept out of the way behind an icon. */
export function ParamsHint({ params }: { params: Finding['params'] }) {
  const text = paramsText(params);
  if (!text) return null;
  return (
    <Tooltip title={text}>
      <InfoCircleOutlined className="check-params-icon" aria-label={text} tabIndex={0} />
    </Tooltip>
  );
}
