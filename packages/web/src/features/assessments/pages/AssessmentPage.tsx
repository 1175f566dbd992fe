import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Button, Space, Tabs, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { assessmentPath, pts, resultsPath, type Assessment, type AssessmentResults } from '../api';
import { ProgressPanel } from '../components/ProgressPanel';
import { ResultsPanel } from '../components/ResultsPanel';
import { SchemeEditor } from '../components/SchemeEditor';
import { STATUS_COLORS, statusLabel } from '../labels';
import '../assessments.css';

type TabKey = 'scheme' | 'progress' | 'results';

/** One year's assessment: 指标 (the scheme, edited while a draft), 进度 (branches, open and publish), 结果 (ranked). */
export default function AssessmentPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const one = useApi<Assessment>(assessmentPath(id));
  const a = one.data;
  const published = a?.status === 'published';
  const results = useApi<AssessmentResults>(published ? resultsPath(id) : null);
  const fallback: TabKey = !a ? 'scheme' : a.status === 'published' ? 'results' : a.status === 'open' ? 'progress' : 'scheme';
  const wanted = params.get('tab') as TabKey | null;
  const tab: TabKey = wanted === 'results' && !published ? fallback : (wanted ?? fallback);
  const setTab = (t: string) => setParams({ tab: t }, { replace: true });

  return (
    <div className="as-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => void navigate('/assessments')} aria-label="返回检查考核" />
            检查考核
          </Space>
        }
        sub={
          a && (
            <Space wrap size={6}>
              <span>{a.title}</span>
              <Tag color={STATUS_COLORS[a.status]}>{statusLabel(a.status)}</Tag>
              <span>
                指标 {a.items} 项，共 {pts(a.totalPoints)} 分
              </span>
            </Space>
          )
        }
      />
      <PageState loading={one.loading && !a} error={one.error} onRetry={one.reload}>
        {a && (
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'scheme', label: '指标', children: <SchemeEditor assessment={a} editable={a.status === 'draft' && a.abilities.manage} onSaved={one.reload} /> },
              {
                key: 'progress',
                label: '进度',
                children: (
                  <ProgressPanel
                    assessment={a}
                    onChanged={one.reload}
                    onPublished={() => {
                      one.reload();
                      setTab('results');
                    }}
                  />
                ),
              },
              ...(published
                ? [
                    {
                      key: 'results',
                      label: '结果',
                      children: (
                        <PageState loading={results.loading && !results.data} error={results.error} onRetry={results.reload}>
                          {results.data && <ResultsPanel results={results.data} manage={a.abilities.manage} onChanged={results.reload} />}
                        </PageState>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </PageState>
    </div>
  );
}
