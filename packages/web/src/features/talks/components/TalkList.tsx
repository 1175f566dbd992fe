import { useState } from 'react';
import { App, Button, Empty, Popconfirm, Tag } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { TALK_FORM_LABELS, TALK_KIND_LABELS, TALK_PURPOSE_LABELS } from '@zhibu/schemas';
import dayjs from 'dayjs';
import { errorMessage } from '../../../api/client';
import { deleteTalk, type Talk } from '../api';

/** Talks newest first, one card-like row each (readable on a phone): date, 谈话人 → 谈话对象, 目的, 内容摘要, 补录. */
export function TalkList({ items, onEdit, onDeleted, max = 30, showBranch = false }: { items: Talk[]; onEdit?: (t: Talk) => void; onDeleted?: () => void; max?: number; showBranch?: boolean }) {
  const { message } = App.useApp();
  const [limit, setLimit] = useState(max);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无谈话记录" />;
  const sorted = [...items].sort((a, b) => b.talkedOn.localeCompare(a.talkedOn));
  const remove = async (t: Talk) => {
    try {
      await deleteTalk(t.id);
      void message.success('已删除');
      onDeleted?.();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <>
      <ul className="lf-list" aria-label="谈话记录">
        {sorted.slice(0, limit).map((t) => (
          <li key={t.id} className="lf-item">
            <div className="lf-item-head">
              <span className="lf-item-title">
                {t.talker.name} → {t.talkee.name}
                {showBranch ? `（${t.branchName}）` : ''}
              </span>
              <Tag>{TALK_PURPOSE_LABELS[t.purpose]}</Tag>
              {t.kind !== 'heartToHeart' && <Tag color="volcano">{TALK_KIND_LABELS[t.kind]}</Tag>}
              {t.late && <Tag color="orange">补录（登记于{dayjs(t.recordedAt).format('YYYY-MM-DD')}）</Tag>}
              {t.abilities.edit && (onEdit || onDeleted) && (
                <span className="lf-item-actions">
                  {onEdit && <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`编辑${t.talker.name}与${t.talkee.name}的谈话`} onClick={() => onEdit(t)} />}
                  {onDeleted && (
                    <Popconfirm title="删除这条谈话记录？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(t)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${t.talker.name}与${t.talkee.name}的谈话`} />
                    </Popconfirm>
                  )}
                </span>
              )}
            </div>
            <div className="lf-item-meta">
              {t.talkedOn} · {TALK_FORM_LABELS[t.form]}
              {t.place ? ` · ${t.place}` : ''}
            </div>
            {t.kind === 'admonition' && t.reason && <div className="lf-item-body">诫勉原因：{t.reason}</div>}
            <div className="lf-item-body">{t.topics.length > 120 ? `${t.topics.slice(0, 120)}…` : t.topics}</div>
            {t.commitments && <div className="lf-item-meta">本人承诺：{t.commitments}</div>}
            {t.outcome && <div className="lf-item-meta">回访结果：{t.outcome}</div>}
            {t.followUp && (
              <div className="lf-item-meta">
                跟进：{t.followUp}
                {t.followUpOn ? `（${t.followUpOn}）` : ''}
              </div>
            )}
          </li>
        ))}
      </ul>
      {sorted.length > limit && (
        <Button type="link" block onClick={() => setLimit((n) => n + 50)}>
          显示更多（还有 {sorted.length - limit} 条）
        </Button>
      )}
    </>
  );
}
