import { Alert, Checkbox, Form, Input, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { THEME_DAY_FORMS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { MeetingTimeFields, timeOf } from './MeetingTimeFields';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { PersonSelect } from '../../org/components/PersonSelect';
import { updateMeeting, type Meeting, type ThemeDay } from '../api';
import { durationText, linesOf, minutesBetween } from '../meetingUtils';

type ThemeDayForm = ThemeDay['forms'][number];

interface Values {
  title?: string;
  heldOn: Dayjs;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  place?: string;
  hostPersonId?: string | null;
  recorderPersonId?: string | null;
  lecturerPersonId?: string | null;
  lecturerName?: string;
  topic?: string;
  agenda?: string;
  minutes?: string;
  resolutions?: string;
  decides?: boolean;
  recitedConstitution?: boolean;
  studied?: boolean;
  studyMaterial?: string;
  paidDues?: boolean;
  duesNote?: string;
  forms?: ThemeDayForm[];
}

const dayjsOfTime = (t: string | null) => (t ? dayjs(t, 'HH:mm') : null);
const text = (s: string | undefined) => s?.trim() || null;

/** The optional forms of a 主题党日 as tags one taps on and off. */
function FormsPicker({ value = [], onChange, id }: { value?: ThemeDayForm[]; onChange?: (v: ThemeDayForm[]) => void; id?: string }) {
  return <Tag.CheckableTagGroup<ThemeDayForm> id={id} aria-label="活动形式" multiple options={[...THEME_DAY_FORMS]} value={value} onChange={(v) => onChange?.(v)} />;
}

/** Edits the record: time and place, 主持人 and 记录人, 议题, 纪要, 决议; 党课 lecturer and topic; 主题党日 ticks. */
export function MeetingEditModal({ m, open, onCancel, onSaved }: { m: Meeting; open: boolean; onCancel: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const start = Form.useWatch('startTime', form);
  const end = Form.useWatch('endTime', form);
  const studied = Form.useWatch('studied', form);
  const duration = minutesBetween(timeOf(start), timeOf(end));
  const theme = m.kind === 'themeDay';
  const lecture = m.kind === 'partyLecture';
  const td = m.themeDay;

  const submit = async (v: Values) => {
    await updateMeeting(m.id, {
      title: text(v.title),
      heldOn: fromDayjs(v.heldOn)!,
      startTime: timeOf(v.startTime),
      endTime: timeOf(v.endTime),
      place: text(v.place),
      hostPersonId: v.hostPersonId ?? null,
      recorderPersonId: v.recorderPersonId ?? null,
      agenda: linesOf(v.agenda),
      minutes: text(v.minutes),
      resolutions: linesOf(v.resolutions),
      ...(lecture ? { lecturerPersonId: v.lecturerPersonId ?? null, lecturerName: text(v.lecturerName), topic: text(v.topic) } : {}),
      ...(m.kind === 'assembly' ? { decides: v.decides ?? false } : {}),
      ...(theme
        ? {
            themeDay: {
              recitedConstitution: v.recitedConstitution ?? false,
              studied: v.studied ?? false,
              studyMaterial: text(v.studyMaterial),
              // the old tick and note are kept as stored: 交纳当月党费 is derived from the payments (LIFE-5)
              paidDues: td?.paidDues ?? false,
              duesNote: td?.duesNote ?? null,
              forms: v.forms ?? [],
            },
          }
        : {}),
    });
    onSaved();
  };

  return (
    <FormModal<Values>
      open={open}
      title="编辑会议记录"
      width={720}
      form={form}
      initialValues={{
        title: m.title ?? undefined,
        heldOn: toDayjs(m.heldOn) ?? undefined,
        startTime: dayjsOfTime(m.startTime),
        endTime: dayjsOfTime(m.endTime),
        place: m.place ?? undefined,
        hostPersonId: m.host?.id ?? null,
        recorderPersonId: m.recorder?.id ?? null,
        lecturerPersonId: m.lecturer?.id ?? null,
        lecturerName: m.lecturerName ?? undefined,
        topic: m.topic ?? undefined,
        agenda: m.agenda.join('\n'),
        minutes: m.minutes ?? undefined,
        resolutions: m.resolutions.join('\n'),
        decides: m.decides,
        recitedConstitution: td?.recitedConstitution ?? false,
        studied: td?.studied ?? false,
        studyMaterial: td?.studyMaterial ?? undefined,
        paidDues: td?.paidDues ?? false,
        duesNote: td?.duesNote ?? undefined,
        forms: td?.forms ?? [],
      }}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <Form.Item name="title" label={lecture ? '会议名称' : '会议名称/主题'}>
        <Input maxLength={100} />
      </Form.Item>
      <MeetingTimeFields />
      {duration !== null && (
        <div className="mt-duration" role="status">
          {theme && duration < 60 ? (
            <Typography.Text type="danger">时长 {durationText(duration)}：主题党日应不少于 1 小时</Typography.Text>
          ) : (
            <Typography.Text type="secondary">时长 {durationText(duration)}</Typography.Text>
          )}
        </div>
      )}
      <Form.Item name="place" label="地点">
        <Input maxLength={100} />
      </Form.Item>
      <div className="mt-form-row">
        <Form.Item name="hostPersonId" label="主持人">
          <PersonSelect branchId={m.branchId} allowClear placeholder="选择主持人" />
        </Form.Item>
        <Form.Item name="recorderPersonId" label="记录人">
          <PersonSelect branchId={m.branchId} allowClear placeholder="选择记录人" />
        </Form.Item>
      </div>
      {lecture && (
        <>
          <div className="mt-form-row">
            <Form.Item name="lecturerPersonId" label="授课人（本机关人员）">
              <PersonSelect branchId={m.branchId} allowClear placeholder="选择授课人" />
            </Form.Item>
            <Form.Item name="lecturerName" label="或外请授课人姓名">
              <Input maxLength={40} />
            </Form.Item>
          </div>
          <Form.Item name="topic" label="党课题目">
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      {theme && (
        <>
          <Typography.Title level={5} className="mt-section-title">
            主题党日规定动作
          </Typography.Title>
          <Form.Item name="recitedConstitution" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>集体诵读党章</Checkbox>
          </Form.Item>
          <Form.Item name="studied" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>组织集中学习</Checkbox>
          </Form.Item>
          {studied && (
            <Form.Item name="studyMaterial" label="学习材料" rules={[{ required: true, message: '请填写学习材料' }]}>
              <Input maxLength={200} placeholder="如：《中国共产党章程》第一章" />
            </Form.Item>
          )}
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            交纳当月党费：由党费收缴记录自动得出（出席党员中已交本月党费的人数），无需勾选。
          </Typography.Paragraph>
          <Form.Item name="forms" label="活动形式（可多选）">
            <FormsPicker />
          </Form.Item>
        </>
      )}
      {m.kind === 'assembly' && (
        <Form.Item name="decides" valuePropName="checked" extra="讨论决定重要事项或选举时，到会有表决权的正式党员须超过应到会的半数。">
          <Checkbox>本次会议进行表决或选举</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="agenda" label="会议议题（每行一项）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="minutes" label="会议内容/纪要">
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={20000} />
      </Form.Item>
      <Form.Item name="resolutions" label="会议决议（每行一项，含表决结果）">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      {m.late && <Alert type="warning" showIcon title="本记录为补录：登记日期与会议日期同时显示，不会隐藏。" />}
    </FormModal>
  );
}
