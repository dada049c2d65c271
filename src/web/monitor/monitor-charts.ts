import type { EChartsCoreOption } from "echarts/core";

/** One bar with its 95% interval. */
export interface IntervalBar {
  readonly label: string;
  readonly mean: number;
  readonly interval95: readonly [number, number];
}

interface ErrorBarApi {
  value(dimension: number): number;
  coord(point: [number, number]): [number, number];
  size(point: [number, number]): [number, number];
}

/**
 * Bars for the means and whiskers for the 95% intervals (an ECharts custom series: a vertical line from the lower
 * to the upper bound with short caps). The values are formatted by `format` in the tooltip and the axis.
 */
export const intervalBarOption = (bars: readonly IntervalBar[], { meanLabel, intervalLabel, format }: { meanLabel: string; intervalLabel: string; format: (value: number) => string }): EChartsCoreOption => ({
  grid: { left: 90, right: 24, top: 40, bottom: 60 },
  legend: { top: 0 },
  tooltip: { trigger: "axis", valueFormatter: (value: number) => format(value) },
  xAxis: { type: "category", data: bars.map((b) => b.label), axisLabel: { interval: 0, width: 140, overflow: "break" } },
  yAxis: { type: "value", min: 0, axisLabel: { formatter: (value: number) => format(value) } },
  series: [
    { type: "bar", name: meanLabel, data: bars.map((b) => b.mean), itemStyle: { color: "#2a6ebb" }, barMaxWidth: 64 },
    {
      type: "custom",
      name: intervalLabel,
      itemStyle: { color: "#1a1a1a" },
      renderItem: (_params: unknown, api: ErrorBarApi) => {
        const x = api.value(0);
        const low = api.coord([x, api.value(1)]);
        const high = api.coord([x, api.value(2)]);
        const cap = api.size([1, 0])[0] * 0.12;
        const style = { stroke: "#1a1a1a", lineWidth: 2 };
        return {
          type: "group",
          children: [
            { type: "line", shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
            { type: "line", shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style },
            { type: "line", shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] }, style },
          ],
        };
      },
      encode: { x: 0, y: [1, 2] },
      data: bars.map((b, i) => [i, b.interval95[0], b.interval95[1]]),
      z: 10,
    },
  ],
});

/** Two colours with at least 3:1 contrast against white (WCAG 1.4.11); the lines also differ in dash and symbol. */
const SERIES_COLOURS = ["#1f5fa8", "#a34a00"];

/** Lines indexed to the base year (= 100), with the 100 line marked. */
export const indexedLinesOption = (years: readonly number[], lines: readonly { name: string; values: readonly (number | null)[] }[], baseYearLabel: string): EChartsCoreOption => ({
  grid: { left: 56, right: 24, top: 40, bottom: 40 },
  legend: { top: 0 },
  tooltip: { trigger: "axis", valueFormatter: (value: number) => value.toFixed(1).replace(".", ",") },
  xAxis: { type: "category", data: years.map(String) },
  yAxis: { type: "value", scale: true, name: "index" },
  series: lines.map((line, i) => ({
    type: "line",
    name: line.name,
    data: line.values,
    symbol: i === 0 ? "circle" : "triangle",
    symbolSize: 8,
    itemStyle: { color: SERIES_COLOURS[i % 2] },
    lineStyle: { width: 3, type: i === 0 ? "solid" : "dashed", color: SERIES_COLOURS[i % 2] },
    ...(i === 0 ? { markLine: { silent: true, symbol: "none", lineStyle: { color: "#555" }, label: { formatter: baseYearLabel, position: "insideEndTop" }, data: [{ yAxis: 100 }] } } : {}),
  })),
});

/** The quarterly trend of a contract: the share stable or better (left axis, %) and satisfaction (right axis). */
export const kpiTrendOption = (
  trend: readonly { quarter: string; stableOrBetter: number | null; satisfaction: number | null }[],
  labels: { stableOrBetter: string; satisfaction: string },
): EChartsCoreOption => ({
  grid: { left: 56, right: 56, top: 40, bottom: 40 },
  legend: { top: 0 },
  tooltip: { trigger: "axis" },
  xAxis: { type: "category", data: trend.map((q) => q.quarter) },
  yAxis: [
    { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    { type: "value", min: 1, max: 10 },
  ],
  series: [
    {
      type: "line",
      name: labels.stableOrBetter,
      data: trend.map((q) => (q.stableOrBetter === null ? null : Math.round(q.stableOrBetter * 1000) / 10)),
      symbol: "circle",
      symbolSize: 8,
      itemStyle: { color: SERIES_COLOURS[0] },
      lineStyle: { color: SERIES_COLOURS[0] },
    },
    {
      type: "line",
      name: labels.satisfaction,
      yAxisIndex: 1,
      data: trend.map((q) => (q.satisfaction === null ? null : Math.round(q.satisfaction * 10) / 10)),
      symbol: "triangle",
      symbolSize: 10,
      itemStyle: { color: SERIES_COLOURS[1] },
      lineStyle: { type: "dashed", color: SERIES_COLOURS[1] },
    },
  ],
});
