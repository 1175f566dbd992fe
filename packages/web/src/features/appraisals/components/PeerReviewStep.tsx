import { useState } from 'react';
import { Alert, App, Button, DatePicker, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../api/client';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { putPeerReviews, type Appraisal } from '../api';

/** 党员互评: the date of the meeting and, per member, the gist of the comments made about them there. */
export function PeerReviewStep({ a, today, onChanged }: { a: Appraisal; today: string; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const editable = a.viewer.manage && a.step === 'peerReview';
  const [on, setOn] = useState<Dayjs | null>(toDayjs(a.peerReviewedOn ?? today));
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(a.members.map((m) => [m.person.id, m.peerReview ?? ''])));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const entries = a.members.map((m) => ({ personId: m.person.id, text: (texts[m.person.id] ?? '').trim() })).filter((e) => e.text);
      const next = await putPeerReviews(a.id, { on: fromDayjs(on) ?? today, entries });
      void message.success('互评意见已保存');
      onChanged(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!editable) {
    return (
      <ul className="lf-list" aria-label="党员互评">
        {a.peerReviewedOn && <li className="lf-item-meta">互评日期：{a.peerReviewedOn}</li>}
        {a.members.map((m) => (
          <li key={m.person.id} className="lf-item">
            <span className="lf-item-title">{m.person.name}</span>
            <div className="lf-item-body">{m.peerReview ?? <span className="muted">未登记</span>}</div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      <div className="lf-row" style={{ marginBottom: 8 }}>
        <label htmlFor="peer-on">互评日期</label>
        <DatePicker id="peer-on" value={on} onChange={setOn} />
      </div>
      <ul className="lf-list" aria-label="党员互评">
        {a.members.map((m) => (
          <li key={m.person.id} className="lf-item">
            <label className="lf-item-title" htmlFor={`peer-${m.person.id}`}>
              {m.person.name}
            </label>
            <Input.TextArea
              id={`peer-${m.person.id}`}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={5000}
              placeholder="会上其他党员对其提出的意见摘要"
              value={texts[m.person.id] ?? ''}
              onChange={(e) => setTexts((t) => ({ ...t, [m.person.id]: e.target.value }))}
            />
          </li>
        ))}
      </ul>
      <Button type="primary" loading={busy} onClick={save} style={{ marginTop: 8 }}>
        保存互评意见
      </Button>
    </>
  );
}
