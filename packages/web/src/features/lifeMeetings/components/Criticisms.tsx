import { useState } from 'react';
import { App, Button, Empty, Form, Input, Popconfirm } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { FormModal } from '../../../lib/FormModal';
import { PersonSelect } from '../../org/components/PersonSelect';
import { createCriticism, deleteCriticism, updateCriticism, type Criticism, type LifeMeetingDossier } from '../api';

interface Values {
  targetPersonId: string;
  criticPersonId: string;
  opinion: string;
  response?: string;
}

/** 相互批评意见 (forms.md §7b): who was criticised, by whom, the opinion and the answer. */
export function Criticisms({ d, onChanged }: { d: LifeMeetingDossier; onChanged: () => void }) {
  const { message } = App.useApp();
  const canEdit = d.abilities.edit;
  const [editing, setEditing] = useState<{ c?: Criticism } | null>(null);

  const remove = async (c: Criticism) => {
    try {
      await deleteCriticism(c.id);
      void message.success('已删除');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const submit = async (v: Values) => {
    const body = { targetPersonId: v.targetPersonId, criticPersonId: v.criticPersonId, opinion: v.opinion.trim(), response: v.response?.trim() || null };
    if (editing?.c) await updateCriticism(editing.c.id, body);
    else await createCriticism(d.meetingId, body);
    setEditing(null);
    void message.success('已保存');
    onChanged();
  };

  return (
    <>
      {canEdit && (
        <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})} style={{ marginBottom: 8 }}>
          添加批评意见
        </Button>
      )}
      {d.criticisms.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无相互批评意见" />
      ) : (
        <ul className="lf-list" aria-label="相互批评意见">
          {d.criticisms.map((c) => (
            <li key={c.id} className="lf-item">
              <div className="lf-item-head">
                <span className="lf-item-title">
                  {c.critic.name} 对 {c.target.name}
                </span>
                {canEdit && (
                  <span className="lf-item-actions">
                    <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`编辑${c.critic.name}对${c.target.name}的批评意见`} onClick={() => setEditing({ c })} />
                    <Popconfirm title="删除这条批评意见？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(c)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${c.critic.name}对${c.target.name}的批评意见`} />
                    </Popconfirm>
                  </span>
                )}
              </div>
              <div className="lf-item-body">意见：{c.opinion}</div>
              {c.response && <div className="lf-item-meta">本人回应：{c.response}</div>}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <FormModal<Values>
          open
          title={editing.c ? '编辑批评意见' : '添加批评意见'}
          onCancel={() => setEditing(null)}
          onSubmit={submit}
          initialValues={editing.c ? { targetPersonId: editing.c.target.id, criticPersonId: editing.c.critic.id, opinion: editing.c.opinion, response: editing.c.response ?? undefined } : {}}
        >
          <div className="mt-form-row">
            <Form.Item name="criticPersonId" label="提出人" rules={[{ required: true, message: '请选择提出人' }]}>
              <PersonSelect branchId={d.branchId} />
            </Form.Item>
            <Form.Item name="targetPersonId" label="被批评人" rules={[{ required: true, message: '请选择被批评人' }]}>
              <PersonSelect branchId={d.branchId} />
            </Form.Item>
          </div>
          <Form.Item name="opinion" label="批评意见" rules={[{ required: true, min: 2, message: '请填写批评意见' }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
          </Form.Item>
          <Form.Item name="response" label="本人回应">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
