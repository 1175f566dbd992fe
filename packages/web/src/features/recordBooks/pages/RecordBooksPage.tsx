import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Tag } from 'antd';
import { DownloadOutlined, EyeOutlined, LockOutlined, SwapOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { Branch } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { downloadFile } from '../../../lib/files';
import { FormModal } from '../../../lib/FormModal';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { bookPdfPath, closeBook, frozenPdfPath, handOverBook, recordBooksPath, type RecordBook } from '../api';
import '../../lifeMeetings/life.css';

/** 会议记录本 (LED-1): the branch's and each group's book of a year — preview, 封存 at year end, 移交; then read-only. */
export default function RecordBooksPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const list = useApi<{ items: RecordBook[] }>(recordBooksPath(id, year));
  const [busy, setBusy] = useState<string | null>(null);
  const [closing, setClosing] = useState<RecordBook | null>(null);
  const [handing, setHanding] = useState<RecordBook | null>(null);
  const name = (b: RecordBook) => `${b.groupName ?? branch.data?.shortName ?? '党支部'}${year}年会议记录本`;
  const key = (b: RecordBook) => b.groupId ?? 'branch';

  const download = async (b: RecordBook, frozen: boolean) => {
    setBusy(`${key(b)}-${frozen ? 'f' : 'p'}`);
    try {
      await downloadFile(frozen && b.id ? frozenPdfPath(b.id) : bookPdfPath(id, year, b.groupId), `${name(b)}.pdf`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const yearEnd = `${year}-12-31`;

  return (
    <div className="lf-page">
      <PageHeader title="会议记录本" sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined} extra={<YearSelect year={year} onChange={setYear} />} />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="记录本按日期汇集当年已召开的会议（支部记录本含谈心谈话），附目录。年度结束后封存并移交，封存后当年记录只读。"
      />
      <PageState loading={list.loading && !list.data} error={list.error ?? branch.error} onRetry={list.reload}>
        {(list.data?.items ?? []).length === 0 ? (
          <Empty description="暂无记录本" />
        ) : (
          <div className="lf-cards">
            {(list.data?.items ?? []).map((b) => (
              <Card key={key(b)} size="small" title={b.groupName ? `${b.groupName}记录本` : '支部记录本'} extra={b.closed ? <Tag color="default" icon={<LockOutlined aria-hidden />}>已封存</Tag> : <Tag color="processing">记录中</Tag>}>
                <div className="lf-item-meta">共 {b.entryCount} 条记录</div>
                {b.closed && (
                  <div className="lf-item-meta">
                    {b.closedOn} 封存{b.closedBy ? `（${b.closedBy}）` : ''}
                    {b.handedTo ? ` · ${b.handedOverOn ?? ''} 移交 ${b.handedTo}` : ' · 尚未移交'}
                  </div>
                )}
                <div className="lf-row" style={{ marginTop: 8 }}>
                  {b.closed && b.id ? (
                    <Button size="small" type="primary" icon={<DownloadOutlined aria-hidden />} loading={busy === `${key(b)}-f`} onClick={() => download(b, true)}>
                      下载封存本
                    </Button>
                  ) : (
                    <Button size="small" icon={<EyeOutlined aria-hidden />} loading={busy === `${key(b)}-p`} onClick={() => download(b, false)}>
                      预览PDF
                    </Button>
                  )}
                  {!b.closed && b.abilities.close && (
                    <Button size="small" icon={<LockOutlined aria-hidden />} onClick={() => setClosing(b)}>
                      封存
                    </Button>
                  )}
                  {b.closed && b.id && (b.abilities.handOver ?? b.abilities.close) && !b.handedTo && (
                    <Button size="small" icon={<SwapOutlined aria-hidden />} onClick={() => setHanding(b)}>
                      移交
                    </Button>
                  )}
                </div>
              </Card>
            ))}
          </div>
        )}
      </PageState>
      {closing && (
        <FormModal<{ closedOn: Dayjs }>
          open
          title={`封存：${name(closing)}`}
          okText="封存"
          onCancel={() => setClosing(null)}
          initialValues={{ closedOn: toDayjs(me.today > yearEnd ? me.today : yearEnd) ?? undefined }}
          onSubmit={async (v) => {
            await closeBook(id, { year, groupId: closing.groupId, closedOn: fromDayjs(v.closedOn)! });
            setClosing(null);
            void message.success('已封存');
            list.reload();
          }}
        >
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="封存后将生成定稿文件，当年该记录本所含记录不能再修改。" />
          <Form.Item name="closedOn" label="封存日期" rules={[{ required: true, message: '请选择封存日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
      {handing?.id && (
        <FormModal<{ handedTo: string; handedOverOn: Dayjs }>
          open
          title={`移交：${name(handing)}`}
          okText="登记移交"
          onCancel={() => setHanding(null)}
          initialValues={{ handedOverOn: toDayjs(me.today) ?? undefined }}
          onSubmit={async (v) => {
            await handOverBook(handing.id!, { handedTo: v.handedTo.trim(), handedOverOn: fromDayjs(v.handedOverOn)! });
            setHanding(null);
            void message.success('已登记移交');
            list.reload();
          }}
        >
          <Form.Item name="handedTo" label="接收人/单位" rules={[{ required: true, min: 2, message: '请填写接收人' }]}>
            <Input maxLength={100} placeholder="如：机关党委 张三" />
          </Form.Item>
          <Form.Item name="handedOverOn" label="移交日期" rules={[{ required: true, message: '请选择移交日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
    </div>
  );
}
