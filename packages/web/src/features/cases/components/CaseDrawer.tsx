import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { EditOutlined, SendOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { AttachmentList } from '../../attachments/AttachmentList';
import { casePath, promoteCase, publishCase, returnCase, submitCase, type Case } from '../api';
import { CASE_LIMITS, CASE_STATUS_COLORS, caseParagraphs, clauseTitle, statusLabel } from '../labels';

interface Props {
  id: string | null;
  onClose: () => void;
  /** after a change, so that the lists reload */
  onChanged: () => void;
  onEdit: (c: Case) => void;
}

/** One case: its text as plain paragraphs, files, and the actions the viewer may take (the server checks again). */
export function CaseDrawer({ id, onClose, onChanged, onEdit }: Props) {
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const one = useApi<Case>(id ? casePath(id) : null);
  const c = id && one.data?.id === id ? one.data : undefined;
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const act = async (f: () => Promise<Case>, done: string) => {
    setBusy(true);
    try {
      await f();
      void message.success(done);
      one.reload();
      onChanged();
      return true;
    } catch (e) {
      void message.error(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const actions = c && (
    <Space wrap>
      {c.abilities.edit && (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(c)}>
          修改
        </Button>
      )}
      {c.abilities.submit && (
        <Popconfirm title="提交机关党委审核？" description="提交后不能修改，审核通过即在全机关发布。" okText="提交" cancelText="取消" onConfirm={() => act(() => submitCase(c.id), '已提交审核')}>
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={busy}>
            提交审核
          </Button>
        </Popconfirm>
      )}
      {c.abilities.review && c.status === 'submitted' && (
        <Popconfirm title="发布这篇经验？" description="发布后全机关都能查阅。" okText="发布" cancelText="取消" onConfirm={() => act(() => publishCase(c.id), '已发布')}>
          <Button type="primary" loading={busy}>
            发布
          </Button>
        </Popconfirm>
      )}
      {c.abilities.review && c.status === 'published' && (
        <Button icon={c.promoted ? <StarOutlined aria-hidden /> : <StarFilled aria-hidden />} loading={busy} onClick={() => void act(() => promoteCase(c.id, !c.promoted), c.promoted ? '已取消推广' : '已标记推广')}>
          {c.promoted ? '取消推广' : '推广'}
        </Button>
      )}
      {c.abilities.review && (c.status === 'submitted' || c.status === 'published') && (
        <Button danger onClick={() => setReturning(true)}>
          {c.status === 'published' ? '撤回发布' : '退回'}
        </Button>
      )}
    </Space>
  );

  return (
    <Drawer open={id !== null} onClose={onClose} size={mobile ? '100%' : 720} title={c?.title ?? '典型经验'} extra={mobile ? undefined : actions}>
      <PageState loading={!c && !one.error} error={one.error} onRetry={one.reload}>
        {c && (
          <article className="case-detail">
            {mobile && <div style={{ marginBottom: 12 }}>{actions}</div>}
            <Space size={[4, 4]} wrap style={{ marginBottom: 12 }}>
              <Tag color={CASE_STATUS_COLORS[c.status]}>{statusLabel(c.status)}</Tag>
              {c.promoted && (
                <Tag color="red" icon={<StarFilled aria-hidden />}>
                  推广
                </Tag>
              )}
              {c.tags.map((t) => (
                <Tag key={t}>{t}</Tag>
              ))}
            </Space>
            {c.returnReason && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={c.status === 'returned' ? `机关党委退回：${c.returnReason}` : `上次退回原因：${c.returnReason}`}
                description={c.status === 'returned' && c.abilities.edit ? '请按意见修改后再次提交审核。' : undefined}
              />
            )}
            <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
              <Descriptions.Item label="党支部">{c.branch.name}</Descriptions.Item>
              {c.submittedOn && <Descriptions.Item label="提交日期">{c.submittedOn}</Descriptions.Item>}
              {c.publishedOn && <Descriptions.Item label="发布日期">{c.publishedOn}</Descriptions.Item>}
              {c.clauses.length > 0 && <Descriptions.Item label="对应条款">{c.clauses.map((x) => `${x} ${clauseTitle(x)}`).join('；')}</Descriptions.Item>}
            </Descriptions>
            <Typography.Paragraph strong>{c.summary}</Typography.Paragraph>
            {/* plain text only: each paragraph a text node, never HTML */}
            {caseParagraphs(c.body).map((p, i) => (
              <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
                {p}
              </Typography.Paragraph>
            ))}
            <Typography.Title level={5}>附件</Typography.Title>
            <AttachmentList key={`${c.id}-${c.status}`} entityType="case" entityId={c.id} canWrite={c.abilities.edit} />
          </article>
        )}
      </PageState>
      <Modal
        open={returning}
        title={c?.status === 'published' ? '撤回发布' : '退回经验'}
        okText="退回"
        okButtonProps={{ danger: true, loading: busy }}
        cancelText="取消"
        destroyOnHidden
        onCancel={() => setReturning(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            if (c && (await act(() => returnCase(c.id, v.reason), '已退回'))) setReturning(false);
          }}
        >
          <Form.Item name="reason" label="退回原因" rules={[{ required: true, whitespace: true, message: '请填写退回原因' }]} extra="党支部会看到此原因，修改后可再次提交。">
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={CASE_LIMITS.reason} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
