import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Group } from '@zhibu/schemas';
import { MEETING_KIND_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { MeetingTimeFields, timeOf } from './MeetingTimeFields';
import { fromDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { createMeeting, type Meeting, type MeetingKind } from '../api';

export interface CreatePreset {
  kind: MeetingKind;
  groupId: string | null;
  heldOn: Dayjs | null;
}

interface Values {
  kind: MeetingKind;
  groupId?: string;
  heldOn: Dayjs;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  place?: string;
  title?: string;
  topic?: string;
}


/** 登记会议: kind, date, time, place and title are enough to start; the rest is filled on the meeting's page. */
export function CreateMeetingModal(props: {
  open: boolean;
  branchId: string;
  groups: Group[];
  preset: CreatePreset;
  onCancel: () => void;
  onCreated: (m: Meeting) => void;
}) {
  const { open, branchId, groups, preset, onCancel, onCreated } = props;
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);

  const submit = async (v: Values) => {
    const m = await createMeeting(branchId, {
      kind: v.kind,
      groupId: v.kind === 'groupMeeting' ? (v.groupId ?? null) : null,
      heldOn: fromDayjs(v.heldOn)!,
      startTime: timeOf(v.startTime),
      endTime: timeOf(v.endTime),
      place: v.place?.trim() || null,
      title: v.title?.trim() || null,
      topic: v.kind === 'partyLecture' ? v.topic?.trim() || null : null,
    });
    onCreated(m);
  };

  return (
    <FormModal<Values>
      open={open}
      title="登记会议"
      okText="登记并填写记录"
      form={form}
      initialValues={{ kind: preset.kind, groupId: preset.groupId ?? undefined, heldOn: preset.heldOn ?? undefined }}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <div className="mt-form-row">
        <Form.Item name="kind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
          <Select options={optionsOf(MEETING_KIND_LABELS)} />
        </Form.Item>
        {kind === 'groupMeeting' && (
          <Form.Item name="groupId" label="党小组" rules={[{ required: true, message: '请选择党小组' }]}>
            <Select options={groups.map((g) => ({ value: g.id, label: g.name }))} placeholder="选择党小组" />
          </Form.Item>
        )}
      </div>
      <MeetingTimeFields />
      <Form.Item name="place" label="地点">
        <Input maxLength={100} placeholder="如：机关党员活动室" />
      </Form.Item>
      {kind === 'partyLecture' ? (
        <Form.Item name="topic" label="党课题目">
          <Input maxLength={200} />
        </Form.Item>
      ) : (
        <Form.Item name="title" label="会议名称/主题">
          <Input maxLength={100} placeholder="如：11月主题党日——学习贯彻党的二十届四中全会精神" />
        </Form.Item>
      )}
    </FormModal>
  );
}
