import { useState } from 'react';
import { App, Button, Card, Result, Space } from 'antd';
import { useMe } from '../../auth/MeContext';
import type { Appraisal } from '../api';
import { BallotForm } from './BallotForm';
import { GradeTag } from './GradingStep';
import { SelfReviewModal } from './SelfReviewStep';

/** A member's part: write their own 个人自评, vote in an open online ballot, and read their own result. */
export function MemberAppraisalView({ a, onChanged }: { a: Appraisal; onChanged: (a: Appraisal) => void }) {
  const me = useMe();
  const { message } = App.useApp();
  const [writing, setWriting] = useState(false);
  const own = a.members.find((m) => m.person.id === me.person?.id);
  const ballotOpen = a.step === 'ballot' && a.ballotMode === 'online' && a.ballotOpen;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {own && (
        <Card size="small" title="我的个人自评">
          {own.selfReview ? (
            <>
              <div className="lf-item-meta">
                {own.selfReviewOn ?? ''} {own.selfReviewBy === 'committee' ? '支部代为录入' : '本人填写'}
              </div>
              <p className="lf-pre">{own.selfReview}</p>
            </>
          ) : (
            <p className="muted">尚未填写</p>
          )}
          {a.viewer.ownSelfReview && (
            <Button type="primary" onClick={() => setWriting(true)}>
              {own.selfReview ? '修改个人自评' : '填写个人自评'}
            </Button>
          )}
        </Card>
      )}
      {ballotOpen && (
        <Card size="small" title="民主测评（线上无记名）">
          {a.viewer.hasVoted ? (
            <Result status="success" title="您已投票" subTitle="感谢参与。您的选择未被记录，任何人都无法查看。" />
          ) : a.viewer.canVote ? (
            <BallotForm a={a} onVoted={onChanged} />
          ) : (
            <p className="muted">预备党员参加评议，但不参加民主测评投票。</p>
          )}
        </Card>
      )}
      {!ballotOpen && a.viewer.hasVoted && a.step === 'ballot' && <Result status="success" title="您已投票" />}
      {own && (own.peerReview || own.grade || a.step === 'done') && (
        <Card size="small" title="评议结果">
          {own.peerReview && <p>党员互评意见：{own.peerReview}</p>}
          {a.step !== 'done' && !own.grade ? null : own.graded ? (
            <p>
              组织评定：<GradeTag g={own.grade} />
              {own.gradeNote ? ` ${own.gradeNote}` : ''}
            </p>
          ) : (
            <p className="muted">预备党员不评定等次</p>
          )}
        </Card>
      )}
      {own && writing && (
        <SelfReviewModal
          a={a}
          m={own}
          own
          today={me.today}
          onCancel={() => setWriting(false)}
          onSaved={(x) => {
            setWriting(false);
            void message.success('个人自评已提交');
            onChanged(x);
          }}
        />
      )}
    </Space>
  );
}
