import { useState } from 'react';
import { App, Button, Empty, Popconfirm, Segmented, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { MEMBER_REPORT_AUDIENCE_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { deleteMemberReport, type MemberReport, type MemberReportStatus } from '../api';
import { MemberReportModal } from './MemberReportModal';

type Filter = 'all' | 'missing' | 'done';

/** 党员汇报 of the year: who reported (to whom, when), who not yet; the committee may enter one on a member's behalf. */
export function MemberReportList(props: { branchId: string; status: MemberReportStatus; canEdit: boolean; today: string; onChanged: () => void }) {
  const { branchId, status, canEdit, today, onChanged } = props;
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<{ person: { id: string; name: string }; report?: MemberReport } | null>(null);
  const done = status.members.filter((m) => m.report).length;
  const shown = status.members.filter((m) => (filter === 'all' ? true : filter === 'done' ? !!m.report : !m.report));

  const remove = async (r: MemberReport) => {
    try {
      await deleteMemberReport(r.id);
      void message.success('已删除');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Segmented<Filter>
        aria-label="筛选"
        value={filter}
        onChange={setFilter}
        style={{ marginBottom: 8 }}
        options={[
          { value: 'all', label: `全部 ${status.members.length}` },
          { value: 'missing', label: `未汇报 ${status.members.length - done}` },
          { value: 'done', label: `已汇报 ${done}` },
        ]}
      />
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />
      ) : (
        <ul className="lf-list" aria-label="党员汇报">
          {shown.map(({ person, report: r }) => (
            <li key={person.id} className={`lf-item${r ? '' : ' lf-missing'}`}>
              <div className="lf-item-head">
                <span className="lf-item-title">{person.name}</span>
                {r ? <Tag color="green">已汇报</Tag> : <Tag color="orange">尚未汇报</Tag>}
                {r?.enteredBy === 'committee' && <Tag>支委代录</Tag>}
                {canEdit && (
                  <span className="lf-item-actions">
                    {r ? (
                      <>
                        <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`编辑${person.name}的汇报`} onClick={() => setEditing({ person, report: r })} />
                        <Popconfirm title={`删除${person.name}的汇报？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(r)}>
                          <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${person.name}的汇报`} />
                        </Popconfirm>
                      </>
                    ) : (
                      <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ person })}>
                        代为登记
                      </Button>
                    )}
                  </span>
                )}
              </div>
              {r && (
                <div className="lf-item-meta">
                  {r.reportedOn} · {MEMBER_REPORT_AUDIENCE_LABELS[r.audience]}
                  {r.content ? ` · ${r.content.length > 60 ? `${r.content.slice(0, 60)}…` : r.content}` : ''}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <MemberReportModal
          year={status.year}
          today={today}
          branchId={branchId}
          person={editing.person}
          report={editing.report}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('已保存');
            onChanged();
          }}
        />
      )}
    </>
  );
}
