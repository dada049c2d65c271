import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { type ValueKind, formatEuroWhole, formatValue } from "./dutch-format";
import { toWinAnsi } from "./win-ansi";

// Only what the reports draw, rendered to SVG strings (ECharts' zero-dependency server-side renderer).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export interface ChartSeries {
  readonly name: string;
  /** One value per category; null leaves a gap (e.g. a suppressed count). Euros in cents. */
  readonly values: readonly (number | null)[];
}

/** A chart for a report: the same data is always also given as a table next to it. */
export interface ChartSpec {
  readonly kind: "bar" | "stackedBar" | "line";
  /** The SVG's accessible name (its <title>). */
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly valueKind: ValueKind;
  /** Bars run horizontally (categories on the vertical axis), e.g. a tornado. */
  readonly horizontal?: boolean;
  /** Bars of the series drawn over one another from zero instead of side by side (a tornado's low and high). */
  readonly overlap?: boolean;
  /** A reference line on the value axis, e.g. the 1.0 of a benefit-cost ratio or the index 100 of the base year. */
  readonly markLine?: { readonly value: number; readonly label: string };
}

/** Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito); every series also has a name. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

/** Axis ticks as the tables show them, but whole euros: cents on an axis are noise. */
const axisLabel = (kind: ValueKind) => (value: number): string => (kind === "euro" ? formatEuroWhole(value) : formatValue(value, kind));

/** The ECharts option for a spec (exported for tests and for anyone who wants to draw it in the browser). */
export function chartOption(spec: ChartSpec): echarts.EChartsCoreOption {
  const format = axisLabel(spec.valueKind);
  const categoryAxis = { type: "category", data: spec.categories.map(toWinAnsi), axisLabel: { interval: 0, fontSize: 11, width: spec.horizontal ? 150 : 90, overflow: "break" } };
  const valueAxis = { type: "value", axisLabel: { formatter: format, fontSize: 11 }, scale: spec.kind === "line" };
  const markLine = spec.markLine
    ? {
        silent: true,
        symbol: "none",
        lineStyle: { color: "#000000", type: "dashed", width: 1.5 },
        label: { formatter: toWinAnsi(spec.markLine.label), position: spec.horizontal ? "end" : "insideEndTop", fontSize: 11 },
        data: [spec.horizontal ? { xAxis: spec.markLine.value } : { yAxis: spec.markLine.value }],
      }
    : undefined;
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: "Helvetica, Arial, sans-serif" },
    legend: spec.series.length > 1 ? { bottom: 0, textStyle: { fontSize: 11 } } : undefined,
    // ECharts 6 keeps axis labels inside the outer bounds by default (outerBoundsMode "auto").
    grid: { left: spec.horizontal ? 28 : 16, right: 24, top: 28, bottom: spec.series.length > 1 ? 44 : 16 },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: spec.series.map((s, i) => ({
      type: spec.kind === "line" ? "line" : "bar",
      name: toWinAnsi(s.name),
      data: s.values.map((v) => (v === null ? "-" : v)),
      ...(spec.kind === "stackedBar" ? { stack: "total" } : {}),
      ...(spec.overlap && i > 0 ? { barGap: "-100%" } : {}),
      ...(spec.kind === "line" ? { symbolSize: 6, lineStyle: { width: 2, type: i === 0 ? "solid" : "dashed" } } : { barMaxWidth: 48 }),
      ...(i === 0 && markLine ? { markLine } : {}),
    })),
  };
}

/**
 * Renders a chart to an SVG string on the server (ECharts SSR: `init(null, null, { renderer: "svg", ssr: true })`,
 * `renderToSVGString()`, then dispose), for embedding in a PDF. Pure text output; no DOM, no canvas.
 */
export function renderChartSvg(spec: ChartSpec, { width = 640, height = 320 }: { readonly width?: number; readonly height?: number } = {}): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return withTitle(staticSvg(chart.renderToSVGString()), spec.title);
  } finally {
    chart.dispose();
  }
}

/**
 * Drops what only matters in a browser — hover CSS, class names (numbered per chart instance, so two renders of the
 * same chart would differ) and ECharts' metadata attributes — leaving a static, reproducible drawing.
 */
const staticSvg = (svg: string): string =>
  svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, "")
    .replace(/ class="zr\d+-cls-\d+"/g, "")
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, "");

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Names the drawing for assistive technology: role="img" and a <title> as its first child. */
const withTitle = (svg: string, title: string): string =>
  svg.replace(/^<svg /, '<svg role="img" ').replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(toWinAnsi(title))}</title>`);
