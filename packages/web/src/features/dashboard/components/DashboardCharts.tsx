import type { ReactNode } from 'react';
import { Card, Col, Empty, List, Row, Statistic, Typography } from 'antd';
import { echarts, ReactEChartsCore, type EChartsCoreOption } from '../charts/echarts';
import { assessmentOption, attendanceOption, branchesOption, coverageOption, duesOption, headline, meetingsOption, pctText, pipelineOption, yuan } from '../charts/options';
import type { Dashboard } from '../api';

/** Where a click on a chart goes: the records behind it (the page decides the address). */
export interface ChartLinks {
  coverage?: () => void;
  meetings?: (month: string) => void;
  dues?: (month: string) => void;
  development?: () => void;
  assessment?: () => void;
}

interface Props {
  data: Dashboard;
  links?: ChartLinks;
  /** the 大屏: dark, larger, three charts a row on wide screens */
  screen?: boolean;
}

function ChartCard({ title, hint, option, height, onClick, screen, children }: { title: string; hint?: string; option?: EChartsCoreOption; height: number; onClick?: (p: { dataIndex?: number }) => void; screen: boolean; children?: ReactNode }) {
  return (
    <Card
      size="small"
      title={title}
      extra={hint && onClick && !screen ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{hint}</Typography.Text> : undefined}
      style={{ height: '100%', ...(screen ? { background: 'rgba(255,255,255,0.04)', borderColor: 'rgba(214,228,255,0.15)' } : {}) }}
      styles={screen ? { header: { color: '#e6f0ff', fontSize: 18 } } : undefined}
    >
      {children ??
        (option && (
          <ReactEChartsCore
            echarts={echarts}
            option={option}
            notMerge
            lazyUpdate
            style={{ height, width: '100%', cursor: onClick ? 'pointer' : undefined }}
            opts={{ renderer: 'canvas' }}
            onEvents={onClick ? { click: onClick } : undefined}
          />
        ))}
    </Card>
  );
}

/** The headline figures and the chart cards of a dashboard (a page, or the 大屏). */
export function DashboardCharts({ data, links = {}, screen = false }: Props) {
  const h = headline(data);
  const height = screen ? 300 : 260;
  const span = screen ? { xs: 24, lg: 12, xxl: 8 } : { xs: 24, lg: 12 };
  const monthAt = (i: number | undefined) => (i === undefined ? undefined : data.months[i]?.month);
  // a click on a month's bar or point opens that month's records
  const onMonth = (open?: (month: string) => void) => (open ? (p: { dataIndex?: number }) => { const m = monthAt(p.dataIndex); if (m) open(m); } : undefined);
  const stat = (title: string, value: ReactNode, suffix?: string) => (
    <Col xs={12} sm={8} lg={4} key={title}>
      <Card size="small" style={screen ? { background: 'rgba(255,255,255,0.04)', borderColor: 'rgba(214,228,255,0.15)' } : undefined}>
        <Statistic title={title} value={value as string} suffix={suffix} styles={screen ? { content: { fontSize: 'clamp(20px, 1.9vw, 36px)', color: '#ffd666', whiteSpace: 'nowrap' }, title: { color: '#adc6ff', fontSize: 16 } } : undefined} />
      </Card>
    </Col>
  );
  const empty = data.months.length === 0;
  return (
    <div>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {stat('当前标准覆盖率', pctText(h.coverage))}
        {stat('三会一课 已开/应开', `${h.held} / ${h.due}`)}
        {stat('按期完成', `${h.met} / ${h.due}`)}
        {stat('出勤率', pctText(h.attendance))}
        {stat('党费收缴率', pctText(h.dues))}
        {stat('党费收缴', yuan(h.duesFen), '元')}
      </Row>
      {empty ? (
        <Empty description="该年度尚无数据" />
      ) : (
        <Row gutter={[12, 12]}>
          <Col {...span}>
            <ChartCard title="标准覆盖情况（按月末体检）" hint="点击查看体检" option={coverageOption(data, screen)} height={height} screen={screen} onClick={links.coverage ? () => links.coverage?.() : undefined} />
          </Col>
          <Col {...span}>
            <ChartCard
              title="三会一课：应开与已召开"
              hint="点击月份查看会议"
              option={meetingsOption(data, screen)}
              height={height}
              screen={screen}
              onClick={onMonth(links.meetings)}
            />
          </Col>
          <Col {...span}>
            <ChartCard
              title="会议出勤率"
              hint="点击月份查看会议"
              option={attendanceOption(data, screen)}
              height={height}
              screen={screen}
              onClick={onMonth(links.meetings)}
            />
          </Col>
          <Col {...span}>
            <ChartCard
              title="党费收缴"
              hint="点击月份查看党费"
              option={duesOption(data, screen)}
              height={height}
              screen={screen}
              onClick={onMonth(links.dues)}
            />
          </Col>
          <Col {...span}>
            <ChartCard title="发展党员各阶段人数" hint="点击查看发展党员" option={pipelineOption(data, screen)} height={height} screen={screen} onClick={links.development ? () => links.development?.() : undefined} />
          </Col>
          <Col {...span}>
            {data.assessment.length ? (
              <ChartCard title={data.scope === 'organ' ? '年度考核平均得分' : '年度考核得分'} hint="点击查看考核结果" option={assessmentOption(data, screen)} height={height} screen={screen} onClick={links.assessment ? () => links.assessment?.() : undefined} />
            ) : (
              <ChartCard title="年度考核得分" height={height} screen={screen}>
                <Empty style={{ minHeight: height - 40, display: 'flex', flexDirection: 'column', justifyContent: 'center' }} description="暂无考核结果：机关党委发布年度考核结果后在此显示" />
              </ChartCard>
            )}
          </Col>
          {screen && data.branches.length > 0 && (
            <Col {...span}>
              <ChartCard title="各支部标准覆盖率" option={branchesOption(data, screen)} height={Math.max(height, data.branches.length * 26 + 40)} screen={screen} />
            </Col>
          )}
          {data.topUnmet.length > 0 && (
            <Col {...span}>
              <ChartCard title="当前不符合最多的条款" height={height} screen={screen}>
                <List
                  size="small"
                  dataSource={data.topUnmet}
                  renderItem={(t) => (
                    <List.Item style={screen ? { color: '#e6f0ff', fontSize: 16 } : undefined} onClick={links.coverage} extra={data.scope === 'organ' ? `${t.branches}个支部` : undefined}>
                      <span>
                        <Typography.Text strong style={screen ? { color: '#ffd666' } : undefined}>{t.clause}</Typography.Text> {t.title}
                      </span>
                    </List.Item>
                  )}
                />
              </ChartCard>
            </Col>
          )}
        </Row>
      )}
    </div>
  );
}
