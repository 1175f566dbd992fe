import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Card, Space, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Branch } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { isOrganAdmin } from '../../../lib/access';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { recordBooksPath, type RecordBook } from '../../recordBooks/api';
import { talkCoveragePath, talksPath, type Talk, type TalkCoverage } from '../api';
import { TalkList } from '../components/TalkList';
import { TalkModal, type TalkPreset } from '../components/TalkModal';
import '../../lifeMeetings/life.css';

/** 谈心谈话 of a branch in a year, and who of its 党员 has had no talk with a committee member yet (MEM-4). */
export default function TalksPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<{ items: Talk[] }>(talksPath(id, year));
  const coverage = useApi<TalkCoverage>(talkCoveragePath(id, year));
  const [editing, setEditing] = useState<{ talk?: Talk; preset?: TalkPreset } | null>(null);
  const canCreate = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);
  const missing = (coverage.data?.members ?? []).filter((m) => !m.withCommittee);
  const members = coverage.data?.members ?? [];
  // a closed year's branch book makes its talks read-only (the server refuses the write)
  const books = useApi<{ items: RecordBook[] }>(canCreate ? recordBooksPath(id, year) : null);
  const bookClosed = !!books.data?.items.find((b) => b.groupId === null)?.closed;
  // a name in the list opens 登记谈话 with the member as 谈话对象 (a tag, reachable by keyboard as a button)
  const openFor = (personId: string) => setEditing({ preset: { talkeePersonId: personId, talkerPersonId: me.person?.id ?? null } });
  const reload = () => {
    list.reload();
    coverage.reload();
  };

  return (
    <div className="lf-page">
      <PageHeader
        title="谈心谈话"
        sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {canCreate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ preset: { talkerPersonId: me.person?.id ?? null } })}>
                登记谈话
              </Button>
            )}
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small" title={`${year}年尚未与支委谈话的党员`} extra={members.length ? <span className="muted">已覆盖 {members.length - missing.length}/{members.length} 人</span> : undefined}>
          <PageState loading={coverage.loading && !coverage.data} error={coverage.error} onRetry={coverage.reload}>
            {missing.length === 0 ? (
              <span className="lf-tally-ok">{members.length ? '每名党员今年都已与支委谈过话。' : '暂无党员'}</span>
            ) : (
              <>
                {canCreate && !bookClosed && <div className="lf-item-meta" style={{ marginBottom: 6 }}>点击姓名即可登记与其谈话。</div>}
                <div className="lf-names" aria-label="尚未谈话的党员">
                  {missing.map((m) =>
                    canCreate && !bookClosed ? (
                      <Tooltip key={m.person.id} title={m.talks ? `今年已谈 ${m.talks} 次（非支委），点击登记` : '点击登记谈话'}>
                        <Tag
                          color="orange"
                          role="button"
                          tabIndex={0}
                          style={{ cursor: 'pointer' }}
                          onClick={() => openFor(m.person.id)}
                          onKeyDown={(e) => {
                            if (e.key !== 'Enter' && e.key !== ' ') return;
                            e.preventDefault();
                            openFor(m.person.id);
                          }}
                        >
                          {m.person.name}
                        </Tag>
                      </Tooltip>
                    ) : (
                      <Tag key={m.person.id} color="orange">
                        {m.person.name}
                      </Tag>
                    ),
                  )}
                </div>
              </>
            )}
          </PageState>
        </Card>
        <Card size="small" title={`谈话记录${list.data ? `（${list.data.items.length}）` : ''}`}>
          <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
            {bookClosed && <div className="lf-item-meta" style={{ marginBottom: 6 }}>{year}年会议记录本已封存，本年谈话记录只读。</div>}
            <TalkList items={list.data?.items ?? []} onEdit={bookClosed ? undefined : (t) => setEditing({ talk: t })} onDeleted={bookClosed ? undefined : reload} />
          </PageState>
        </Card>
      </Space>
      {editing && (
        <TalkModal
          branchId={id}
          talk={editing.talk}
          preset={editing.preset}
          today={me.today}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('已保存');
            reload();
          }}
        />
      )}
    </div>
  );
}
