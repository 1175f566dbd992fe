import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Empty, Form, Input, List, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { NOMINATION_KIND_LABELS, NOMINATION_KINDS, type PersonRow } from '@zhibu/schemas';
import { errorMessage, qs } from '../../../api/client';
import { formatDateTime } from '../../../lib/dates';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { actorLabel } from '../../persons/components/historyLabels';
import { nominate, pts, removeNomination, sheetPage, type AssessmentResults } from '../api';
import { standardShort } from '../labels';

type Row = AssessmentResults['rows'][number];
type Kind = (typeof NOMINATION_KINDS)[number];
interface NominationForm {
  kind: Kind;
  branchId: string;
  personId?: string;
  reason: string;
}

/** 结果: the ranked table as published (total, grade, rank, each standard's score) and the nominations. */
export function ResultsPanel({ results, manage, onChanged }: { results: AssessmentResults; manage: boolean; onChanged: () => void }) {
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const id = results.assessment.id;
  const rows = [...results.rows].sort((x, y) => x.rank - y.rank || x.branch.name.localeCompare(y.branch.name, 'zh-CN'));
  const standards = rows[0]?.byStandard.map((s) => s.standard) ?? [];
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NominationForm>();
  const kind = Form.useWatch('kind', form);
  const branchId = Form.useWatch('branchId', form);
  const people = useApi<{ items: PersonRow[] }>(adding && kind === 'excellentWorker' && branchId ? `/api/persons${qs({ branchId, limit: 500 })}` : null);
  const members = (people.data?.items ?? []).filter((p) => p.status === 'active' && (p.category === 'full' || p.category === 'probationary'));

  const save = async (v: NominationForm) => {
    setSaving(true);
    try {
      await nominate(id, { kind: v.kind, branchId: v.branchId, personId: v.kind === 'excellentWorker' ? (v.personId ?? null) : null, reason: v.reason });
      void message.success('已记录推荐');
      setAdding(false);
      form.resetFields();
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  const remove = async (nid: string) => {
    try {
      await removeNomination(id, nid);
      void message.success('已删除推荐');
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={`考核结果（共${results.of}个党支部）`}>
        {rows.length === 0 ? (
          <Empty description="没有可查看的结果。" />
        ) : mobile ? (
          <List
            dataSource={rows}
            renderItem={(r) => (
              <List.Item>
                <div className="as-result-card">
                  <div className="as-item-row">
                    <b>第{r.rank}名</b>
                    <Link to={sheetPage(id, r.branch.id)} className="as-grow">
                      {r.branch.name}
                    </Link>
                    <Tag color="red">{r.grade}</Tag>
                    <b>{pts(r.total)} 分</b>
                  </div>
                  <div className="muted">{r.byStandard.map((s) => `${standardShort(s.standard)} ${pts(s.score)}/${pts(s.points)}`).join('　')}</div>
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<Row>
            size="small"
            rowKey={(r) => r.branch.id}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: '名次', key: 'rank', width: 64, render: (_, r) => `第${r.rank}名` },
              { title: '党支部', key: 'b', render: (_, r) => <Link to={sheetPage(id, r.branch.id)}>{r.branch.name}</Link> },
              { title: '总分', key: 't', align: 'right', render: (_, r) => <b>{pts(r.total)}</b> },
              { title: '等次', key: 'g', render: (_, r) => <Tag color="red">{r.grade}</Tag> },
              ...standards.map((s) => ({
                title: standardShort(s),
                key: s,
                align: 'right' as const,
                render: (_: unknown, r: Row) => {
                  const x = r.byStandard.find((b) => b.standard === s);
                  return x ? <span className={x.score < x.points ? 'as-lost' : undefined}>{pts(x.score)}/{pts(x.points)}</span> : '—';
                },
              })),
            ]}
          />
        )}
      </Card>

      <Card
        size="small"
        title="先进党支部和优秀党务工作者推荐"
        extra={
          manage && (
            <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
              推荐
            </Button>
          )
        }
      >
        {results.nominations.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={manage ? '尚无推荐。可按考核结果推荐先进党支部和优秀党务工作者，并写明理由。' : '尚无推荐。'} />
        ) : (
          <List
            dataSource={results.nominations}
            renderItem={(n) => (
              <List.Item
                actions={
                  manage
                    ? [
                        <Popconfirm key="d" title="删除这条推荐？" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => remove(n.id)}>
                          <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={`删除推荐${n.person?.name ?? n.branch.name}`} />
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <Tag color={n.kind === 'advancedBranch' ? 'red' : 'gold'}>{NOMINATION_KIND_LABELS[n.kind]}</Tag>
                      {n.person ? `${n.person.name}（${n.branch.name}）` : n.branch.name}
                    </Space>
                  }
                  description={
                    <>
                      <div>{n.reason}</div>
                      <div className="muted">
                        {actorLabel(n.nominatedBy)} 推荐于 {formatDateTime(n.nominatedAt)}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>

      <Modal title="推荐先进党支部或优秀党务工作者" open={adding} onCancel={() => setAdding(false)} onOk={() => form.submit()} okText="保存" confirmLoading={saving}>
        <Form form={form} layout="vertical" initialValues={{ kind: 'advancedBranch' }} onFinish={(v) => void save(v)}>
          <Form.Item name="kind" label="推荐类别" rules={[{ required: true, message: '请选择推荐类别' }]}>
            <Select<Kind> aria-label="推荐类别" options={NOMINATION_KINDS.map((k) => ({ value: k, label: NOMINATION_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="branchId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}>
            <Select
              aria-label="党支部"
              showSearch={{ optionFilterProp: 'label' }}
              options={rows.map((r) => ({ value: r.branch.id, label: `${r.branch.name}（第${r.rank}名，${r.grade}）` }))}
              onChange={() => form.setFieldValue('personId', undefined)}
            />
          </Form.Item>
          {kind === 'excellentWorker' && (
            <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择该支部的党员' }]} extra={branchId ? undefined : '先选择党支部'}>
              <Select
                aria-label="党员"
                showSearch={{ optionFilterProp: 'label' }}
                loading={people.loading}
                disabled={!branchId}
                options={members.map((p) => ({ value: p.id, label: p.posts.length ? `${p.name}（${p.posts.join('、')}）` : p.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="reason" label="推荐理由" rules={[{ required: true, min: 2, message: '请写明推荐理由' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
