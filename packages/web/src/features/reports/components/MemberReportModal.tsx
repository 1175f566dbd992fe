import { DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { MEMBER_REPORT_AUDIENCE_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { createMemberReport, createOwnMemberReport, updateMemberReport, type MemberReport, type MemberReportAudience } from '../api';

interface Values {
  reportedOn: Dayjs;
  audience: MemberReportAudience;
  content?: string;
}

/**
 * A 党员汇报: entered on a member's behalf by the committee (`branchId` + `person`), edited, or the member's own
 * (neither given: posts to /api/me/member-report).
 */
export function MemberReportModal(props: {
  year: number;
  today: string;
  branchId?: string;
  person?: { id: string; name: string };
  report?: MemberReport;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const { year, today, branchId, person, report, onCancel, onSaved } = props;
  const submit = async (v: Values) => {
    const body = { reportedOn: fromDayjs(v.reportedOn)!, audience: v.audience, content: v.content?.trim() || null };
    if (report) await updateMemberReport(report.id, body);
    else if (branchId && person) await createMemberReport(branchId, { personId: person.id, year, ...body });
    else await createOwnMemberReport({ year, ...body });
    onSaved();
  };
  const who = report?.person.name ?? person?.name;
  return (
    <FormModal<Values>
      open
      title={`${year}年党员汇报${who ? ` · ${who}` : ''}`}
      onCancel={onCancel}
      onSubmit={submit}
      okText={report ? '保存' : '提交'}
      initialValues={report ? { reportedOn: toDayjs(report.reportedOn) ?? undefined, audience: report.audience, content: report.content ?? undefined } : { reportedOn: toDayjs(today) ?? undefined, audience: 'group' }}
    >
      <div className="mt-form-row">
        <Form.Item name="reportedOn" label="汇报日期" rules={[{ required: true, message: '请选择汇报日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="audience" label="汇报对象" rules={[{ required: true, message: '请选择汇报对象' }]}>
          <Radio.Group options={optionsOf(MEMBER_REPORT_AUDIENCE_LABELS)} />
        </Form.Item>
      </div>
      <Form.Item name="content" label="汇报内容（思想、工作、学习和作风情况）">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}
