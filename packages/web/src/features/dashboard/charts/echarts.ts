/**
 * The one place ECharts is imported: the core plus only the parts the dashboard draws, registered once. Import charts
 * through here (`echarts/core`, `echarts-for-react/esm/core`), never `echarts` or `echarts-for-react` whole — the
 * full bundle is large and its `lib/core` entry crashes under Vite 8. Only the lazily loaded dashboard pages import
 * this module, so ECharts stays out of the main bundle.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { echarts, ReactEChartsCore };
export type { EChartsCoreOption } from 'echarts/core';
