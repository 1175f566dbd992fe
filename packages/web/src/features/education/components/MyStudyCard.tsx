import { useState } from 'react';
import { Button, Card } from 'antd';
import { useMe } from '../../auth/MeContext';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { addMyStudy, myStudyPath, type StudyRecords } from '../api';
import { StudyForm } from './StudyForm';
import { StudyList } from './StudyList';

/** 我的学习 in 我的: this year's study meetings attended, one's own records, and a form to add one (MEM-2). */
export function MyStudyCard() {
  const me = useMe();
  const year = Number(me.today.slice(0, 4));
  const study = useApi<StudyRecords>(myStudyPath(year));
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title="我的学习"
      size="small"
      extra={
        <Button size="small" onClick={() => setAdding((a) => !a)}>
          {adding ? '收起' : '登记学习'}
        </Button>
      }
    >
      <PageState loading={study.loading && !study.data} error={study.error} onRetry={study.reload}>
        {study.data && (
          <>
            <div className="muted" style={{ marginBottom: 8 }}>
              {year}年学习教育记录本：{study.data.notebookIssuedOn ? `已于 ${study.data.notebookIssuedOn} 发放` : '尚未发放'}
            </div>
            {adding && <StudyForm onSubmit={(v) => addMyStudy(v).then(() => study.reload())} />}
            <StudyList items={study.data.items} />
          </>
        )}
      </PageState>
    </Card>
  );
}
