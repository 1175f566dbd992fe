import { useState } from 'react';
import { App, Button, Popconfirm } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { downloadFile } from '../../../lib/files';
import { electionReportPath, submitElection, type Election } from '../api';

/** The printable 选举结果报告 (PDF), downloaded to print and file. */
export function ReportButton({ election }: { election: Election }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (!election.heldOn) return null;
  const download = async () => {
    setBusy(true);
    try {
      await downloadFile(electionReportPath(election.id), `选举结果报告-${election.branchName}.pdf`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<PrinterOutlined aria-hidden />} loading={busy} onClick={() => void download()}>
      下载选举结果报告（PDF，打印用）
    </Button>
  );
}

/** Submits the result: members are filed and 书记/副书记 approved by the 机关党委 (R-ORG-5, R-ELECT-9). */
export function SubmitButton({ election, label = '报机关党委审批', disabled, onSaved }: {
  election: Election;
  label?: string;
  disabled?: boolean;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      await submitElection(election.id);
      void message.success('已报机关党委审批');
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={`${label}？`}
      description="报批后不能再修改选举结果。"
      okText="报批"
      cancelText="取消"
      onConfirm={() => void go()}
    >
      <Button type="primary" loading={busy} disabled={disabled}>{label}</Button>
    </Popconfirm>
  );
}
