import { Card, Space, Typography } from 'antd';
import { DUES_STATUS_LABELS } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { downloadFile } from '../../../lib/files';
import { cardPath, monthCn, monthShort, myDuesPath, yuan, type MyDues } from '../api';
import { DuesCell } from './DuesCell';

/** 我的党费: this year's months with due and paid, the arrears, and one's 党费证. */
export function MyDuesCard() {
  const me = useMe();
  const year = Number(me.today.slice(0, 4));
  const mine = useApi<MyDues>(myDuesPath(year));
  const m = mine.data?.member;
  if (mine.data && !m) return null;
  return (
    <Card
      title="我的党费"
      size="small"
      extra={
        m ? (
          <Typography.Link onClick={() => void downloadFile(cardPath(m.person.id), '党费证.pdf')}>党费证</Typography.Link>
        ) : undefined
      }
    >
      <PageState loading={mine.loading && !mine.data} error={mine.error} onRetry={mine.reload}>
        {m && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <span>
              {m.categoryLabel ?? '类别未登记'}
              {m.baseFen !== null ? `，基数 ${yuan(m.baseFen)} 元` : ''}
              {m.rate ? `，${m.rate}` : ''}，每月应交 <strong>{yuan(m.monthlyDueFen)}</strong> 元
            </span>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(6, 1fr)', gap: 6 }} aria-label={`${year}年各月党费`}>
              {m.months.map((c) => (
                <div key={c.month} style={{ textAlign: 'center', border: '1px solid #f0f0f0', borderRadius: 4, padding: '2px 0' }} title={DUES_STATUS_LABELS[c.status]}>
                  <div className="muted" style={{ fontSize: 12 }}>
                    {monthShort(c.month)}
                  </div>
                  <DuesCell cell={c} />
                  <div style={{ fontSize: 12 }}>{c.paidFen !== null ? yuan(c.paidFen) : c.dueFen !== null && c.status !== 'notLiable' ? yuan(c.dueFen) : ''}</div>
                </div>
              ))}
            </div>
            <span>
              {year}年应交 {yuan(m.dueFen)} 元，已交 {yuan(m.paidFen)} 元。
              {m.arrears.length ? (
                <Typography.Text type="danger">
                  欠交 {m.arrears.length} 个月（{m.arrears.map(monthCn).join('、')}），请及时交纳。
                </Typography.Text>
              ) : (
                '没有欠交。'
              )}
            </span>
          </Space>
        )}
      </PageState>
    </Card>
  );
}
