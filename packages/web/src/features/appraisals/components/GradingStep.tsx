import { useState } from 'react';
import { Alert, App, Button, DatePicker, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { GRADES, GRADE_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import { optionsOf } from '../../../lib/labels';
import { putGrades, type Appraisal, type AppraisalMember, type GradeCode } from '../api';

const GRADE_COLOR = { excellent: 'red', qualified: 'green', basic: 'orange', unqualified: 'default' } as const;

export function GradeTag({ g }: { g: GradeCode | null }) {
  return g ? <Tag color={GRADE_COLOR[g]}>{GRADE_LABELS[g]}</Tag> : <Tag>未评定</Tag>;
}

const talliesText = (m: AppraisalMember) => (m.tallies ? GRADES.map((g) => `${GRADE_LABELS[g]} ${m.tallies![g]}`).join(' · ') : '无测评票数');

/** 组织评定: the committee sets each 正式党员's grade with the tallies beside it; 优秀 within its limit. */
export function GradingStep({ a, today, onChanged }: { a: Appraisal; today: string; onChanged: (a: Appraisal) => void }) {
  const { message } = App.useApp();
  const editable = a.viewer.manage && a.step === 'grading';
  const graded = a.members.filter((m) => m.graded);
  const [on, setOn] = useState<Dayjs | null>(toDayjs(a.gradedOn ?? today));
  const [grades, setGrades] = useState<Record<string, { grade: GradeCode | null; note: string }>>(() =>
    Object.fromEntries(graded.map((m) => [m.person.id, { grade: m.grade, note: m.gradeNote ?? '' }])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const excellent = Object.values(grades).filter((g) => g.grade === 'excellent').length;
  const tooMany = excellent > a.excellentMax;

  /** Fills the grades not yet set from the tallies: the grade most voted, 优秀 only for the most votes within the limit. */
  const prefill = () =>
    setGrades((cur) => {
      const next = { ...cur };
      const byExcellent = [...graded].filter((m) => m.tallies).sort((x, y) => y.tallies!.excellent - x.tallies!.excellent);
      let room = a.excellentMax - Object.values(cur).filter((g) => g.grade === 'excellent').length;
      for (const m of byExcellent) {
        if (next[m.person.id]!.grade) continue;
        const t = m.tallies!;
        let top: GradeCode = GRADES.reduce((best, g) => (t[g] > t[best] ? g : best), 'qualified' as GradeCode);
        if (top === 'excellent' && room <= 0) top = 'qualified';
        if (top === 'excellent') room -= 1;
        next[m.person.id] = { ...next[m.person.id]!, grade: top };
      }
      return next;
    });

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await putGrades(a.id, {
        gradedOn: fromDayjs(on) ?? today,
        entries: graded.map((m) => ({ personId: m.person.id, grade: grades[m.person.id]!.grade, note: grades[m.person.id]!.note.trim() || null, feedbackOn: m.feedbackOn })),
      });
      void message.success('评定结果已保存');
      onChanged(next);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className={tooMany ? 'lf-tally-bad' : 'lf-item-meta'} style={{ marginBottom: 8 }} role="status">
        评定为优秀 {editable ? excellent : graded.filter((m) => m.grade === 'excellent').length} 人，最多 {a.excellentMax} 人（参评正式党员 {graded.length} 人）
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} role="alert" />}
      {editable && (
        <div className="lf-row" style={{ marginBottom: 8 }}>
          <label>
            评定日期 <DatePicker size="small" value={on} onChange={setOn} />
          </label>
          {graded.some((m) => m.tallies) && (
            <Button size="small" onClick={prefill}>
              按测评票数预填未评定的等次
            </Button>
          )}
        </div>
      )}
      <ul className="lf-list" aria-label="组织评定">
        {a.members.map((m) => (
          <li key={m.person.id} className="lf-item">
            <div className="lf-item-head">
              <span className="lf-item-title">{m.person.name}</span>
              {!m.graded ? <Tag>预备党员，不评定等次</Tag> : editable ? null : <GradeTag g={m.grade} />}
            </div>
            {m.graded && <div className="lf-item-meta">测评：{talliesText(m)}</div>}
            {m.graded && editable && (
              <div className="lf-row">
                <Select<GradeCode | null>
                  aria-label={`${m.person.name}的评定等次`}
                  size="small"
                  style={{ width: 120 }}
                  allowClear
                  placeholder="评定等次"
                  value={grades[m.person.id]!.grade}
                  onChange={(v) => setGrades((g) => ({ ...g, [m.person.id]: { ...g[m.person.id]!, grade: v ?? null } }))}
                  options={optionsOf(GRADE_LABELS)}
                />
                <Input
                  size="small"
                  style={{ flex: '1 1 180px' }}
                  maxLength={2000}
                  placeholder="评定意见（基本合格、不合格须写明）"
                  aria-label={`${m.person.name}的评定意见`}
                  value={grades[m.person.id]!.note}
                  onChange={(e) => setGrades((g) => ({ ...g, [m.person.id]: { ...g[m.person.id]!, note: e.target.value } }))}
                />
              </div>
            )}
            {!editable && m.gradeNote && <div className="lf-item-meta">评定意见：{m.gradeNote}</div>}
          </li>
        ))}
      </ul>
      {editable && (
        <Button type="primary" loading={busy} disabled={tooMany} onClick={save} style={{ marginTop: 8 }}>
          保存评定结果
        </Button>
      )}
    </>
  );
}
