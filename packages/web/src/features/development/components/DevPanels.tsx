import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, List, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { EVALUATION_KINDS, NOTICE_OUTCOME_LABELS, NOTICE_OUTCOMES, NOTICE_STAGES } from '@zhibu/schemas';
import { EVALUATION_LABELS, NOTICE_STAGE_LABELS } from '@zhibu/domain';
import { errorMessage } from '../../../api/client';
import { fromDayjs } from '../../../lib/dates';
import { noEnterSubmit } from './noEnterSubmit';
import { addEvaluation, addNotice, setNoticeOutcome, type Development } from '../api';

type Kind = (typeof EVALUATION_KINDS)[number];
type Stage = (typeof NOTICE_STAGES)[number];
type Outcome = (typeof NOTICE_OUTCOMES)[number];

/** 双推双评: 党员推荐 and 群团组织推优 before 入党积极分子, 群众评议 and 党员评议 before 发展对象, with counts. */
export function EvaluationsPanel({ file, write, onSaved }: { file: Development; write: boolean; onSaved: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const save = async (v: { kind: Kind; heldOn: Dayjs; organization?: string; participantCount: number; favourableCount: number; generalCount?: number; poorCount?: number; abstainCount?: number }) => {
    setError(null);
    try {
      await addEvaluation(file.id, { ...v, heldOn: fromDayjs(v.heldOn)!, organization: v.organization ?? null, generalCount: v.generalCount ?? null, poorCount: v.poorCount ?? null, abstainCount: v.abstainCount ?? null });
      void message.success('已登记');
      form.resetFields();
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <section aria-label="双推双评记录">
      <List
        size="small"
        locale={{ emptyText: '尚无双推双评记录' }}
        dataSource={file.evaluations}
        renderItem={(e) => (
          <List.Item>
            {e.heldOn} {EVALUATION_LABELS[e.kind]}
            {e.organization ? `（${e.organization}）` : ''}：参加 {e.participantCount} 人，赞成（优秀）{e.favourableCount}
            {e.generalCount != null ? `，一般 ${e.generalCount}` : ''}
            {e.poorCount != null ? `，差 ${e.poorCount}` : ''}
            {e.abstainCount != null ? `，弃权 ${e.abstainCount}` : ''}
          </List.Item>
        )}
      />
      </section>
      {write && (
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} aria-label="登记双推双评" onKeyDown={noEnterSubmit}>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
          <div className="dev-inline-form">
            <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select style={{ width: '100%' }} options={EVALUATION_KINDS.map((k) => ({ value: k, label: EVALUATION_LABELS[k] }))} />
            </Form.Item>
            <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="organization" label="群团组织">
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="participantCount" label="参加人数" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="favourableCount" label="赞成（优秀）" rules={[{ required: true, message: '请填写' }]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="generalCount" label="一般">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="poorCount" label="差">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="abstainCount" label="弃权">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </div>
          <Button htmlType="submit">登记</Button>
        </Form>
      )}
    </Space>
  );
}

/** 公示: each one a record (start, end, working days, outcome); shorter than 5 working days is refused by the server. */
export function NoticesPanel({ file, write, onSaved }: { file: Development; write: boolean; onSaved: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const save = async (v: { stage: Stage; startOn: Dayjs; endOn: Dayjs; outcome?: Outcome; feedback?: string }) => {
    setError(null);
    try {
      await addNotice(file.id, { stage: v.stage, startOn: fromDayjs(v.startOn)!, endOn: fromDayjs(v.endOn)!, outcome: v.outcome ?? null, feedback: v.feedback ?? null });
      void message.success('公示已登记');
      form.resetFields();
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const close = async (id: string, outcome: Outcome) => {
    try {
      await setNoticeOutcome(id, { outcome });
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <section aria-label="公示记录">
      <List
        size="small"
        locale={{ emptyText: '尚无公示记录' }}
        dataSource={file.notices}
        renderItem={(n) => (
          <List.Item>
            <Space wrap>
              <span>{`${NOTICE_STAGE_LABELS[n.stage]}：${n.startOn} 至 ${n.endOn}（${n.workdays} 个工作日）`}</span>
              {n.outcome ? <Tag color={n.outcome === 'objectionUpheld' ? 'red' : 'green'}>{NOTICE_OUTCOME_LABELS[n.outcome]}</Tag> : <Tag>结果未登记</Tag>}
              {n.feedback && <span>{n.feedback}</span>}
              {write && !n.outcome && (
                <Select size="small" placeholder="登记公示结果" style={{ width: 200 }} options={NOTICE_OUTCOMES.map((o) => ({ value: o, label: NOTICE_OUTCOME_LABELS[o] }))} onChange={(o: Outcome) => void close(n.id, o)} />
              )}
            </Space>
          </List.Item>
        )}
      />
      </section>
      {write && (
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} aria-label="登记公示" onKeyDown={noEnterSubmit}>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} />}
          <div className="dev-inline-form">
            <Form.Item name="stage" label="公示阶段" rules={[{ required: true, message: '请选择公示阶段' }]}>
              <Select style={{ width: '100%' }} options={NOTICE_STAGES.map((s) => ({ value: s, label: NOTICE_STAGE_LABELS[s] }))} />
            </Form.Item>
            <Form.Item name="startOn" label="开始日期" rules={[{ required: true, message: '请选择' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="endOn" label="结束日期" rules={[{ required: true, message: '请选择' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="outcome" label="公示结果">
              <Select allowClear style={{ width: '100%' }} options={NOTICE_OUTCOMES.map((o) => ({ value: o, label: NOTICE_OUTCOME_LABELS[o] }))} />
            </Form.Item>
            <Form.Item name="feedback" label="收到的反映及核实情况" className="dev-inline-wide">
              <Input maxLength={5000} />
            </Form.Item>
          </div>
          <Button htmlType="submit">登记公示</Button>
        </Form>
      )}
    </Space>
  );
}
