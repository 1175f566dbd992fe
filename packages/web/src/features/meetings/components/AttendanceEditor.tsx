import { useEffect, useMemo, useState } from 'react';
import { App, Button, Empty, Input, Segmented, Select, Tag, Typography } from 'antd';
import { CheckOutlined, DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import type { PersonRow } from '@zhibu/schemas';
import { ATTENDANCE_STATUS_LABELS } from '@zhibu/schemas';
import { errorMessage, qs } from '../../../api/client';
import { PERSON_CATEGORY_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/useApi';
import { saveAttendance, type AttendanceStatus, type Meeting } from '../api';

interface Row {
  personId: string;
  name: string;
  status: AttendanceStatus;
  reason: string;
  guest: boolean;
  /** not recorded on the server yet (shown as 出席 by default) */
  fresh: boolean;
}

const STATUS_OPTIONS = (['present', 'onLeave', 'absent'] as const).map((s) => ({ value: s, label: ATTENDANCE_STATUS_LABELS[s] }));

const rowsOf = (m: Meeting): Row[] =>
  m.attendance.map((a) => ({
    personId: a.personId,
    name: a.name,
    status: a.status ?? 'present',
    reason: a.reason ?? '',
    guest: a.guest,
    fresh: a.status === null,
  }));

/**
 * Attendance from the roster: each person 出席 (the default), 请假 (with a reason) or 缺席; guests (activists …)
 * picked from the branch's people. The counts are computed from this list, never typed.
 */
export function AttendanceEditor(props: { m: Meeting; canEdit: boolean; onSaved: () => void; onUnsavedChange?: (unsaved: boolean) => void }) {
  const { m, canEdit, onSaved, onUnsavedChange } = props;
  const { message } = App.useApp();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(m));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [guestId, setGuestId] = useState<string | null>(null);
  useEffect(() => {
    setRows(rowsOf(m));
    setDirty(false);
    setTried(false);
  }, [m]);
  const people = useApi<{ items: PersonRow[] }>(canEdit ? `/api/persons${qs({ branchId: m.branchId, status: 'active', limit: 500 })}` : null);
  const guestOptions = useMemo(() => {
    const inList = new Set(rows.map((r) => r.personId));
    return (people.data?.items ?? [])
      .filter((p) => !inList.has(p.id))
      .map((p) => ({ value: p.id, label: `${p.name}（${PERSON_CATEGORY_LABELS[p.category]}）`, name: p.name }));
  }, [people.data, rows]);

  const change = (personId: string, patch: Partial<Row>) => {
    setRows((rs) => rs.map((r) => (r.personId === personId ? { ...r, ...patch, fresh: false } : r)));
    setDirty(true);
  };
  const allPresent = () => {
    setRows((rs) => rs.map((r) => ({ ...r, status: 'present', reason: '', fresh: false })));
    setDirty(true);
  };
  const addGuest = () => {
    const o = guestOptions.find((g) => g.value === guestId);
    if (!o) return;
    setRows((rs) => [...rs, { personId: o.value, name: o.name, status: 'present', reason: '', guest: true, fresh: false }]);
    setGuestId(null);
    setDirty(true);
  };
  const removeGuest = (personId: string) => {
    setRows((rs) => rs.filter((r) => r.personId !== personId));
    setDirty(true);
  };

  const members = rows.filter((r) => !r.guest);
  const count = (s: AttendanceStatus) => members.filter((r) => r.status === s).length;
  const unreasoned = rows.filter((r) => r.status === 'onLeave' && !r.reason.trim());
  const unsaved = dirty || rows.some((r) => r.fresh);
  useEffect(() => onUnsavedChange?.(canEdit && unsaved), [canEdit, unsaved, onUnsavedChange]);

  const save = async () => {
    setTried(true);
    if (unreasoned.length) {
      void message.error(`请填写请假原因：${unreasoned.map((r) => r.name).join('、')}`);
      return;
    }
    setBusy(true);
    try {
      await saveAttendance(
        m.id,
        rows.map((r) => ({ personId: r.personId, status: r.status, reason: r.status === 'onLeave' ? r.reason.trim() : null, guest: r.guest })),
      );
      void message.success('出席情况已保存');
      setDirty(false);
      onSaved();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <div className="mt-att-toolbar">
        <span className="mt-att-counts" aria-live="polite">
          <span>应到 <strong>{members.length}</strong></span>
          <span>出席 <strong>{count('present')}</strong></span>
          <span>请假 <strong>{count('onLeave')}</strong></span>
          <span>缺席 <strong>{count('absent')}</strong></span>
          {rows.length > members.length && <span>列席 <strong>{rows.length - members.length}</strong></span>}
        </span>
        {canEdit && (
          <>
            <Button size="small" icon={<CheckOutlined aria-hidden />} onClick={allPresent}>
              全部出席
            </Button>
            <Button size="small" type={unsaved ? 'primary' : 'default'} loading={busy} onClick={save} disabled={!unsaved}>
              保存出席情况
            </Button>
            {unsaved && <Typography.Text type="warning">尚未保存</Typography.Text>}
          </>
        )}
      </div>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="名单为空：会议日期时本支部（党小组）没有在册党员" />
      ) : (
        <ul className="mt-att" aria-label="出席名单">
          {rows.map((r) => (
            <li key={r.personId} className={`mt-att-row mt-att-${r.status}`}>
              <span className="mt-att-name">
                {r.name}
                {r.guest && (
                  <Tag color="blue" style={{ marginInlineStart: 6 }}>
                    列席
                  </Tag>
                )}
              </span>
              {canEdit ? (
                <>
                  <Segmented<AttendanceStatus>
                    size="small"
                    aria-label={`${r.name}的出席情况`}
                    value={r.status}
                    options={STATUS_OPTIONS}
                    onChange={(s) => change(r.personId, { status: s })}
                  />
                  {r.guest && (
                    <Button type="text" size="small" icon={<DeleteOutlined aria-hidden />} aria-label={`移除列席人员${r.name}`} onClick={() => removeGuest(r.personId)} />
                  )}
                  {r.status === 'onLeave' && (
                    <Input
                      className="mt-att-reason"
                      size="small"
                      maxLength={200}
                      aria-label={`${r.name}的请假原因`}
                      placeholder="请假原因（必填）"
                      status={tried && !r.reason.trim() ? 'error' : undefined}
                      value={r.reason}
                      onChange={(e) => change(r.personId, { reason: e.target.value })}
                    />
                  )}
                </>
              ) : (
                <span>
                  {ATTENDANCE_STATUS_LABELS[r.status]}
                  {r.fresh && <Typography.Text type="secondary">（未登记）</Typography.Text>}
                  {r.status === 'onLeave' && r.reason && <Typography.Text type="secondary">（{r.reason}）</Typography.Text>}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <div className="mt-guest-add">
          <Select
            aria-label="选择列席人员"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="添加列席人员（如入党积极分子）"
            loading={people.loading}
            options={guestOptions}
            value={guestId ?? undefined}
            onChange={(v: string) => setGuestId(v)}
          />
          <Button icon={<UserAddOutlined aria-hidden />} onClick={addGuest} disabled={!guestId}>
            添加列席
          </Button>
        </div>
      )}
    </div>
  );
}
