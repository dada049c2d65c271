import { BarChart, CustomChart, LineChart, SankeyChart, ScatterChart } from "echarts/charts";
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

/**
 * Only the chart types and components Baatwijzer uses, so the lazily loaded chart chunk stays
 * small (tree-shaken `echarts/core` instead of the full bundle). Add a type here when a page needs it.
 */
echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
