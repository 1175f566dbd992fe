import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, Modal, Segmented, Space, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { errorMessage } from '../../../api/client';
import { FormModal } from '../../../lib/FormModal';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { AttachmentsModal } from '../../lifeMeetings/components/AttachmentsModal';
import type { OrganReportInbox } from '@zhibu/schemas';
import { organReportsPath, reviewBranchReport, type BranchReport } from '../api';
import { ReportStatusTag } from '../components/ReportStatusTag';
import '../../lifeMeetings/life.css';

type Filter = 'submitted' | 'all';

/** 工作报告收件 (机关党委): the branches' yearly reports to it, each to mark 收到 or to return with a reason. */
export default function ReportInboxPage() {
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const list = useApi<OrganReportInbox>(organReportsPath(year));
  const [picked, setPicked] = useState<Filter | null>(null);
  const [reading, setReading] = useState<BranchReport | null>(null);
  const [returning, setReturning] = useState<BranchReport | null>(null);
  const [files, setFiles] = useState<BranchReport | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const items = (list.data?.items ?? []).filter((r) => r.kind === 'toOrgan');
  const pending = items.filter((r) => r.status === 'submitted');
  // nothing waiting: show them all rather than an empty list
  const filter: Filter = picked ?? (pending.length ? 'submitted' : 'all');
  const shown = filter === 'all' ? items : pending;

  const receive = async (r: BranchReport) => {
    setBusy(r.id);
    try {
      await reviewBranchReport(r.id, { action: 'receive', note: null });
      void message.success(`已确认收到：${r.branchName}`);
      list.reload();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="lf-page">
      <PageHeader title="工作报告收件" sub={`${year}年各党支部向机关党委报告工作`} extra={<YearSelect year={year} onChange={setYear} />} />
      <Card size="small">
        <Segmented<Filter>
          aria-label="筛选"
          value={filter}
          onChange={setPicked}
          style={{ marginBottom: 8 }}
          options={[
            { value: 'submitted', label: `待处理 ${pending.length}` },
            { value: 'all', label: `全部 ${items.length}` },
          ]}
        />
        <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
          {shown.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                filter === 'submitted'
                  ? '没有待处理的报告'
                  : // a year's reports come in early the next year: point to last year's while this year's are not due
                    `${year}年度暂无党支部报送的报告${year === Number(me.today.slice(0, 4)) ? `；年度报告一般于次年年初报送，可选择${year - 1}年查看上一年度的报告` : ''}`
              }
            />
          ) : (
            <ul className="lf-list" aria-label="报告列表">
              {shown.map((r) => (
                <li key={r.id} className="lf-item">
                  <div className="lf-item-head">
                    <span className="lf-item-title">{r.branchName}</span>
                    <ReportStatusTag r={r} />
                  </div>
                  <div>{r.title}</div>
                  <div className="lf-item-meta">
                    {[r.submittedOn && `报送于 ${r.submittedOn}`, r.receivedOn && `收到于 ${r.receivedOn}`, r.returnReason && `退回原因：${r.returnReason}`].filter(Boolean).join(' · ')}
                  </div>
                  <div className="lf-row" style={{ marginTop: 4 }}>
                    <Button size="small" onClick={() => setReading(r)}>
                      查看
                    </Button>
                    <Button size="small" icon={<PaperClipOutlined aria-hidden />} onClick={() => setFiles(r)}>
                      附件{r.attachmentCount ? ` ${r.attachmentCount}` : ''}
                    </Button>
                    {r.abilities.review && r.status === 'submitted' && (
                      <>
                        <Button size="small" type="primary" loading={busy === r.id} onClick={() => receive(r)}>
                          收到
                        </Button>
                        <Button size="small" danger onClick={() => setReturning(r)}>
                          退回
                        </Button>
                      </>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </PageState>
      </Card>
      {(list.data?.notSubmitted.length ?? 0) > 0 && (
        <Card size="small" title={`尚未报送的党支部（${list.data!.notSubmitted.length}）`} style={{ marginTop: 12 }}>
          <ul className="lf-list" aria-label="尚未报送的党支部">
            {list.data!.notSubmitted.map((b) => (
              <li key={b.branchId} className="lf-item">
                {b.branchName}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {reading && (
        <Modal open title={`${reading.branchName} · ${reading.title}`} footer={null} onCancel={() => setReading(null)} width={720}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <ReportStatusTag r={reading} />
            <Typography.Paragraph className="lf-pre">{reading.body || '（正文见附件）'}</Typography.Paragraph>
          </Space>
        </Modal>
      )}
      {files && <AttachmentsModal title={`${files.branchName} · 附件`} entityType="branchReport" entityId={files.id} canWrite={false} onClose={() => setFiles(null)} />}
      {returning && (
        <FormModal<{ note: string }>
          open
          title={`退回：${returning.branchName}`}
          okText="退回"
          onCancel={() => setReturning(null)}
          onSubmit={async (v) => {
            await reviewBranchReport(returning.id, { action: 'return', note: v.note.trim() });
            setReturning(null);
            void message.success('已退回');
            list.reload();
          }}
        >
          <Form.Item name="note" label="退回原因" rules={[{ required: true, min: 2, message: '请填写退回原因' }]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
