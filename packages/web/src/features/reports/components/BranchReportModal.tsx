import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { BRANCH_REPORT_KIND_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { meetingsPath, type MeetingListItem } from '../../meetings/api';
import { createBranchReport, updateBranchReport, type BranchReport, type BranchReportKind } from '../api';

interface Values {
  title: string;
  body?: string;
  reportedOn?: Dayjs | null;
  meetingId?: string | null;
}

/** Writes or edits one of the branch's two yearly reports; the 年终报告 names the 党员大会 it was given at. */
export function BranchReportModal(props: { branchId: string; branchName?: string; year: number; kind: BranchReportKind; report?: BranchReport; onCancel: () => void; onSaved: () => void }) {
  const { branchId, branchName = '党支部', year, kind, report, onCancel, onSaved } = props;
  const assembly = kind === 'toAssembly';
  const meetings = useApi<{ items: MeetingListItem[] }>(assembly ? meetingsPath(branchId, year, 'assembly') : null);
  const submit = async (v: Values) => {
    const body = { title: v.title.trim(), body: v.body?.trim() || null, reportedOn: fromDayjs(v.reportedOn), ...(assembly ? { meetingId: v.meetingId ?? null } : {}) };
    if (report) await updateBranchReport(report.id, body);
    else await createBranchReport(branchId, { year, kind, ...body });
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      width={720}
      title={`${year}年${BRANCH_REPORT_KIND_LABELS[kind]}`}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={
        report
          ? { title: report.title, body: report.body ?? undefined, reportedOn: toDayjs(report.reportedOn), meetingId: report.meetingId }
          : { title: assembly ? `${branchName}${year}年度工作报告` : `${branchName}${year}年度工作情况报告` }
      }
    >
      <Form.Item name="title" label="标题" rules={[{ required: true, min: 2, message: '请填写标题' }]}>
        <Input maxLength={200} />
      </Form.Item>
      {assembly && (
        <div className="mt-form-row">
          <Form.Item name="meetingId" label="报告的党员大会">
            <Select
              allowClear
              loading={meetings.loading}
              placeholder="选择党员大会"
              options={(meetings.data?.items ?? []).filter((m) => m.status !== 'cancelled').map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title ?? '党员大会'}` }))}
            />
          </Form.Item>
          <Form.Item name="reportedOn" label="报告日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
      )}
      <Form.Item name="body" label="报告正文（也可上传附件）">
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={50000} />
      </Form.Item>
    </FormModal>
  );
}
