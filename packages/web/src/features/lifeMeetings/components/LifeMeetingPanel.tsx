import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, App, Button, Card, Space, Tabs, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useMe } from '../../auth/MeContext';
import { TalkList } from '../../talks/components/TalkList';
import { TalkModal } from '../../talks/components/TalkModal';
import { recordBooksPath, type RecordBook } from '../../recordBooks/api';
import { dossierPath, type LifeMeetingDossier } from '../api';
import { Criticisms } from './Criticisms';
import { PreparationForm } from './PreparationForm';
import { RectificationLedger } from './RectificationLedger';
import { SelfInspections } from './SelfInspections';
import '../life.css';

/** 组织生活会 (LIFE-7) in its three parts on the meeting's page: 会前 (准备, 谈心谈话), 会中 (对照检查, 相互批评), 会后 (整改台账). */
export function LifeMeetingPanel({ meetingId }: { meetingId: string }) {
  const me = useMe();
  const { message } = App.useApp();
  const { data: d, error, loading, reload } = useApi<LifeMeetingDossier>(dossierPath(meetingId));
  const [tab, setTab] = useState<string | null>(null);
  const [addingTalk, setAddingTalk] = useState(false);

  const year = d?.heldOn.slice(0, 4);
  // once the year's branch book is closed, 会前 and 会中 are read-only (the server refuses the write); 整改 goes on
  const books = useApi<{ items: RecordBook[] }>(d?.abilities.edit && year ? recordBooksPath(d.branchId, Number(year)) : null);
  const bookClosed = !!books.data?.items.find((b) => b.groupId === null)?.closed;
  const recorded = d && bookClosed ? { ...d, abilities: { ...d.abilities, edit: false } } : d;
  const defaultTab = d ? (d.meetingStatus === 'held' ? 'after' : 'before') : 'before';
  const s = d?.summary;

  return (
    <Card size="small" title="组织生活会" extra={d && (d.complete ? <Tag color="green">整改已全部销号或说明</Tag> : s && s.open > 0 ? <Tag color="processing">整改中 {s.open} 项</Tag> : null)}>
      <PageState loading={loading && !d} error={error} onRetry={reload}>
        {d && recorded && (
          <Tabs
            activeKey={tab ?? defaultTab}
            onChange={setTab}
            items={[
              {
                key: 'before',
                label: '会前',
                children: (
                  <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                    {bookClosed && <Alert type="info" showIcon title={`${year}年会议记录本已封存：会前、会中的记录只读，会后整改事项仍可更新。`} />}
                    <PreparationForm meetingId={d.meetingId} p={d.preparation} canEdit={recorded.abilities.edit} onSaved={reload} />
                    <div>
                      <div className="lf-row" style={{ marginBottom: 4 }}>
                        <Typography.Title level={5} style={{ margin: 0 }}>
                          会前谈心谈话（{d.talks.length}）
                        </Typography.Title>
                        <Link to={`/branches/${d.branchId}/talks${year && me.today.startsWith(year) ? '' : `?year=${year}`}`}>全部谈话记录</Link>
                        {recorded.abilities.edit && (
                          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAddingTalk(true)}>
                            登记会前谈话
                          </Button>
                        )}
                      </div>
                      <TalkList items={d.talks} max={5} />
                    </div>
                  </Space>
                ),
              },
              {
                key: 'during',
                label: `会中${d.missingSelfInspections.length ? `（缺 ${d.missingSelfInspections.length} 份）` : ''}`,
                children: (
                  <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                    <div>
                      <Typography.Title level={5}>支委对照检查材料</Typography.Title>
                      <SelfInspections d={recorded} today={me.today} onChanged={reload} />
                    </div>
                    <div>
                      <Typography.Title level={5}>相互批评意见</Typography.Title>
                      <Criticisms d={recorded} onChanged={reload} />
                    </div>
                  </Space>
                ),
              },
              {
                key: 'after',
                label: `会后整改${s && s.overdue ? `（超期 ${s.overdue}）` : ''}`,
                children: (
                  <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                    {s && (
                      <div className="lf-row">
                        <span>整改中 {s.open}</span>
                        <span>已销号 {s.closed}</span>
                        <span>持续整改 {s.carriedOver}</span>
                        {s.overdue > 0 && <span className="lf-tally-bad">超期 {s.overdue}</span>}
                      </div>
                    )}
                    {!d.complete && d.meetingStatus === 'held' && (
                      <Alert type="info" showIcon title="每项整改完成销号（附佐证）或写明持续整改原因后，本年度组织生活会方为达标。" />
                    )}
                    <RectificationLedger branchId={d.branchId} meetingId={d.meetingId} items={d.rectifications} canEdit={d.abilities.edit} today={me.today} onChanged={reload} />
                  </Space>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {d && addingTalk && (
        <TalkModal
          branchId={d.branchId}
          today={me.today}
          preset={{ purpose: 'beforeLifeMeeting', lifeMeetingId: d.meetingId, talkerPersonId: me.person?.id ?? null, talkedOn: d.heldOn < me.today ? d.heldOn : me.today }}
          onCancel={() => setAddingTalk(false)}
          onSaved={() => {
            setAddingTalk(false);
            void message.success('已登记');
            reload();
          }}
        />
      )}
    </Card>
  );
}
