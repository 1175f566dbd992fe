import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, Empty, InputNumber, Modal } from 'antd';
import { MEETING_KIND_LABELS, type MeetingKindCode } from '@zhibu/schemas';
import { api, errorMessage, qs } from '../../../api/client';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';

/** The draft year plan (issue 5 §3): items the frequencies ask for in periods not yet covered, from today on. */
interface DraftItem {
  kind: MeetingKindCode;
  groupId: string | null;
  groupName: string | null;
  heldOn: string;
  title: string | null;
}
interface Draft {
  year: number;
  items: DraftItem[];
}

const keyOf = (i: DraftItem) => `${i.kind}|${i.groupId ?? ''}|${i.heldOn}`;

/** 生成年度计划: the draft grouped by kind, each item ticked on or off, a day of the month for the monthly ones; 保存计划. */
export function YearPlanModal({ branchId, year, onCancel, onSaved }: { branchId: string; year: number; onCancel: () => void; onSaved: (created: number) => void }) {
  const { message } = App.useApp();
  const [day, setDay] = useState(15);
  const draft = useApi<Draft>(`/api/branches/${branchId}/meeting-plan/draft${qs({ year, day })}`);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = draft.data?.items ?? [];

  useEffect(() => {
    setPicked(new Set((draft.data?.items ?? []).map(keyOf)));
  }, [draft.data]);

  const kinds = [...new Set(items.map((i) => i.kind))];
  const toggle = (k: string, on: boolean) =>
    setPicked((p) => {
      const n = new Set(p);
      if (on) n.add(k);
      else n.delete(k);
      return n;
    });

  const save = async () => {
    const chosen = items.filter((i) => picked.has(keyOf(i)));
    if (chosen.length === 0) {
      setError('请至少选择一项');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<{ created: number }>(`/api/branches/${branchId}/meeting-plan`, {
        items: chosen.map((i) => ({ kind: i.kind, groupId: i.groupId, heldOn: i.heldOn, title: i.title })),
      });
      onSaved(r.created);
    } catch (e) {
      setError(errorMessage(e));
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`生成${year}年度会议计划`} okText={`保存计划（${picked.size} 项）`} cancelText="取消" confirmLoading={busy} onOk={save} onCancel={onCancel} width={640} destroyOnHidden>
      <div className="lf-row" style={{ marginBottom: 8 }}>
        <label htmlFor="plan-day">每月固定日期</label>
        <InputNumber id="plan-day" min={1} max={28} precision={0} value={day} onChange={(v) => v && setDay(v)} style={{ width: 80 }} />
        <span>日</span>
      </div>
      <div className="muted" style={{ marginBottom: 8 }}>
        主题党日、支委会、党小组会按此日期排，遇已召开或已计划的期间自动跳过
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      <PageState loading={draft.loading && !draft.data} error={draft.error} onRetry={draft.reload}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今后各期均已召开或已有计划，无需新增" />
        ) : (
          <div style={{ maxHeight: '55vh', overflowY: 'auto' }}>
            {kinds.map((k) => {
              const of = items.filter((i) => i.kind === k);
              const all = of.every((i) => picked.has(keyOf(i)));
              const some = of.some((i) => picked.has(keyOf(i)));
              return (
                <fieldset key={k} style={{ border: 'none', padding: 0, margin: '0 0 12px' }}>
                  <Checkbox checked={all} indeterminate={some && !all} onChange={(e) => of.forEach((i) => toggle(keyOf(i), e.target.checked))}>
                    <strong>
                      {MEETING_KIND_LABELS[k]}（{of.length}）
                    </strong>
                  </Checkbox>
                  <div className="lf-names" style={{ paddingLeft: 24, marginTop: 4 }}>
                    {of.map((i) => (
                      <Checkbox key={keyOf(i)} checked={picked.has(keyOf(i))} onChange={(e) => toggle(keyOf(i), e.target.checked)}>
                        {i.heldOn.slice(5)}
                        {i.groupName ? ` ${i.groupName}` : ''}
                      </Checkbox>
                    ))}
                  </div>
                </fieldset>
              );
            })}
          </div>
        )}
      </PageState>
    </Modal>
  );
}
