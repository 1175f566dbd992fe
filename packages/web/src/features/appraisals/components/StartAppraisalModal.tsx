import { DatePicker, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { BALLOT_MODE_LABELS, MEETING_KIND_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { useApi } from '../../../lib/useApi';
import { meetingsPath, type MeetingListItem } from '../../meetings/api';
import { startAppraisal, type Appraisal, type BallotMode } from '../api';

interface Values {
  startedOn: Dayjs;
  meetingId?: string | null;
  ballotMode: BallotMode;
}

/** The meetings a 民主评议 may take place at: 民主评议党员大会, 党员大会, 组织生活会 of the year. */
export function useAppraisalMeetings(branchId: string, year: number) {
  const list = useApi<{ items: MeetingListItem[] }>(meetingsPath(branchId, year));
  return (list.data?.items ?? [])
    .filter((m) => ['appraisalMeeting', 'assembly', 'lifeMeeting'].includes(m.kind) && m.status !== 'cancelled')
    .map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title ?? MEETING_KIND_LABELS[m.kind]}` }));
}

/** 开展民主评议: the list is the branch's 党员 on the start date (正式党员 graded, 预备党员 taking part). */
export function StartAppraisalModal(props: { branchId: string; year: number; today: string; onCancel: () => void; onStarted: (a: Appraisal) => void }) {
  const { branchId, year, today, onCancel, onStarted } = props;
  const meetings = useAppraisalMeetings(branchId, year);
  return (
    <FormModal<Values>
      open
      title={`开展${year}年度民主评议党员`}
      okText="开始"
      onCancel={onCancel}
      initialValues={{ startedOn: toDayjs(today.startsWith(String(year)) || today.startsWith(String(year + 1)) ? today : `${year}-12-01`) ?? undefined, ballotMode: 'paper' }}
      onSubmit={async (v) => onStarted(await startAppraisal(branchId, { year, startedOn: fromDayjs(v.startedOn)!, meetingId: v.meetingId ?? null, ballotMode: v.ballotMode }))}
    >
      <Form.Item name="startedOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]} extra="参评名单取开始日期在册的党员：正式党员评定等次，预备党员参加评议不评定等次。">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="meetingId" label="评议会议（可稍后选择）">
        <Select allowClear options={meetings} placeholder="民主评议党员大会、党员大会或组织生活会" />
      </Form.Item>
      <Form.Item name="ballotMode" label="民主测评方式">
        <Radio.Group options={optionsOf(BALLOT_MODE_LABELS)} />
      </Form.Item>
    </FormModal>
  );
}
