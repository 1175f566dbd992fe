import { Progress, Spin, Typography } from 'antd';
import type { Job } from '@zhibu/schemas';

/** A running job: its message (e.g. "正在校验：1200 / 5000 行") over a progress bar. */
export function JobProgress({ job, title }: { job: Job | null; title: string }) {
  const total = job?.total ?? 0;
  const done = job?.progress ?? 0;
  const percent = total > 0 ? Math.min(99, Math.round((done / total) * 100)) : 0;
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <span className="job-progress-title">
        <Spin size="small" />
        <Typography.Text strong>{title}</Typography.Text>
      </span>
      <Typography.Text type="secondary" className="job-progress-message">
        {job?.message || '已提交，等待处理……'}
      </Typography.Text>
      <Progress percent={percent} status="active" format={() => (total > 0 ? `${done} / ${total}` : '')} />
    </div>
  );
}
