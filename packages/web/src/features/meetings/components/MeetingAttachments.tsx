import { useState } from 'react';
import { App, Button, Popconfirm, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { MEETING_SLOTS, MEETING_SLOT_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { formatBytes } from '../../../lib/files';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { attachmentContentPath, attachmentsPath, removeAttachment, uploadAttachment, type Attachment } from '../../attachments/api';

type Slot = (typeof MEETING_SLOTS)[number];
const slotOf = (s: string): Slot => ((MEETING_SLOTS as readonly string[]).includes(s) ? (s as Slot) : 'other');

/** A meeting's files in its slots (通知, 签到表, 纪要, 决议, 现场照片, 讲稿/课件, 其他): upload into a slot, download, remove. */
export function MeetingAttachments({ meetingId, canWrite }: { meetingId: string; canWrite: boolean }) {
  const { message } = App.useApp();
  const list = useApi<{ items: Attachment[] }>(attachmentsPath('meeting', meetingId));
  const [uploading, setUploading] = useState<Slot | null>(null);
  const items = list.data?.items ?? [];

  const upload = async (file: File, slot: Slot) => {
    setUploading(slot);
    try {
      const a = await uploadAttachment('meeting', meetingId, file, slot);
      void message.success(`已上传：${a.fileName}`);
      list.reload();
    } catch (e) {
      void message.error(`${file.name}：${errorMessage(e)}`);
    } finally {
      setUploading(null);
    }
  };
  const remove = async (a: Attachment) => {
    try {
      await removeAttachment(a.id);
      void message.success(`已删除：${a.fileName}`);
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
      <div aria-label="会议材料">
        {MEETING_SLOTS.map((slot) => {
          const files = items.filter((a) => slotOf(a.slot) === slot);
          if (!canWrite && files.length === 0) return null;
          return (
            <div key={slot} className="mt-slot">
              <div className="mt-slot-head">
                <span className="mt-slot-name">{MEETING_SLOT_LABELS[slot]}</span>
                {files.length === 0 && <span className="muted">未上传</span>}
                {canWrite && (
                  <Upload
                    multiple
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void upload(file, slot);
                      return false;
                    }}
                  >
                    <Button size="small" type="link" icon={<UploadOutlined aria-hidden />} loading={uploading === slot} aria-label={`上传${MEETING_SLOT_LABELS[slot]}`}>
                      上传
                    </Button>
                  </Upload>
                )}
              </div>
              {files.length > 0 && (
                <ul className="mt-slot-files">
                  {files.map((a) => (
                    <li key={a.id}>
                      <PaperClipOutlined aria-hidden />
                      <a href={attachmentContentPath(a.id)} download={a.fileName}>
                        {a.fileName}
                      </a>
                      <span className="muted">{formatBytes(a.size)}</span>
                      {canWrite && (
                        <Popconfirm title={`删除“${a.fileName}”？`} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(a)}>
                          <Button type="text" size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${a.fileName}`} />
                        </Popconfirm>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        {!canWrite && items.length === 0 && <span className="muted">暂无材料</span>}
      </div>
    </PageState>
  );
}
