import { Link } from 'react-router';
import dayjs from 'dayjs';
import type { Group } from '@zhibu/schemas';
import type { MeetingKind, MeetingListItem } from '../api';
import { KIND_SHORT } from '../meetingUtils';

type MarkState = 'held' | 'planned' | 'overdue' | 'due' | 'gap' | 'future';

const STATE_TEXT: Record<MarkState, string> = { held: '已召开', planned: '已计划', overdue: '计划未召开', due: '本期待开', gap: '未召开', future: '未到期' };

interface Props {
  year: number;
  today: string;
  items: MeetingListItem[];
  groups: Group[];
  mobile: boolean;
  /** opens 登记会议 for a gap, with the kind (and group) and a date in the period (absent: the viewer may not record) */
  onCreate?: (kind: MeetingKind, groupId: string | null, month: number) => void;
}

interface Period {
  /** first and last month, 1-based */
  from: number;
  to: number;
}

/** `YYYY-MM-DD` of the first and last day of the months of a period. */
function bounds(year: number, p: Period): [string, string] {
  const first = dayjs(`${year}-${String(p.from).padStart(2, '0')}-01`);
  const last = dayjs(`${year}-${String(p.to).padStart(2, '0')}-01`).endOf('month');
  return [first.format('YYYY-MM-DD'), last.format('YYYY-MM-DD')];
}

/**
 * The year month by month: for each month which kinds were held (支委会, each 党小组's meeting, 主题党日), with
 * the 党员大会 per quarter and the 党课 per half-year, so that a gap shows at a glance.
 */
export function YearGrid({ year, today, items, groups, mobile, onCreate }: Props) {
  const live = items.filter((m) => m.status !== 'cancelled');

  const mark = (kind: MeetingKind, p: Period, group: Group | null, label: string) => {
    const [from, to] = bounds(year, p);
    const inPeriod = live.filter((m) => m.kind === kind && m.heldOn >= from && m.heldOn <= to && (!group || m.groupId === group.id));
    const held = inPeriod.filter((m) => m.status === 'held');
    const planned = inPeriod.filter((m) => m.status === 'planned');
    // a planned meeting whose date has passed without being held reads as overdue, not as a plan
    const state: MarkState = held.length ? 'held' : planned.length ? (planned.every((m) => m.heldOn < today) ? 'overdue' : 'planned') : to < today ? 'gap' : from <= today ? 'due' : 'future';
    const who = group ? group.name : KIND_SHORT[kind];
    const aria = `${label} ${who}：${STATE_TEXT[state]}${held.length > 1 ? ` ${held.length}次` : ''}`;
    const shown = held[0] ?? planned[0];
    const text =
      state === 'held'
        ? `✓${held.length > 1 ? ` ${held.length}次` : ''}`
        : state === 'planned'
          ? `计划 ${shown!.heldOn.slice(5)}`
          : state === 'overdue'
            ? `计划未召开 ${shown!.heldOn.slice(5)}`
          : state === 'gap'
            ? '未开'
            : state === 'due'
              ? '待开'
              : '—';
    const body = (
      <>
        {group && <span>{group.name}</span>}
        {text}
      </>
    );
    if (shown) {
      return (
        <Link key={group?.id ?? kind} to={`/meetings/${shown.id}`} className={`mt-mark mt-mark-${state}`} aria-label={aria} title={aria}>
          {body}
        </Link>
      );
    }
    if (onCreate && (state === 'gap' || state === 'due')) {
      return (
        <button
          key={group?.id ?? kind}
          type="button"
          className={`mt-mark mt-mark-${state}`}
          style={{ cursor: 'pointer' }}
          aria-label={`${aria}，点击登记`}
          title="点击登记"
          onClick={() => onCreate(kind, group?.id ?? null, p.to)}
        >
          {body}
        </button>
      );
    }
    return (
      <span key={group?.id ?? kind} className={`mt-mark mt-mark-${state}`} aria-label={aria}>
        {body}
      </span>
    );
  };

  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const thisMonth = today.slice(0, 4) === String(year) ? Number(today.slice(5, 7)) : 0;
  const month = (m: number): Period => ({ from: m, to: m });
  const quarter = (m: number): Period => ({ from: Math.floor((m - 1) / 3) * 3 + 1, to: Math.floor((m - 1) / 3) * 3 + 3 });
  const half = (m: number): Period => (m <= 6 ? { from: 1, to: 6 } : { from: 7, to: 12 });
  const groupMarks = (m: number) =>
    groups.length ? groups.map((g) => mark('groupMeeting', month(m), g, `${m}月`)) : <span className="mt-mark mt-mark-future">无党小组</span>;

  if (mobile) {
    return (
      <ul className="mt-month-cards" aria-label="逐月情况">
        {months.map((m) => (
          <li key={m} className={`mt-month-card${m === thisMonth ? ' mt-current' : ''}`}>
            <div className="mt-month-card-title">{m}月</div>
            <div className="mt-month-card-row">
              <span className="mt-month-card-label">支委会</span>
              {mark('committeeMeeting', month(m), null, `${m}月`)}
            </div>
            <div className="mt-month-card-row">
              <span className="mt-month-card-label">党小组会</span>
              <span className="mt-cell">{groupMarks(m)}</span>
            </div>
            <div className="mt-month-card-row">
              <span className="mt-month-card-label">主题党日</span>
              {mark('themeDay', month(m), null, `${m}月`)}
            </div>
            {m % 3 === 0 && (
              <div className="mt-month-card-row">
                <span className="mt-month-card-label">第{m / 3}季度党员大会</span>
                {mark('assembly', quarter(m), null, `第${m / 3}季度`)}
              </div>
            )}
            {m % 6 === 0 && (
              <div className="mt-month-card-row">
                <span className="mt-month-card-label">{m === 6 ? '上半年' : '下半年'}党课</span>
                {mark('partyLecture', half(m), null, m === 6 ? '上半年' : '下半年')}
              </div>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <table className="mt-grid" aria-label="逐月情况">
      <thead>
        <tr>
          <th scope="col">月份</th>
          <th scope="col">支委会（每月）</th>
          <th scope="col">党小组会（每月）</th>
          <th scope="col">主题党日（每月）</th>
          <th scope="col">党员大会（每季度）</th>
          <th scope="col">党课（每半年）</th>
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={m} className={m === thisMonth ? 'mt-current' : undefined}>
            <td className="mt-month">{m}月</td>
            <td>{mark('committeeMeeting', month(m), null, `${m}月`)}</td>
            <td>
              <span className="mt-cell">{groupMarks(m)}</span>
            </td>
            <td>{mark('themeDay', month(m), null, `${m}月`)}</td>
            {m % 3 === 1 && (
              <td rowSpan={3}>
                <div>第{Math.ceil(m / 3)}季度</div>
                {mark('assembly', quarter(m), null, `第${Math.ceil(m / 3)}季度`)}
              </td>
            )}
            {m % 6 === 1 && (
              <td rowSpan={6}>
                <div>{m === 1 ? '上半年' : '下半年'}</div>
                {mark('partyLecture', half(m), null, m === 1 ? '上半年' : '下半年')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
