import { useState } from 'react';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import { applyServerErrors } from '../../../lib/formErrors';
import { fromDayjs, orDash, toDayjs } from '../../../lib/dates';
import { savePreparation, type Preparation } from '../api';

interface Values {
  theme?: string;
  opinionsCollectedOn?: Dayjs | null;
  opinionCount?: number | null;
  opinionsSummary?: string;
  reportedOn?: Dayjs | null;
}

/** 会前准备: the theme, opinions collected (when, how many, what), and when the plan was reported upward. */
export function PreparationForm({ meetingId, p, canEdit, onSaved }: { meetingId: string; p: Preparation; canEdit: boolean; onSaved: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canEdit) {
    return (
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="会议主题">{orDash(p.theme)}</Descriptions.Item>
        <Descriptions.Item label="征求意见">
          {p.opinionsCollectedOn ? `${p.opinionsCollectedOn} 征求意见 ${p.opinionCount ?? 0} 条` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="意见摘要">
          <pre className="lf-pre">{orDash(p.opinionsSummary)}</pre>
        </Descriptions.Item>
        <Descriptions.Item label="会前报告上级">{orDash(p.reportedOn)}</Descriptions.Item>
      </Descriptions>
    );
  }
  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await savePreparation(meetingId, {
        theme: v.theme?.trim() || null,
        opinionsCollectedOn: fromDayjs(v.opinionsCollectedOn),
        opinionCount: v.opinionCount ?? null,
        opinionsSummary: v.opinionsSummary?.trim() || null,
        reportedOn: fromDayjs(v.reportedOn),
      });
      void message.success('会前准备已保存');
      onSaved();
    } catch (e) {
      setError(applyServerErrors(form, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{
        theme: p.theme ?? undefined,
        opinionsCollectedOn: toDayjs(p.opinionsCollectedOn),
        opinionCount: p.opinionCount,
        opinionsSummary: p.opinionsSummary ?? undefined,
        reportedOn: toDayjs(p.reportedOn),
      }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form.Item name="theme" label="会议主题">
        <Input maxLength={200} placeholder="如：深入学习贯彻党的二十届四中全会精神专题组织生活会" />
      </Form.Item>
      <div className="mt-form-row">
        <Form.Item name="opinionsCollectedOn" label="征求意见日期">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="opinionCount" label="征求意见（条）">
          <InputNumber min={0} max={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reportedOn" label="会前报告上级日期">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="opinionsSummary" label="意见建议摘要">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        保存会前准备
      </Button>
    </Form>
  );
}
