import { DocFields } from './DocFields';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs } from '../../../lib/dates';
import { approveEarly, type Election } from '../api';

/** 批准提前换届: an election before the term ends needs the 机关党委's approval (选举条例 Art. 3, ORG-3). */
export function EarlyApprovalModal({ election, today, onClose, onSaved }: {
  election: Election;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  type V = { approvedOn: Dayjs; docNo?: string };
  const submit = async (v: V) => {
    await approveEarly(election.id, { approvedOn: fromDayjs(v.approvedOn) ?? today, docNo: v.docNo?.trim() || null });
    onSaved();
  };
  return (
    <FormModal<V> open title={`批准提前换届：${election.branchName}`} okText="批准" initialValues={{ approvedOn: dayjs(today) }} onCancel={onClose} onSubmit={submit}>
      <DocFields dateName="approvedOn" dateLabel="批准日期" docLabel="批复文号" />
    </FormModal>
  );
}
