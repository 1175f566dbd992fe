import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { errorMessage } from '../../../api/client';
import { useApi } from '../../../lib/useApi';
import { saveWorkdays, workdaysPath, type WorkdayRow } from '../api';

/** 工作日调整 (contracts §7): the organ's own working days and days off on top of the public holidays and 调休. */
export function WorkdaysCard() {
  const { message } = App.useApp();
  const list = useApi<{ items: WorkdayRow[] }>(workdaysPath);
  const [rows, setRows] = useState<WorkdayRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (list.data) setRows(list.data.items);
  }, [list.data]);
  const set = (i: number, patch: Partial<WorkdayRow>) => setRows((r) => r.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const save = async () => {
    setError(null);
    try {
      await saveWorkdays(rows.filter((r) => r.day));
      void message.success('工作日调整已保存');
      list.reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Card size="small" title="工作日调整" style={{ maxWidth: 720 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="info" title="法定节假日和调休上班日已按国务院安排自动计算；这里只登记本机关另行调整的日期（用于公示期等工作日的计算）。" />
        {error && <Alert type="error" showIcon role="alert" title={error} />}
        <Table<WorkdayRow>
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={rows}
          scroll={{ x: true }}
          locale={{ emptyText: '没有另行调整的日期。需要时点击“添加一天”，填好后保存。' }}
          columns={[
            { title: '日期', render: (_, r, i) => <DatePicker aria-label="日期" value={r.day ? dayjs(r.day) : null} onChange={(d) => set(i, { day: d ? d.format('YYYY-MM-DD') : '' })} /> },
            {
              title: '调整为',
              render: (_, r, i) => (
                <Select
                  style={{ width: 110 }}
                  value={r.isWorkday}
                  onChange={(v: boolean) => set(i, { isWorkday: v })}
                  options={[
                    { value: true, label: '工作日' },
                    { value: false, label: '休息日' },
                  ]}
                />
              ),
            },
            { title: '说明', render: (_, r, i) => <Input value={r.note ?? ''} maxLength={200} onChange={(e) => set(i, { note: e.target.value })} /> },
            { title: '操作', render: (_, _r, i) => <Button type="link" onClick={() => setRows((r) => r.filter((_, k) => k !== i))}>删除</Button> },
          ]}
        />
        <Space>
          <Button onClick={() => setRows((r) => [...r, { day: '', isWorkday: false, note: null }])}>添加一天</Button>
          <Button type="primary" onClick={() => void save()}>
            保存
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
