import { useState } from 'react';
import { Alert, App, Button, Popconfirm } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { APPRAISAL_STEP_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { advanceAppraisal, NEXT_STEP, type Appraisal } from '../api';

/** What still stops the next step (from the server), then 进入下一步 — the steps go in order, never back. */
export function AdvanceBar({ a, onChanged }: { a: Appraisal; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const next = NEXT_STEP[a.step];
  if (!next || !a.viewer.manage) return null;
  const go = async () => {
    setBusy(true);
    try {
      onChanged(await advanceAppraisal(a.id, next));
      void message.success(`已进入：${APPRAISAL_STEP_LABELS[next]}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: 16 }}>
      {a.blockers.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`进入“${APPRAISAL_STEP_LABELS[next]}”前还需完成：`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: '1.4em' }}>
              {a.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      )}
      <Popconfirm title={`进入“${APPRAISAL_STEP_LABELS[next]}”？`} description="各步骤依次进行，进入下一步后不能退回。" okText="进入" cancelText="取消" onConfirm={go} disabled={a.blockers.length > 0}>
        <Button type="primary" icon={<ArrowRightOutlined aria-hidden />} disabled={a.blockers.length > 0} loading={busy}>
          {next === 'done' ? '完成民主评议' : `进入下一步：${APPRAISAL_STEP_LABELS[next]}`}
        </Button>
      </Popconfirm>
    </div>
  );
}
