import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { VENUE_PLAN_STATUS_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { decideVenuePlan, fenOf, submitVenuePlan, yuan, type VenuePlan } from '../api';

const STATUS_COLOR = { submitted: 'gold', approved: 'green', rejected: 'red' } as const;

/** 场地经费计划 (REQ-2): a branch's plans and their decisions; `decide` shows the 机关党委's buttons. */
export function VenuePlans({ plans, branchId, year, canSubmit, decide, onChange, showBranch }: { plans: VenuePlan[]; branchId?: string; year: number; canSubmit: boolean; decide: boolean; onChange: () => void; showBranch?: boolean }) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ title: string; amount: number; details?: string }>();

  const submit = async (v: { title: string; amount: number; details?: string }) => {
    if (!branchId) return;
    try {
      await submitVenuePlan(branchId, { year, title: v.title, amountFen: fenOf(v.amount), details: v.details ?? null });
      void message.success('计划已报送机关党委');
      setOpen(false);
      form.resetFields();
      onChange();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const act = (p: VenuePlan, decision: 'approve' | 'reject') => {
    let note = '';
    modal.confirm({
      title: decision === 'approve' ? `批准「${p.title}」？` : `不批准「${p.title}」`,
      content: <Input.TextArea rows={3} placeholder={decision === 'approve' ? '意见（可不填）' : '请填写不批准的意见'} onChange={(e) => (note = e.target.value)} />,
      okText: decision === 'approve' ? '批准' : '不批准',
      onOk: async () => {
        try {
          await decideVenuePlan(p.id, { decision, note: note || null });
          void message.success('已审批');
          onChange();
        } catch (e) {
          void message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  return (
    <>
      {canSubmit && (
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)} style={{ marginBottom: 12 }}>
          报送场地经费计划
        </Button>
      )}
      <Table<VenuePlan>
        size="small"
        rowKey="id"
        dataSource={plans}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: '暂无场地经费计划' }}
        columns={[
          ...(showBranch ? [{ title: '支部', key: 'branch', render: (_: unknown, p: VenuePlan) => p.branch.name }] : []),
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '计划', dataIndex: 'title', render: (t: string, p) => (p.details ? <span title={p.details}>{t}</span> : t) },
          { title: '金额（元）', key: 'amount', align: 'right', render: (_, p) => yuan(p.amountFen) },
          { title: '已支出（元）', key: 'spent', align: 'right', render: (_, p) => yuan(p.spentFen) },
          { title: '状态', key: 'status', render: (_, p) => <Tag color={STATUS_COLOR[p.status]}>{VENUE_PLAN_STATUS_LABELS[p.status]}</Tag> },
          { title: '审批意见', key: 'note', render: (_, p) => (p.decidedOn ? `${p.decidedOn} ${p.decisionNote ?? ''}` : '') },
          ...(decide
            ? [
                {
                  title: '操作',
                  key: 'act',
                  render: (_: unknown, p: VenuePlan) =>
                    p.status === 'submitted' ? (
                      <>
                        <Button size="small" type="link" onClick={() => act(p, 'approve')}>
                          批准
                        </Button>
                        <Button size="small" type="link" danger onClick={() => act(p, 'reject')}>
                          不批准
                        </Button>
                      </>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Modal title={`报送${year}年场地经费计划`} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="报送">
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="title" label="计划名称" rules={[{ required: true, min: 2, message: '请填写计划名称' }]}>
            <Input maxLength={100} placeholder="如：党员活动室租用" />
          </Form.Item>
          <Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="details" label="说明">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
