import { Alert, Button, Checkbox, Typography } from 'antd';
import { CheckCircleFilled, CloudUploadOutlined, WarningFilled } from '@ant-design/icons';
import type { RosterImportReport } from '@zhibu/schemas';
import { summaryText, type RosterMapping } from '../api';
import { MappingTable } from './MappingTable';
import { ProblemTable } from './ProblemTable';

interface Props {
  report: RosterImportReport;
  fileName: string;
  busy: boolean;
  confirmNew: boolean;
  onConfirmNew: (v: boolean) => void;
  onMapping: (m: RosterMapping) => void;
  onApply: () => void;
}

/** Step 2: what the import would do, how the columns were read, every problem, and the 导入 button. */
export function PreviewResult({ report, fileName, busy, confirmNew, onConfirmNew, onMapping, onApply }: Props) {
  const { problems, newBranches, newGroups } = report;
  const hasNew = newBranches.length + newGroups.length > 0;
  const blocked = problems.length > 0 ? `文件中有 ${problems.length} 处问题，修正后重新上传（整份文件不会导入任何一行）` : hasNew && !confirmNew ? '请先确认新建以上党支部/党小组' : null;

  return (
    <div className="import-preview">
      <div className={`import-summary ${problems.length ? 'import-summary-bad' : 'import-summary-ok'}`}>
        {problems.length ? <WarningFilled aria-hidden /> : <CheckCircleFilled aria-hidden />}
        <span>{summaryText(report.summary)}</span>
      </div>
      <MappingTable headers={report.headers} mapping={report.mapping} disabled={busy} onChange={onMapping} />
      {hasNew && (
        <Alert
          type="warning"
          showIcon
          className="import-new"
          title="以下党支部/党小组在系统中还没有，导入时将新建："
          description={
            <div>
              <ul className="import-new-list">
                {newBranches.map((b) => (
                  <li key={b}>党支部：{b}</li>
                ))}
                {newGroups.map((g) => (
                  <li key={`${g.branch}/${g.group}`}>
                    党小组：{g.branch} · {g.group}
                  </li>
                ))}
              </ul>
              <Typography.Paragraph type="secondary" className="import-new-note">
                如为名称写错，请修改文件后重新上传；支部名称可用全称或简称。
              </Typography.Paragraph>
              <Checkbox checked={confirmNew} disabled={busy} onChange={(e) => onConfirmNew(e.target.checked)}>
                确认新建以上党支部/党小组
              </Checkbox>
            </div>
          }
        />
      )}
      {problems.length > 0 && <ProblemTable problems={problems} fileName={fileName} />}
      <div className="import-apply">
        <Button type="primary" size="large" icon={<CloudUploadOutlined aria-hidden />} disabled={!!blocked || busy} onClick={onApply}>
          导入
        </Button>
        {blocked ? (
          <Typography.Text type={problems.length ? 'danger' : 'warning'} className="import-blocked">
            {blocked}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">检查通过。导入在一次操作中完成：要么全部写入，要么一行也不写入。</Typography.Text>
        )}
      </div>
    </div>
  );
}
