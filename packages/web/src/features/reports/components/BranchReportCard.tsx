import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Card, Popconfirm, Typography } from 'antd';
import { EditOutlined, PaperClipOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { BRANCH_REPORT_KIND_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { AttachmentsModal } from '../../lifeMeetings/components/AttachmentsModal';
import { submitBranchReport, type BranchReport, type BranchReportKind } from '../api';
import { BranchReportModal } from './BranchReportModal';
import { ReportStatusTag } from './ReportStatusTag';

/** One of the branch's two yearly reports: its state, text, files, and 报送 for the report to the 机关党委. */
export function BranchReportCard(props: { branchId: string; branchName?: string; year: number; kind: BranchReportKind; report: BranchReport | undefined; canCreate: boolean; onChanged: () => void }) {
  const { branchId, branchName, year, kind, report: r, canCreate, onChanged } = props;
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [files, setFiles] = useState(false);
  const [busy, setBusy] = useState(false);
  const toOrgan = kind === 'toOrgan';

  const submit = async () => {
    if (!r) return;
    setBusy(true);
    try {
      await submitBranchReport(r.id);
      void message.success('已报送机关党委');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={BRANCH_REPORT_KIND_LABELS[kind]}
      extra={r ? (toOrgan ? <ReportStatusTag r={r} /> : r.meetingId ? <Link to={`/meetings/${r.meetingId}`}>查看党员大会</Link> : null) : null}
    >
      {!r ? (
        <div className="lf-row">
          <span className="muted">{year}年尚未撰写</span>
          {canCreate && (
            <Button size="small" type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(true)}>
              撰写报告
            </Button>
          )}
        </div>
      ) : (
        <>
          <div className="lf-item-title">{r.title}</div>
          <div className="lf-item-meta">
            {toOrgan
              ? [r.submittedOn && `报送于 ${r.submittedOn}`, r.receivedOn && `收到于 ${r.receivedOn}`].filter(Boolean).join(' · ') || '尚未报送'
              : r.reportedOn
                ? `${r.reportedOn} 在党员大会上报告`
                : r.meetingId
                  ? '已关联党员大会'
                  : '尚未关联党员大会'}
          </div>
          {r.status === 'returned' && r.returnReason && <Alert type="error" showIcon title={`机关党委退回：${r.returnReason}`} style={{ margin: '8px 0' }} />}
          {r.body && (
            <Typography.Paragraph ellipsis={{ rows: 4, expandable: 'collapsible' }} className="lf-pre" style={{ margin: '8px 0' }}>
              {r.body}
            </Typography.Paragraph>
          )}
          <div className="lf-row" style={{ marginTop: 8 }}>
            {r.abilities.edit && (
              <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            )}
            <Button size="small" icon={<PaperClipOutlined aria-hidden />} onClick={() => setFiles(true)}>
              附件{r.attachmentCount ? ` ${r.attachmentCount}` : ''}
            </Button>
            {toOrgan && r.abilities.submit && (r.status === 'draft' || r.status === 'returned') && (
              <Popconfirm title="报送机关党委？" description="报送后由机关党委确认收到或退回。" okText="报送" cancelText="取消" onConfirm={submit}>
                <Button size="small" type="primary" icon={<SendOutlined aria-hidden />} loading={busy}>
                  报送机关党委
                </Button>
              </Popconfirm>
            )}
          </div>
        </>
      )}
      {editing && (
        <BranchReportModal
          branchId={branchId}
          branchName={branchName}
          year={year}
          kind={kind}
          report={r}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success('已保存');
            onChanged();
          }}
        />
      )}
      {r && files && (
        <AttachmentsModal
          title={`${r.title} · 附件`}
          entityType="branchReport"
          entityId={r.id}
          canWrite={r.abilities.edit}
          onClose={() => {
            setFiles(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
