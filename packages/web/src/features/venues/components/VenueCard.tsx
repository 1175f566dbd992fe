import { useState } from 'react';
import { App, Button, Card, Form, Image, Input, List, Modal, Popconfirm, Select, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { CheckCircleFilled, UploadOutlined } from '@ant-design/icons';
import { VENUE_KIND_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useIsMobile } from '../../../lib/useIsMobile';
import { confirmItem, photoOf, photoUrl, retireVenue, setVenueBranches, tickItem, untickItem, type Venue } from '../api';

type Item = Venue['items'][number];

/**
 * One venue with its checklist: tick with photos, untick, and (机关党委) confirm. `shareOptions` (organ admin only):
 * the active branches, to change which branches share the venue.
 */
export function VenueCard({ venue, canConfirm, onChanged, shareOptions }: { venue: Venue; canConfirm: boolean; onChanged: () => void; shareOptions?: { value: string; label: string }[] }) {
  const { message } = App.useApp();
  const [sharing, setSharing] = useState<string[] | null>(null);
  const [ticking, setTicking] = useState<Item | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();
  const mobile = useIsMobile();
  const write = venue.canWrite;
  const required = venue.items.filter((i) => i.required);
  const done = required.filter((i) => i.ticked && i.ticked.photos.length > 0).length;

  const act = async (f: () => Promise<unknown>, ok: string) => {
    try {
      await f();
      void message.success(ok);
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const saveTick = async (v: { note?: string }) => {
    if (!ticking) return;
    if (files.length === 0) {
      void message.error('请至少上传一张照片');
      return;
    }
    setSaving(true);
    try {
      const photos = await Promise.all(files.map((f) => photoOf(f.originFileObj as File)));
      await tickItem(venue.id, ticking.item, { ...(v.note ? { note: v.note } : {}), photos });
      void message.success('已打勾');
      setTicking(null);
      setFiles([]);
      form.resetFields();
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          {venue.name}
          <Tag>{VENUE_KIND_LABELS[venue.kind]}</Tag>
          {venue.branches.length > 1 && <Tag color="blue">共用：{venue.branches.map((b) => b.name).join('、')}</Tag>}
          {venue.retiredOn && <Tag>{venue.retiredOn} 停用</Tag>}
        </Space>
      }
      extra={
        <Space>
          {shareOptions && !venue.retiredOn && (
            <Button size="small" onClick={() => setSharing(venue.branches.map((b) => b.id))}>
              共用支部
            </Button>
          )}
          <Tag color={done === required.length ? 'green' : 'orange'}>
            必备 {done}/{required.length}
          </Tag>
          {write && (
            <Popconfirm title="停用后不再计入活动阵地检查，记录和照片保留。确定停用？" onConfirm={() => void act(() => retireVenue(venue.id), '已停用')}>
              <Button size="small" danger>
                停用
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      {venue.location && <Typography.Paragraph type="secondary">位置：{venue.location}</Typography.Paragraph>}
      <List
        itemLayout={mobile ? 'vertical' : 'horizontal'}
        dataSource={venue.items}
        renderItem={(i) => (
          <List.Item
            actions={[
              ...(write ? [<Button key="t" size="small" onClick={() => setTicking(i)}>{i.ticked ? '补充照片' : '打勾并上传照片'}</Button>] : []),
              ...(write && i.ticked
                ? [
                    <Popconfirm key="u" title="取消打勾会移除该项照片，确定？" onConfirm={() => void act(() => untickItem(venue.id, i.item), '已取消打勾')}>
                      <Button size="small">取消打勾</Button>
                    </Popconfirm>,
                  ]
                : []),
              ...(canConfirm && i.ticked && !i.ticked.confirmedOn
                ? [<Button key="c" size="small" type="primary" onClick={() => void act(() => confirmItem(venue.id, i.item), '已确认')}>确认</Button>]
                : []),
            ]}
          >
            <List.Item.Meta
              avatar={i.ticked ? <CheckCircleFilled style={{ color: '#52c41a', fontSize: 18 }} aria-label="已打勾" /> : <span style={{ display: 'inline-block', width: 18 }} aria-label="未打勾" />}
              title={
                <Space wrap>
                  {i.label}
                  {i.required ? <Tag color="red">必备</Tag> : <Tag>可选</Tag>}
                  {i.ticked?.confirmedOn && <Tag color="green">机关党委已确认 {i.ticked.confirmedOn}</Tag>}
                  {i.ticked && !i.ticked.confirmedOn && <Tag color="gold">待机关党委确认</Tag>}
                </Space>
              }
              description={
                <div>
                  <div>{i.hint}</div>
                  {i.ticked && (
                    <div className="muted">
                      {i.ticked.tickedOn} 由 {i.ticked.tickedBy} 打勾{i.ticked.note ? `：${i.ticked.note}` : ''}
                    </div>
                  )}
                  {i.ticked && i.ticked.photos.length > 0 && (
                    <Image.PreviewGroup>
                      <Space wrap style={{ marginTop: 4 }}>
                        {i.ticked.photos.map((p) => (
                          <Image key={p.id} src={photoUrl(p.id)} alt={p.fileName} width={64} height={64} style={{ objectFit: 'cover' }} />
                        ))}
                      </Space>
                    </Image.PreviewGroup>
                  )}
                </div>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        title={ticking ? `${ticking.label}：打勾并上传照片` : ''}
        open={!!ticking}
        okText="保存"
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => {
          setTicking(null);
          setFiles([]);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => void saveTick(v)}>
          <Form.Item label="照片（至少一张，JPG、PNG 等）" required>
            <Upload accept="image/*" listType="picture" multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList.slice(0, 10))}>
              <Button icon={<UploadOutlined aria-hidden />}>选择照片</Button>
            </Upload>
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} maxLength={500} placeholder="如：悬挂于会议室东墙" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title={`“${venue.name}”由哪些党支部使用`}
        open={sharing !== null}
        okText="保存"
        onCancel={() => setSharing(null)}
        onOk={() => void act(() => setVenueBranches(venue.id, sharing ?? []), '已保存共用支部').then(() => setSharing(null))}
        okButtonProps={{ disabled: !sharing?.length }}
      >
        <Typography.Paragraph type="secondary">几个支部共用一个活动室或宣传栏时，选中每个使用的支部；打勾和照片对所有使用的支部有效。</Typography.Paragraph>
        <Select mode="multiple" style={{ width: '100%' }} value={sharing ?? []} onChange={setSharing} showSearch={{ optionFilterProp: 'label' }} options={shareOptions ?? []} />
      </Modal>
    </Card>
  );
}
