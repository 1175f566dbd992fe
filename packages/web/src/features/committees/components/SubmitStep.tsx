import { Tag, Typography } from 'antd';
import { ELECTION_STATUS_LABELS } from '@zhibu/schemas';
import type { Election } from '../api';
import { ELECTION_STATUS_COLORS } from './committeeUtils';
import { ReportButton } from './ElectionButtons';
import { ResultSummary } from './ResultSummary';
import { RolesCorrection } from './RolesCorrection';

/** Step 3 报批: the result as recorded, the status, the report to print, posts to correct and the submit button. */
export function SubmitStep({ election: e, onSaved }: { election: Election; onSaved: (msg: string | null) => void }) {
  return (
    <div className="el-step">
      <div className="el-status-line">
        <Typography.Text>状态：</Typography.Text>
        <Tag color={ELECTION_STATUS_COLORS[e.status]}>{ELECTION_STATUS_LABELS[e.status]}</Tag>
        {e.submittedOn && <Typography.Text type="secondary">{e.submittedOn} 报批</Typography.Text>}
      </div>
      <ResultSummary election={e} />
      {e.status === 'held' && (
        <Typography.Paragraph type="secondary" className="cm-form-hint">
          请核对无误后报批。当选的委员报机关党委备案，书记、副书记报机关党委批准。
        </Typography.Paragraph>
      )}
      {e.status === 'held' && e.abilities.submit && (
        <RolesCorrection election={e} title="职务分工（报批前可更正）" submitLabel="报机关党委审批" onSaved={onSaved} />
      )}
      <div>
        <ReportButton election={e} />
      </div>
    </div>
  );
}
