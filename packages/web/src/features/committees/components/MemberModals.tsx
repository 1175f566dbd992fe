import { AutoComplete, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { createVacancy, recordApproval, type Committee, type CommitteeMember } from '../api';

const REASONS = ['调离本单位', '组织关系转出', '退休', '免职', '辞职', '去世'].map((value) => ({ value }));

/** 出现空缺: a member leaves office and the post becomes vacant, to be filled by 补选 (ORG-3, R-ORG-7). */
export function VacancyModal({ committee, member, today, onClose, onSaved }: {
  committee: Committee;
  member: CommitteeMember;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const submit = async (v: { arisenOn: Dayjs; reason: string }) => {
    await createVacancy(committee.id, { memberId: member.id, arisenOn: fromDayjs(v.arisenOn) ?? today, reason: v.reason.trim() });
    onSaved();
  };
  return (
    <FormModal<{ arisenOn: Dayjs; reason: string }>
      open
      title={`出现空缺：${member.name}（${member.roleLabel}）`}
      okText="确认离任"
      initialValues={{ arisenOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <p className="cm-form-hint">{member.name}将离任，{member.roleLabel}职务出现空缺。空缺应及时在党员大会上补选；确有必要时，书记、副书记可由机关党委指派。</p>
      <Form.Item label="离任日期" name="arisenOn" rules={[{ required: true, message: '请选择离任日期' }]}>
        <DatePicker style={{ width: '100%' }} maxDate={dayjs(today)} />
      </Form.Item>
      <Form.Item label="空缺原因" name="reason" rules={[{ required: true, min: 2, message: '请填写空缺原因' }]}>
        <AutoComplete options={REASONS} placeholder="如：调离本单位">
          <Input maxLength={200} />
        </AutoComplete>
      </Form.Item>
    </FormModal>
  );
}

/** 批准书记任职: the 机关党委 records its approval of a 书记 or 副书记 (R-ORG-5). */
export function ApprovalModal({ member, today, onClose, onSaved }: {
  member: CommitteeMember;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const submit = async (v: { approvedOn: Dayjs; approvalDocNo?: string }) => {
    await recordApproval(member.id, { approvedOn: fromDayjs(v.approvedOn) ?? today, approvalDocNo: v.approvalDocNo?.trim() || null });
    onSaved();
  };
  return (
    <FormModal<{ approvedOn: Dayjs; approvalDocNo?: string }>
      open
      title={`批准任职：${member.name}（${member.roleLabel}）`}
      okText="批准"
      initialValues={{ approvedOn: dayjs(today) }}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Form.Item label="批准日期" name="approvedOn" rules={[{ required: true, message: '请选择批准日期' }]}>
        <DatePicker style={{ width: '100%' }} maxDate={dayjs(today)} />
      </Form.Item>
      <Form.Item label="批复文号" name="approvalDocNo">
        <Input maxLength={60} placeholder="如：X机党〔2026〕12号" />
      </Form.Item>
    </FormModal>
  );
}
