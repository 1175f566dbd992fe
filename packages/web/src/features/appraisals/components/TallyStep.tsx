import { useState } from 'react';
import { Alert, App, Button, DatePicker, InputNumber, Popconfirm, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { GRADES, GRADE_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { useIsMobile } from '../../../lib/useIsMobile';
import { closeBallot, openBallot, putTallies, type Appraisal, type AppraisalMember, type GradeCode, type TallyEntry } from '../api';

const zero = (personId: string): TallyEntry => ({ personId, excellent: 0, qualified: 0, basic: 0, unqualified: 0 });
const sum = (t: Pick<TallyEntry, GradeCode>) => GRADES.reduce((n, g) => n + t[g], 0);

/** The tallies of each member (read-only), once they may be shown. */
export function TallyTable({ a }: { a: Appraisal }) {
  const rows = a.members.filter((m) => m.graded);
  return (
    <div className="lf-table-wrap">
      <Table<AppraisalMember>
        size="small"
        rowKey={(m) => m.person.id}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '姓名', render: (_, m) => m.person.name, fixed: 'left', width: 80 },
          ...GRADES.map((g) => ({ title: GRADE_LABELS[g], render: (_: unknown, m: AppraisalMember) => m.tallies?.[g] ?? '—', width: 72 })),
          { title: '合计', render: (_, m) => (m.tallies ? sum(m.tallies) : '—'), width: 60 },
        ]}
      />
    </div>
  );
}

/** Paper ballots counted: 发出/收回 and per member the four tallies, each row checked against the ballots returned. */
function PaperTallies({ a, today, onChanged }: { a: Appraisal; today: string; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const mobile = useIsMobile();
  const graded = a.members.filter((m) => m.graded);
  const [on, setOn] = useState<Dayjs | null>(toDayjs(a.ballotedOn ?? today));
  const [issued, setIssued] = useState<number>(a.ballotsIssued ?? graded.length);
  const [returned, setReturned] = useState<number>(a.ballotsReturned ?? graded.length);
  const [rows, setRows] = useState<Record<string, TallyEntry>>(() =>
    Object.fromEntries(graded.map((m) => [m.person.id, m.tallies ? { personId: m.person.id, ...m.tallies } : zero(m.person.id)])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const over = graded.filter((m) => sum(rows[m.person.id]!) > returned);
  const headProblem = returned > issued ? `收回 ${returned} 张多于发出 ${issued} 张` : null;

  const set = (personId: string, g: GradeCode, v: number | null) => setRows((r) => ({ ...r, [personId]: { ...r[personId]!, [g]: v ?? 0 } }));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await putTallies(a.id, { on: fromDayjs(on) ?? today, ballotsIssued: issued, ballotsReturned: returned, entries: graded.map((m) => rows[m.person.id]!) });
      void message.success('计票结果已保存');
      onChanged(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const check = (m: AppraisalMember) => {
    const n = sum(rows[m.person.id]!);
    return n > returned ? <span className="lf-tally-bad">{n}（超过收回 {returned}）</span> : <span className={n === returned ? 'lf-tally-ok' : undefined}>{n}{n < returned ? `（弃权 ${returned - n}）` : ''}</span>;
  };
  const num = (m: AppraisalMember, g: GradeCode) => (
    <InputNumber className="lf-num" size="small" min={0} max={10000} precision={0} aria-label={`${m.person.name} ${GRADE_LABELS[g]}`} value={rows[m.person.id]![g]} onChange={(v) => set(m.person.id, g, v)} />
  );

  return (
    <>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      <div className="lf-row" style={{ marginBottom: 8 }}>
        <label>
          测评日期 <DatePicker value={on} onChange={setOn} size="small" />
        </label>
        <label>
          发出 <InputNumber size="small" className="lf-num" min={0} precision={0} value={issued} onChange={(v) => setIssued(v ?? 0)} aria-label="发出选票" /> 张
        </label>
        <label>
          收回 <InputNumber size="small" className="lf-num" min={0} precision={0} value={returned} onChange={(v) => setReturned(v ?? 0)} aria-label="收回选票" /> 张
        </label>
        {headProblem && <span className="lf-tally-bad">{headProblem}</span>}
      </div>
      {mobile ? (
        <ul className="lf-list" aria-label="计票结果">
          {graded.map((m) => (
            <li key={m.person.id} className="lf-item">
              <span className="lf-item-title">{m.person.name}</span>
              <div className="lf-tally-grid">
                {GRADES.map((g) => (
                  <label key={g} className="lf-item-meta">
                    {GRADE_LABELS[g]} {num(m, g)}
                  </label>
                ))}
              </div>
              <div className="lf-item-meta">合计 {check(m)}</div>
            </li>
          ))}
        </ul>
      ) : (
        <Table<AppraisalMember>
          size="small"
          rowKey={(m) => m.person.id}
          pagination={false}
          dataSource={graded}
          columns={[
            { title: '姓名', render: (_, m) => m.person.name },
            ...GRADES.map((g) => ({ title: GRADE_LABELS[g], render: (_: unknown, m: AppraisalMember) => num(m, g) })),
            { title: '合计', render: (_, m) => check(m) },
          ]}
        />
      )}
      <Button type="primary" loading={busy} disabled={over.length > 0 || !!headProblem} onClick={save} style={{ marginTop: 8 }}>
        保存计票结果
      </Button>
      {over.length > 0 && <span className="lf-tally-bad" style={{ marginLeft: 8 }}>有 {over.length} 人的票数合计超过收回的选票</span>}
    </>
  );
}

/** The online anonymous ballot: open it, see how many have voted (never who chose what), close it. */
function OnlineBallot({ a, onChanged }: { a: Appraisal; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (f: () => Promise<Appraisal>, done: string) => {
    setBusy(true);
    try {
      onChanged(await f());
      void message.success(done);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const manage = a.viewer.manage && a.step === 'ballot';
  return (
    <div className="lf-row">
      {a.ballotOpen ? (
        <>
          <span>
            线上测评进行中：已投 <strong>{a.voted}</strong> 人{a.ballotsIssued ? ` / 应投 ${a.ballotsIssued} 人` : ''}
          </span>
          {manage && (
            <Popconfirm title="结束线上测评？" description="结束后不能再投票，也不能重新开始。" okText="结束" cancelText="取消" onConfirm={() => run(() => closeBallot(a.id), '已结束测评')}>
              <Button loading={busy} danger>
                结束测评
              </Button>
            </Popconfirm>
          )}
        </>
      ) : a.ballotedOn ? (
        <span>线上测评已于 {a.ballotedOn} 结束，共 {a.voted} 人投票。</span>
      ) : (
        <>
          <span className="muted">线上测评尚未开始。开始后，有表决权的党员在“我的”中无记名投票。</span>
          {manage && (
            <Button type="primary" loading={busy} onClick={() => run(() => openBallot(a.id), '已开始线上测评')}>
              开始线上测评
            </Button>
          )}
        </>
      )}
    </div>
  );
}

/** 民主测评: paper tallies entered (the usual way) or the online ballot; tallies shown once they may be. */
export function TallyStep({ a, today, onChanged }: { a: Appraisal; today: string; onChanged: (a: Appraisal) => void }) {
  if (a.ballotMode === 'online') {
    return (
      <>
        <OnlineBallot a={a} onChanged={onChanged} />
        {a.members.some((m) => m.tallies) && (
          <div style={{ marginTop: 12 }}>
            <TallyTable a={a} />
          </div>
        )}
      </>
    );
  }
  if (a.viewer.manage && a.step === 'ballot') return <PaperTallies key={a.ballotedOn ?? ''} a={a} today={today} onChanged={onChanged} />;
  return (
    <>
      {a.ballotsIssued !== null && (
        <div className="lf-item-meta" style={{ marginBottom: 8 }}>
          {a.ballotedOn ?? ''} 发出 {a.ballotsIssued} 张，收回 {a.ballotsReturned ?? 0} 张
        </div>
      )}
      <TallyTable a={a} />
    </>
  );
}
