import { useState } from 'react';
import { Alert, App, Button, Modal, Radio } from 'antd';
import { GRADES, GRADE_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { optionsOf } from '../../../lib/labels';
import { castBallot, type Appraisal, type GradeCode } from '../api';

/**
 * The online anonymous ballot of one voter: a radio group per member, confirmed before it is cast. What was chosen is
 * kept only in this form; after voting the page says "您已投票" and nothing else (contracts §5).
 */
export function BallotForm({ a, onVoted }: { a: Appraisal; onVoted: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const members = a.members.filter((m) => m.graded);
  const [votes, setVotes] = useState<Record<string, GradeCode>>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = members.filter((m) => !votes[m.person.id]).length;

  const cast = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await castBallot(
        a.id,
        members.filter((m) => votes[m.person.id]).map((m) => ({ personId: m.person.id, grade: votes[m.person.id]! })),
      );
      setVotes({});
      setConfirming(false);
      void message.success('投票成功');
      onVoted(next);
    } catch (e) {
      setConfirming(false);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div aria-label="民主测评选票">
      <Alert type="info" showIcon style={{ marginBottom: 8 }} title="无记名投票：系统只记录您已投票，不记录您的选择。每人只能投一次，提交后不能更改。" />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      {members.map((m) => (
        <div key={m.person.id} className="lf-ballot-row">
          <span className="lf-ballot-name" id={`ballot-${m.person.id}`}>
            {m.person.name}
          </span>
          <Radio.Group
            aria-labelledby={`ballot-${m.person.id}`}
            options={optionsOf(GRADE_LABELS)}
            value={votes[m.person.id]}
            onChange={(e) => setVotes((v) => ({ ...v, [m.person.id]: e.target.value as GradeCode }))}
          />
        </div>
      ))}
      <Button type="primary" style={{ marginTop: 12 }} onClick={() => setConfirming(true)} disabled={members.length === 0}>
        提交选票
      </Button>
      {left > 0 && <span className="muted" style={{ marginLeft: 8 }}>还有 {left} 人未选择（未选视为弃权）</span>}
      <Modal
        open={confirming}
        title="确认提交选票？"
        okText="确认投票"
        cancelText="返回修改"
        confirmLoading={busy}
        onOk={cast}
        onCancel={() => setConfirming(false)}
      >
        <p>
          共 {members.length} 人：
          {GRADES.map((g) => `${GRADE_LABELS[g]} ${Object.values(votes).filter((v) => v === g).length}`).join('，')}
          {left ? `，弃权 ${left}` : ''}。
        </p>
        <p>提交后不能更改，也不会留下您的选择。</p>
      </Modal>
    </div>
  );
}
