import type { EChartsCoreOption } from "echarts/core";
import type { KeyFigures } from "../../engine/key-figures";
import type { TornadoBar } from "../../engine/tornado";
import type { Histogram } from "./monte-carlo-run";

/**
 * ECharts options of the studio's charts, built from engine results as plain data (no ECharts import here, so the
 * options can be tested and ECharts stays in its lazily loaded chunk). Every chart also has a table alternative.
 */

type Names = Readonly<Record<string, string>>;

/**
 * Money flows (Sankey): each paying stakeholder → the approach → each benefiting stakeholder, in present values.
 * A stakeholder on both sides appears twice ("betaalt" / "baat"), as a Sankey diagram cannot loop.
 */
export function sankeyOption(result: Pick<KeyFigures, "stakeholders">, names: Names, labels: { approach: string; pays: (name: string) => string; gains: (name: string) => string }): EChartsCoreOption {
  const links: { source: string; target: string; value: number }[] = [];
  for (const [id, s] of Object.entries(result.stakeholders)) {
    const name = names[id] ?? id;
    if (s.pvCosts > 0) links.push({ source: labels.pays(name), target: labels.approach, value: Math.round(s.pvCosts) });
    if (s.pvBenefits > 0) links.push({ source: labels.approach, target: labels.gains(name), value: Math.round(s.pvBenefits) });
  }
  const nodes = [...new Set(links.flatMap((link) => [link.source, link.target]))].map((name) => ({ name }));
  return {
    tooltip: { trigger: "item" },
    series: [{ type: "sankey", data: nodes, links, emphasis: { focus: "adjacency" }, nodeGap: 16, label: { color: "#1a1a1a" } }],
  };
}

/** Undiscounted costs and benefits per year, with the net flow as a line. */
export function cashFlowOption(result: Pick<KeyFigures, "years">, labels: { year: (year: number) => string; costs: string; benefits: string; net: string }): EChartsCoreOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 90, right: 20, top: 40, bottom: 30 },
    xAxis: { type: "category", data: result.years.map((y) => labels.year(y.year)) },
    yAxis: { type: "value" },
    series: [
      { name: labels.costs, type: "bar", data: result.years.map((y) => Math.round(-y.costs)), itemStyle: { color: "#b3261e" } },
      { name: labels.benefits, type: "bar", data: result.years.map((y) => Math.round(y.benefits)), itemStyle: { color: "#1f6e43" } },
      { name: labels.net, type: "line", data: result.years.map((y) => Math.round(y.benefits - y.costs)), itemStyle: { color: "#1a1a1a" } },
    ],
  };
}

/** Tornado: per uncertain parameter, the change in NPV (from `npv`, the centre) at its low and high value, the widest swing on top. */
export function tornadoOption(result: { readonly tornado: readonly TornadoBar[]; readonly npv: number }, labels: { low: string; high: string }): EChartsCoreOption {
  const bars = [...result.tornado].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 160, right: 30, top: 40, bottom: 30 },
    xAxis: { type: "value" },
    yAxis: { type: "category", data: bars.map((bar) => bar.parameter) },
    series: [
      { name: labels.low, type: "bar", stack: "swing", data: bars.map((bar) => Math.round(bar.npvLow - result.npv)), itemStyle: { color: "#b3261e" } },
      { name: labels.high, type: "bar", stack: "swing", data: bars.map((bar) => Math.round(bar.npvHigh - result.npv)), itemStyle: { color: "#1f6e43" } },
    ],
  };
}

/** The bin of a histogram that holds a value (the last bin holds the maximum). */
export const binOf = (histogram: Histogram, value: number): number => {
  const bins = histogram.counts.length;
  const index = histogram.edges.findIndex((edge, i) => i > 0 && value < edge);
  return index === -1 ? bins - 1 : Math.max(0, index - 1);
};

/** Monte Carlo histogram of NPV with the P5, P50 and P95 marked. */
export function histogramOption(
  histogram: Histogram,
  marks: readonly { name: string; value: number }[],
  labels: { bin: (from: number, to: number) => string; draws: string },
): EChartsCoreOption {
  const categories = histogram.counts.map((_, i) => labels.bin(histogram.edges[i] as number, histogram.edges[i + 1] as number));
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 60, right: 20, top: 30, bottom: 40 },
    xAxis: { type: "category", data: categories, axisLabel: { show: false } },
    yAxis: { type: "value", name: labels.draws },
    series: [
      {
        name: labels.draws,
        type: "bar",
        barCategoryGap: "2%",
        data: [...histogram.counts],
        itemStyle: { color: "#2b5f8a" },
        markLine: {
          symbol: "none",
          label: { formatter: "{b}" },
          lineStyle: { color: "#1a1a1a", type: "dashed" },
          data: marks.map((mark) => ({ name: mark.name, xAxis: binOf(histogram, mark.value) })),
        },
      },
    ],
  };
}

/** One model in the compare chart: its BCR split into financial and immaterial benefits. */
export interface CompareRow {
  readonly name: string;
  readonly financialBcr: number | null;
  readonly bcr: number | null;
}

/** BCRs of several models stacked by benefit type, with the 1.0 line (where benefits equal costs). */
export function compareOption(rows: readonly CompareRow[], labels: { financial: string; immaterial: string; breakEven: string }): EChartsCoreOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 60 },
    xAxis: { type: "category", data: rows.map((row) => row.name), axisLabel: { interval: 0, overflow: "break", width: 120 } },
    yAxis: { type: "value" },
    series: [
      { name: labels.financial, type: "bar", stack: "bcr", data: rows.map((row) => round2(row.financialBcr ?? 0)), itemStyle: { color: "#2b5f8a" } },
      {
        name: labels.immaterial,
        type: "bar",
        stack: "bcr",
        data: rows.map((row) => round2((row.bcr ?? 0) - (row.financialBcr ?? 0))),
        itemStyle: { color: "#8fb8d8" },
        markLine: { symbol: "none", label: { formatter: labels.breakEven }, lineStyle: { color: "#b3261e", width: 2 }, data: [{ yAxis: 1 }] },
      },
    ],
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
