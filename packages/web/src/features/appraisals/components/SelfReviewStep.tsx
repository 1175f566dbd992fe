import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { putSelfReview, type Appraisal, type AppraisalMember } from '../api';

interface Values {
  text: string;
  on?: Dayjs | null;
}

/** One person's 个人自评 in a modal: the member's own, or entered by the committee on their behalf (with its date). */
export function SelfReviewModal(props: { a: Appraisal; m: AppraisalMember; own: boolean; today: string; onCancel: () => void; onSaved: (a: Appraisal) => void }) {
  const { a, m, own, today, onCancel, onSaved } = props;
  return (
    <FormModal<Values>
      open
      width={640}
      title={own ? '填写个人自评' : `代为录入个人自评 · ${m.person.name}`}
      okText="提交"
      onCancel={onCancel}
      initialValues={{ text: m.selfReview ?? undefined, on: toDayjs(m.selfReviewOn ?? today) }}
      onSubmit={async (v) => onSaved(await putSelfReview(a.id, m.person.id, { text: v.text.trim(), ...(own ? {} : { on: fromDayjs(v.on) ?? undefined }) }))}
    >
      <Form.Item
        name="text"
        label="个人自评（对照党员标准，总结思想、工作、学习、作风等方面的情况，查找不足、明确努力方向）"
        rules={[{ required: true, min: 10, message: '个人自评至少写 10 个字' }]}
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 18 }} maxLength={10000} showCount />
      </Form.Item>
      {!own && (
        <Form.Item name="on" label="自评日期（纸质自评的日期）">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** 个人自评: who has written theirs (themselves or entered by the committee), who not yet; enter one on a member's behalf. */
export function SelfReviewStep({ a, today, onChanged }: { a: Appraisal; today: string; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<AppraisalMember | null>(null);
  const open = a.viewer.manage && a.step === 'selfReview';
  const done = a.members.filter((m) => m.selfReview).length;
  return (
    <>
      <div className="lf-item-meta" style={{ marginBottom: 8 }}>
        已自评 {done}/{a.members.length} 人
      </div>
      <ul className="lf-list" aria-label="个人自评">
        {a.members.map((m) => (
          <li key={m.person.id} className={`lf-item${m.selfReview ? '' : ' lf-missing'}`}>
            <div className="lf-item-head">
              <span className="lf-item-title">{m.person.name}</span>
              {!m.graded && <Tag>预备党员</Tag>}
              {m.selfReview ? (
                <Tag color="green">
                  已自评{m.selfReviewBy === 'committee' ? '（支部代录）' : ''} {m.selfReviewOn ?? ''}
                </Tag>
              ) : (
                <Tag color="orange">未自评</Tag>
              )}
              {open && (
                <span className="lf-item-actions">
                  <Button size="small" onClick={() => setEditing(m)}>
                    {m.selfReview ? '修改' : '代为录入'}
                  </Button>
                </span>
              )}
            </div>
            {m.selfReview && <div className="lf-item-body">{m.selfReview.length > 100 ? `${m.selfReview.slice(0, 100)}…` : m.selfReview}</div>}
          </li>
        ))}
      </ul>
      {editing && (
        <SelfReviewModal
          a={a}
          m={editing}
          own={false}
          today={today}
          onCancel={() => setEditing(null)}
          onSaved={(x) => {
            setEditing(null);
            void message.success('已保存');
            onChanged(x);
          }}
        />
      )}
    </>
  );
}
