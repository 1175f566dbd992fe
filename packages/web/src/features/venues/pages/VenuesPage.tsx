import { useState } from 'react';
import { useParams } from 'react-router';
import { App, Button, Empty, Form, Input, Modal, Select, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { VENUE_KIND_LABELS, VENUE_KINDS, type Branch } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { BranchPicker } from '../../../lib/BranchPicker';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { useMe } from '../../auth/MeContext';
import { chatGroupPath, createVenue, venuesPath, type ChatGroup, type VenueList } from '../api';
import { VenueCard } from '../components/VenueCard';
import { ChatGroupCard } from '../components/ChatGroupCard';

/** 活动阵地 (VEN-1..3) of a branch: its 党员活动室 and 宣传栏 (own or shared) with their checklists, and its WeChat group. */
export default function VenuesPage() {
  const { id } = useParams();
  return id ? <BranchVenues id={id} /> : <BranchPicker title="活动阵地" page="venues" />;
}

type NewVenue = { kind: (typeof VENUE_KINDS)[number]; name: string; location?: string; sharedWith?: string[] };

function BranchVenues({ id }: { id: string }) {
  const { message } = App.useApp();
  const me = useMe();
  const list = useApi<VenueList>(venuesPath(id));
  const chat = useApi<ChatGroup>(chatGroupPath(id));
  const share = !!list.data?.canShare;
  const branches = useApi<{ items: Branch[] }>(share ? '/api/branches' : null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<NewVenue>();
  const venues = list.data?.venues ?? [];
  const active = venues.filter((v) => !v.retiredOn);
  const retired = venues.filter((v) => v.retiredOn);

  const add = async (v: NewVenue) => {
    try {
      await createVenue(id, { kind: v.kind, name: v.name, ...(v.location ? { location: v.location } : {}), ...(v.sharedWith?.length ? { sharedWith: v.sharedWith } : {}) });
      void message.success('已登记');
      setAdding(false);
      form.resetFields();
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div className="lf-page">
      <PageHeader
        title="活动阵地"
        sub={list.data ? `${list.data.branch.name} · 党员活动室“一牌一旗二板”、宣传栏、支部微信群` : undefined}
        extra={
          list.data?.canWrite && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              登记活动阵地
            </Button>
          )
        }
      />
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {active.length === 0 && (
            <Empty
              description={
                list.data?.canWrite
                  ? '还没有登记党员活动室或宣传栏。点击上方“登记活动阵地”登记（几个支部共用的由机关党委登记），再逐项打勾并上传照片。'
                  : '支部还没有登记党员活动室或宣传栏。'
              }
            />
          )}
          {active.map((v) => (
            <VenueCard key={v.id} venue={v} canConfirm={!!list.data?.canConfirm} onChanged={list.reload} {...(share ? { shareOptions: (branches.data?.items ?? []).filter((b) => b.status === 'active').map((b) => ({ value: b.id, label: b.fullName })) } : {})} />
          ))}
          {chat.data && <ChatGroupCard branchId={id} data={chat.data} today={me.today} onChanged={chat.reload} />}
          {retired.map((v) => (
            <VenueCard key={v.id} venue={v} canConfirm={false} onChanged={list.reload} />
          ))}
        </Space>
      </PageState>
      <Modal title="登记活动阵地" open={adding} okText="登记" onOk={() => form.submit()} onCancel={() => setAdding(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ kind: 'activityRoom' }} onFinish={(v) => void add(v)}>
          <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
            <Select options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input maxLength={100} placeholder="如：三楼党员活动室" />
          </Form.Item>
          <Form.Item name="location" label="位置">
            <Input maxLength={200} />
          </Form.Item>
          {share && (
            <Form.Item name="sharedWith" label="共用的其他党支部" extra="几个支部共用一个活动室或宣传栏时选择">
              <Select
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(branches.data?.items ?? []).filter((b) => b.status === 'active' && b.id !== id).map((b) => ({ value: b.id, label: b.fullName }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
