import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Progress, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { CloudUploadOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Job } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { BranchPicker } from '../../../lib/BranchPicker';
import { useApi } from '../../../lib/useApi';
import { waitForJob } from '../../../lib/jobs';
import { attachmentContentPath } from '../../attachments/api';
import { receiptOf } from '../../funds/api';
import { archivesPath, removeArchiveUpload, startBinding, uploadArchive, type ArchiveOverview, type ArchiveUpload } from '../api';

type Category = ArchiveOverview['categories'][number];

/**
 * 信息台账 (LED-1..8) of a branch's year: each category with the papers uploaded into it (those that exist only on
 * paper) and its last binding; one click binds a category, or the whole year, into a PDF with its 卷内目录.
 */
/** What a category without uploads holds, made from the records alone. */
const RECORD_ONLY_HINTS: Record<string, string> = {
  recordBooks: '由会议记录生成：支部和每个党小组各一本（已封存的取封存时的文件），点“生成”得到 PDF',
  funds: '由经费记录生成：活动经费台账，以及每笔支出的活动报告和票据，合订时自动编入',
  duesCards: '由党费记录生成：点“生成”把全体党员的党费证合为一个 PDF',
};

export default function ArchivesPage() {
  const { id } = useParams();
  // the 机关党委 and 考核人员 pick a branch first (/archives)
  return id ? <BranchArchives id={id} /> : <BranchPicker title="信息台账" page="archives" />;
}

function BranchArchives({ id }: { id: string }) {
  const { message, modal } = App.useApp();
  const [year, setYear] = useYear();
  const o = useApi<ArchiveOverview>(archivesPath(id, year));
  const write = !!o.data?.abilities.write;
  const [uploading, setUploading] = useState<Category | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [form] = Form.useForm();

  const bind = async (category?: string) => {
    try {
      const { jobId } = await startBinding(id, year, category);
      await waitForJob(jobId, setJob);
      void message.success('装订完成');
      o.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setJob(null);
    }
  };
  const save = async (v: { kind: string; title: string; issuedOn?: Dayjs; docNo?: string; responsible?: string; file?: { originFileObj: File }[] }) => {
    if (!uploading) return;
    const f = v.file?.[0]?.originFileObj;
    if (!f) return void message.error('请选择文件');
    try {
      await uploadArchive(id, { year, category: uploading.key, kind: v.kind, title: v.title, issuedOn: v.issuedOn?.format('YYYY-MM-DD') ?? null, docNo: v.docNo || null, responsible: v.responsible || null, file: await receiptOf(f) });
      void message.success('已上传');
      setUploading(null);
      form.resetFields();
      o.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  const remove = (u: ArchiveUpload) => {
    let reason = '';
    modal.confirm({
      title: `移除「${u.title}」`,
      content: <Input.TextArea rows={2} placeholder="移除原因（留痕）" onChange={(e) => (reason = e.target.value)} />,
      okText: '移除',
      onOk: async () => {
        try {
          await removeArchiveUpload(u.id, reason);
          o.reload();
        } catch (e) {
          void message.error(errorMessage(e));
          throw e;
        }
      },
    });
  };

  return (
    <div className="lf-page">
      <PageHeader
        title="信息台账"
        sub={o.data ? `${o.data.branch.name} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {write && (
              <Button type="primary" icon={<FilePdfOutlined aria-hidden />} loading={!!job} onClick={() => void bind()}>
                一键合订全年
              </Button>
            )}
          </>
        }
      />
      {job && <Progress percent={job.total ? Math.round((100 * (job.progress ?? 0)) / job.total) : 0} status="active" format={() => job.message ?? '装订中'} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="由系统记录生成的材料（花名册、组织关系介绍信、党费登记表、会议记录及附件、谈心谈话、民主评议表、经费台账及票据等）不需上传，合订时自动编入；这里上传只有纸质件的材料（上级文件、计划、总结、讲稿等），PDF 或图片。合订后得到封面、卷内目录和全部材料的 PDF，目录另有 Word、Excel 版；会议记录本和党费证另成文件。"
      />
      <PageState loading={o.loading && !o.data} error={o.error} onRetry={o.reload}>
        {o.data?.categories.map((c) => (
          <Card
            key={c.key}
            size="small"
            style={{ marginBottom: 12 }}
            title={
              <Space wrap>
                <Tag>{c.clause}</Tag>
                {c.name}
                {c.lastBinding && <Tag color="green">{c.boundYearly ? '已合订' : '已生成'} {c.lastBinding.boundAt.slice(0, 10)}</Tag>}
                {c.lastBinding && (
                  <Typography.Text type="secondary">
                    {c.lastBinding.items} {c.boundYearly ? '件' : c.key === 'recordBooks' ? '本' : '人'}，{c.lastBinding.pages} 页
                  </Typography.Text>
                )}
              </Space>
            }
            extra={
              <Space wrap>
                {c.lastBinding && c.boundYearly && (
                  <>
                    <a href={attachmentContentPath(c.lastBinding.files.pdf)} target="_blank" rel="noreferrer">
                      合订本 PDF
                    </a>
                    <a href={attachmentContentPath(c.lastBinding.files.docx)}>目录 Word</a>
                    <a href={attachmentContentPath(c.lastBinding.files.xlsx)}>目录 Excel</a>
                  </>
                )}
                {c.lastBinding &&
                  !c.boundYearly &&
                  c.lastBinding.pdfs.map((f) => (
                    <a key={f.id} href={attachmentContentPath(f.id)} target="_blank" rel="noreferrer">
                      {f.fileName}
                    </a>
                  ))}
                {write && c.uploadKinds.length > 0 && (
                  <Button size="small" icon={<CloudUploadOutlined aria-hidden />} onClick={() => setUploading(c)}>
                    上传材料
                  </Button>
                )}
                {write && (
                  <Button size="small" disabled={!!job} onClick={() => void bind(c.key)}>
                    {c.boundYearly ? '合订' : '生成'}
                  </Button>
                )}
              </Space>
            }
          >
            {c.uploads.length === 0 ? (
              <Typography.Text type="secondary">{c.uploadKinds.length ? `尚未上传材料（可上传：${c.uploadKinds.map((k) => k.label).join('、')}）` : (RECORD_ONLY_HINTS[c.key] ?? '全部由系统记录生成，合订时自动编入')}</Typography.Text>
            ) : (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                scroll={{ x: 640 }}
                dataSource={c.uploads}
                columns={[
                  { title: '题名', dataIndex: 'title', render: (t: string, u: ArchiveUpload) => <a href={attachmentContentPath(u.attachmentId)} target="_blank" rel="noreferrer">{t}</a> },
                  { title: '类别', dataIndex: 'kindLabel', width: 160 },
                  { title: '日期', dataIndex: 'issuedOn', width: 110 },
                  { title: '文号', dataIndex: 'docNo', width: 140 },
                  { title: '页数', dataIndex: 'pages', width: 60 },
                  ...(write ? [{ title: '', key: 'x', width: 70, render: (_: unknown, u: ArchiveUpload) => <Button size="small" type="link" danger onClick={() => remove(u)}>移除</Button> }] : []),
                ]}
              />
            )}
          </Card>
        ))}
      </PageState>
      <Modal open={!!uploading} title={uploading ? `上传到${uploading.name}` : ''} okText="上传" onCancel={() => setUploading(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item name="kind" label="材料类别" rules={[{ required: true, message: '请选择材料类别' }]}>
            <Select options={uploading?.uploadKinds.map((k) => ({ value: k.key, label: k.label })) ?? []} />
          </Form.Item>
          <Form.Item name="title" label="题名" rules={[{ required: true, message: '请填写题名' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="issuedOn" label="日期">
              <DatePicker />
            </Form.Item>
            <Form.Item name="docNo" label="文号">
              <Input maxLength={60} placeholder="如 X党支〔2026〕3号" />
            </Form.Item>
            <Form.Item name="responsible" label="责任者">
              <Input maxLength={60} placeholder="默认为本支部" />
            </Form.Item>
          </Space>
          <Form.Item name="file" label="文件（PDF 或图片）" valuePropName="fileList" getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)} rules={[{ required: true, message: '请选择文件' }]}>
            <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.png,.jpg,.jpeg">
              <Button icon={<CloudUploadOutlined aria-hidden />}>选择文件</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
