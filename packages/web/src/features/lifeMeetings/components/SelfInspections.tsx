import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Popconfirm, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../../api/client';
import { FormModal } from '../../../lib/FormModal';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { createSelfInspection, deleteSelfInspection, updateSelfInspection, type LifeMeetingDossier, type SelfInspection } from '../api';
import { AttachmentsModal } from './AttachmentsModal';

interface Values {
  submittedOn?: Dayjs | null;
  summary?: string;
}

/** 对照检查材料 per committee member: those still missing first (highlighted), each with its files. */
export function SelfInspections({ d, today, onChanged }: { d: LifeMeetingDossier; today: string; onChanged: () => void }) {
  const { message } = App.useApp();
  const canEdit = d.abilities.edit;
  const [editing, setEditing] = useState<{ person: { id: string; name: string }; si?: SelfInspection } | null>(null);
  const [files, setFiles] = useState<SelfInspection | null>(null);

  const remove = async (si: SelfInspection) => {
    try {
      await deleteSelfInspection(si.id);
      void message.success('已删除');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const submit = async (v: Values) => {
    if (!editing) return;
    const body = { submittedOn: fromDayjs(v.submittedOn), summary: v.summary?.trim() || null };
    if (editing.si) {
      await updateSelfInspection(editing.si.id, body);
      setEditing(null);
    } else {
      const next = await createSelfInspection(d.meetingId, { personId: editing.person.id, ...body });
      setEditing(null);
      // the text itself is a file: go straight on to the upload
      const si = next.selfInspections.find((x) => x.person.id === editing.person.id);
      if (si) setFiles(si);
    }
    void message.success('已保存');
    onChanged();
  };

  return (
    <>
      <ul className="lf-list" aria-label="对照检查材料">
        {d.missingSelfInspections.map((p) => (
          <li key={p.id} className="lf-item lf-missing">
            <div className="lf-item-head">
              <span className="lf-item-title">{p.name}</span>
              <Tag color="orange">未提交对照检查材料</Tag>
              {canEdit && (
                <span className="lf-item-actions">
                  <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ person: p })}>
                    登记并上传
                  </Button>
                </span>
              )}
            </div>
          </li>
        ))}
        {d.selfInspections.map((si) => (
          <li key={si.id} className="lf-item">
            <div className="lf-item-head">
              <span className="lf-item-title">{si.person.name}</span>
              {si.attachmentCount > 0 ? <Tag color="green">已上传 {si.attachmentCount} 份</Tag> : <Tag color="orange">未上传材料</Tag>}
              <span className="lf-item-actions">
                <Button size="small" icon={<PaperClipOutlined aria-hidden />} aria-label={`${si.person.name}的对照检查材料`} onClick={() => setFiles(si)}>
                  材料
                </Button>
                {canEdit && <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`编辑${si.person.name}的对照检查材料`} onClick={() => setEditing({ person: si.person, si })} />}
                {canEdit && (
                  <Popconfirm title={`删除${si.person.name}的对照检查材料？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(si)}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${si.person.name}的对照检查材料`} />
                  </Popconfirm>
                )}
              </span>
            </div>
            <div className="lf-item-meta">提交日期：{si.submittedOn ?? '—'}</div>
            {si.summary && <div className="lf-item-body">{si.summary}</div>}
          </li>
        ))}
      </ul>
      {d.selfInspections.length === 0 && d.missingSelfInspections.length === 0 && <span className="muted">会议日期无在任支委</span>}
      {editing && (
        <FormModal<Values>
          open
          title={`${editing.person.name} · 对照检查材料`}
          onCancel={() => setEditing(null)}
          onSubmit={submit}
          okText={editing.si ? '保存' : '保存并上传材料'}
          initialValues={{ submittedOn: toDayjs(editing.si?.submittedOn ?? (d.heldOn < today ? d.heldOn : today)), summary: editing.si?.summary ?? undefined }}
        >
          <Form.Item name="submittedOn" label="提交日期">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="summary" label="主要问题摘要（材料全文请上传附件）">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
          </Form.Item>
        </FormModal>
      )}
      {files && (
        <AttachmentsModal
          title={`${files.person.name} · 对照检查材料`}
          entityType="selfInspection"
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
