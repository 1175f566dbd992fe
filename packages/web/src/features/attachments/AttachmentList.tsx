import { useState } from 'react';
import { App, Button, Empty, Popconfirm, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { formatBytes } from '../../lib/files';
import { useApi } from '../../lib/useApi';
import { PageState } from '../../lib/PageState';
import { actorLabel } from '../persons/components/historyLabels';
import { attachmentContentPath, attachmentsPath, removeAttachment, uploadAttachment, type Attachment } from './api';

interface Props {
  /** the record type the server knows (`person`, `branch`, …) */
  entityType: string;
  entityId: string;
  /** may upload and remove (the record's own edit ability; the server checks again) */
  canWrite: boolean;
}

/** The files attached to one record: download, and (with the right) upload and remove. */
export function AttachmentList({ entityType, entityId, canWrite }: Props) {
  const { message } = App.useApp();
  const list = useApi<{ items: Attachment[] }>(attachmentsPath(entityType, entityId));
  const [uploading, setUploading] = useState(0);
  const items = list.data?.items ?? [];

  const upload = async (file: File) => {
    setUploading((n) => n + 1);
    try {
      const a = await uploadAttachment(entityType, entityId, file);
      void message.success(`已上传：${a.fileName}`);
      list.reload();
    } catch (e) {
      void message.error(`${file.name}：${errorMessage(e)}`);
    } finally {
      setUploading((n) => n - 1);
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
    <div className="attachments">
      {canWrite && (
        <div className="attachments-toolbar">
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={uploading > 0}>
              上传材料
            </Button>
          </Upload>
          <span className="muted">可上传 PDF、图片或 Office 文档（按文件内容核验类型）</span>
        </div>
      )}
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无材料" />
        ) : (
          <ul className="attachment-list" aria-label="材料列表">
            {items.map((a) => (
              <li key={a.id} className="attachment-item">
                <PaperClipOutlined aria-hidden className="attachment-icon" />
                <div className="attachment-main">
                  <a href={attachmentContentPath(a.id)} download={a.fileName} className="attachment-name">
                    {a.fileName}
                  </a>
                  <div className="attachment-meta">
                    {formatBytes(a.size)} · {actorLabel(a.uploadedBy)} 上传于 {formatDateTime(a.uploadedAt)}
                  </div>
                </div>
                {canWrite && (
                  <Popconfirm
                    title={`删除“${a.fileName}”？`}
                    description="删除后该材料不再显示在此处（操作记入审计日志）。"
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => remove(a)}
                  >
                    <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除${a.fileName}`} />
                  </Popconfirm>
                )}
              </li>
            ))}
          </ul>
        )}
      </PageState>
    </div>
  );
}
