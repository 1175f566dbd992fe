import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { TALK_FORM_LABELS, TALK_KIND_LABELS, TALK_PURPOSE_LABELS } from '@zhibu/schemas';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { PersonSelect } from '../../org/components/PersonSelect';
import { createTalk, updateTalk, type Talk, type TalkInput } from '../api';

interface Values {
  kind: NonNullable<TalkInput['kind']>;
  purpose: TalkInput['purpose'];
  form: NonNullable<TalkInput['form']>;
  talkedOn: Dayjs;
  place?: string;
  talkerPersonId: string;
  talkeePersonId: string;
  topics: string;
  problems?: string;
  followUp?: string;
  followUpOn?: Dayjs | null;
  reason?: string;
  commitments?: string;
  outcome?: string;
}

export interface TalkPreset {
  /** 诫勉谈话 (MEM-4): asks the reason, the member's commitments and the outcome */
  kind?: 'heartToHeart' | 'admonition';
  purpose?: TalkInput['purpose'];
  lifeMeetingId?: string | null;
  talkerPersonId?: string | null;
  talkeePersonId?: string | null;
  talkedOn?: string | null;
}

const text = (s: string | undefined) => s?.trim() || null;

/** 登记/编辑谈心谈话 or 诫勉谈话 (reason required, commitments, follow-up and outcome): 谈话人 and 谈话对象 are picked from the branch's roster, as 主持人 is on a meeting. */
export function TalkModal(props: { branchId: string; talk?: Talk; preset?: TalkPreset; today: string; onCancel: () => void; onSaved: (t: Talk) => void }) {
  const { branchId, talk, preset, today, onCancel, onSaved } = props;
  const [form] = Form.useForm<Values>();
  const watchedKind = Form.useWatch('kind', form);
  const admonition = (talk?.kind ?? watchedKind ?? preset?.kind) === 'admonition';
  const submit = async (v: Values) => {
    const admonition = (talk?.kind ?? v.kind) === 'admonition';
    const body: TalkInput = {
      ...(talk ? {} : { kind: v.kind }),
      purpose: v.purpose,
      form: v.form,
      talkedOn: fromDayjs(v.talkedOn)!,
      place: text(v.place),
      talkerPersonId: v.talkerPersonId,
      talkeePersonId: v.talkeePersonId,
      topics: v.topics.trim(),
      problems: text(v.problems),
      followUp: text(v.followUp),
      followUpOn: fromDayjs(v.followUpOn),
      ...(admonition ? { reason: text(v.reason), commitments: text(v.commitments), outcome: text(v.outcome) } : {}),
      ...(talk ? {} : { lifeMeetingId: preset?.lifeMeetingId ?? null }),
    };
    onSaved(talk ? await updateTalk(talk.id, body) : await createTalk(branchId, body));
  };
  return (
    <FormModal<Values>
      open
      title={talk ? '编辑谈话记录' : admonition ? '登记诫勉谈话' : '登记谈心谈话'}
      form={form}
      width={640}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={
        talk
          ? {
              purpose: talk.purpose,
              form: talk.form,
              talkedOn: toDayjs(talk.talkedOn) ?? undefined,
              place: talk.place ?? undefined,
              talkerPersonId: talk.talker.id,
              talkeePersonId: talk.talkee.id,
              topics: talk.topics,
              problems: talk.problems ?? undefined,
              followUp: talk.followUp ?? undefined,
              followUpOn: toDayjs(talk.followUpOn),
              kind: talk.kind,
              reason: talk.reason ?? undefined,
              commitments: talk.commitments ?? undefined,
              outcome: talk.outcome ?? undefined,
            }
          : {
              kind: preset?.kind ?? 'heartToHeart',
              purpose: preset?.purpose ?? 'routine',
              form: 'inPerson',
              talkedOn: toDayjs(preset?.talkedOn ?? today) ?? undefined,
              talkerPersonId: preset?.talkerPersonId ?? undefined,
              talkeePersonId: preset?.talkeePersonId ?? undefined,
            }
      }
    >
      <Form.Item name="kind" label="谈话种类" hidden={!!talk}>
        <Radio.Group options={optionsOf(TALK_KIND_LABELS)} optionType="button" />
      </Form.Item>
      {admonition && (
        <Form.Item name="reason" label="诫勉原因" rules={[{ required: true, whitespace: true, message: '请填写诫勉谈话的原因' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      )}
      <div className="mt-form-row">
        <Form.Item name="purpose" label="谈话类型" rules={[{ required: true, message: '请选择谈话类型' }]}>
          <Select options={optionsOf(TALK_PURPOSE_LABELS)} />
        </Form.Item>
        <Form.Item name="form" label="方式">
          <Select options={optionsOf(TALK_FORM_LABELS)} />
        </Form.Item>
        <Form.Item name="talkedOn" label="谈话日期" rules={[{ required: true, message: '请选择谈话日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <div className="mt-form-row">
        <Form.Item name="talkerPersonId" label="谈话人" rules={[{ required: true, message: '请选择谈话人' }]}>
          <PersonSelect branchId={branchId} placeholder="选择谈话人" />
        </Form.Item>
        <Form.Item name="talkeePersonId" label="谈话对象" rules={[{ required: true, message: '请选择谈话对象' }]}>
          <PersonSelect branchId={branchId} placeholder="选择谈话对象" />
        </Form.Item>
      </div>
      <Form.Item name="place" label="地点">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="topics" label="谈话主要内容" rules={[{ required: true, min: 2, message: '请填写谈话主要内容' }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Form.Item name="problems" label="反映的问题或思想情况">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <div className="mt-form-row">
        <Form.Item name="followUp" label="后续跟进">
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="followUpOn" label={admonition ? '回访日期' : '跟进日期'}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      {admonition && (
        <>
          <Form.Item name="commitments" label="本人表态和承诺">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="outcome" label="回访结果">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder="回访后填写" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
