import { useState } from 'react';
import { App, Button, Empty, Popconfirm, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useIsMobile } from '../../../lib/useIsMobile';
import { deleteRectification, type Rectification } from '../api';
import { AttachmentsModal } from './AttachmentsModal';
import { RectificationModal } from './RectificationModal';

const STATUS_COLOR = { open: 'processing', closed: 'green', carriedOver: 'gold' } as const;

/** 整改落实台账 (forms.md §7c): each item with owner, deadline, status and evidence; open past its deadline in red. */
export function RectificationLedger(props: { branchId: string; meetingId: string; items: Rectification[]; canEdit: boolean; today: string; onChanged: () => void }) {
  const { branchId, meetingId, items, canEdit, today, onChanged } = props;
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const [editing, setEditing] = useState<{ item?: Rectification } | null>(null);
  const [files, setFiles] = useState<Rectification | null>(null);

  const remove = async (r: Rectification) => {
    try {
      await deleteRectification(r.id);
      void message.success('已删除');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const owner = (r: Rectification) => r.owner?.name ?? r.ownerName ?? '—';
  const status = (r: Rectification) => (
    <>
      <Tag color={STATUS_COLOR[r.status]}>{RECTIFICATION_STATUS_LABELS[r.status]}</Tag>
      {r.overdue && <Tag color="red">已超期</Tag>}
    </>
  );
  const actions = (r: Rectification) => (
    <span className="lf-item-actions">
      <Button size="small" icon={<PaperClipOutlined aria-hidden />} aria-label={`整改事项${r.seq}的佐证材料${r.attachmentCount ? ` ${r.attachmentCount}份` : ''}`} onClick={() => setFiles(r)}>
        佐证{r.attachmentCount ? ` ${r.attachmentCount}` : ''}
      </Button>
      {canEdit && <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`更新整改事项${r.seq}`} onClick={() => setEditing({ item: r })} />}
      {canEdit && r.status === 'open' && r.attachmentCount === 0 && (
        <Popconfirm title={`删除整改事项 ${r.seq}？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(r)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除整改事项${r.seq}`} />
        </Popconfirm>
      )}
    </span>
  );
  const outcome = (r: Rectification) =>
    r.status === 'closed' ? `${r.closedOn ?? ''} 销号${r.progress ? `：${r.progress}` : ''}` : r.status === 'carriedOver' ? `持续整改：${r.carryReason ?? ''}` : (r.progress ?? '');

  return (
    <>
      {canEdit && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})} style={{ marginBottom: 8 }}>
          添加整改事项
        </Button>
      )}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="整改落实台账暂无事项" />
      ) : mobile ? (
        <ul className="lf-list" aria-label="整改落实台账">
          {items.map((r) => (
            <li key={r.id} className={`lf-item${r.overdue ? ' lf-overdue' : ''}`}>
              <div className="lf-item-head">
                <span className="lf-item-title">
                  {r.seq}. {r.problem}
                </span>
                {status(r)}
              </div>
              <div className="lf-item-body">措施：{r.measure}</div>
              <div className="lf-item-meta">
                {RECTIFICATION_SOURCE_LABELS[r.source]} · 责任人 {owner(r)} · 时限 {r.deadline}
              </div>
              {outcome(r) && <div className="lf-item-meta">{outcome(r)}</div>}
              {actions(r)}
            </li>
          ))}
        </ul>
      ) : (
        <Table<Rectification>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          rowClassName={(r) => (r.overdue ? 'lf-overdue' : '')}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 56 },
            { title: '问题来源', render: (_, r) => RECTIFICATION_SOURCE_LABELS[r.source], width: 90 },
            { title: '存在问题', dataIndex: 'problem' },
            { title: '整改措施', dataIndex: 'measure' },
            { title: '责任人', render: (_, r) => owner(r), width: 90 },
            { title: '整改时限', dataIndex: 'deadline', width: 100 },
            { title: '状态', render: (_, r) => status(r), width: 120 },
            { title: '进展/销号', render: (_, r) => outcome(r) || '—' },
            { title: '操作', render: (_, r) => actions(r), width: 150 },
          ]}
        />
      )}
      {editing && (
        <RectificationModal
          branchId={branchId}
          meetingId={meetingId}
          item={editing.item}
          today={today}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success('已保存');
            onChanged();
          }}
        />
      )}
      {files && (
        <AttachmentsModal
          title={`整改事项 ${files.seq} · 佐证材料`}
          entityType="rectification"
          entityId={files.id}
          canWrite={canEdit}
          onClose={() => {
            setFiles(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
