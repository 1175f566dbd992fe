import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useApi } from '../../../lib/useApi';
import { themeDayDuesPath, type ThemeDayDues } from '../api';

/**
 * 主题党日 "交纳当月党费" (LIFE-5), read only: derived from the month's recorded payments of the 党员 present
 * ("出席党员 n 人中 m 人已交本月党费"); nobody ticks it any more.
 */
export function ThemeDayDuesLine({ meetingId }: { meetingId: string }) {
  const d = useApi<ThemeDayDues>(themeDayDuesPath(meetingId));
  if (!d.data) return <span className="mt-tick-no">交纳当月党费{d.loading ? '（正在核对交费记录…）' : ''}</span>;
  const ok = d.data.present > 0 && d.data.paid === d.data.present;
  return (
    <span className={ok ? 'mt-tick-ok' : 'mt-tick-no'}>
      {ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />} 交纳当月党费：出席党员 {d.data.present} 人中 {d.data.paid} 人已交本月党费
      {d.data.unpaid.length > 0 ? `（未交：${d.data.unpaid.map((p) => p.name).join('、')}）` : ''}
      <span className="mt-sr-only">{ok ? '（已完成）' : '（未完成）'}</span>
    </span>
  );
}
