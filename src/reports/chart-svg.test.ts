import { describe, expect, it } from "vitest";
import { type ChartSpec, renderChartSvg } from "./chart-svg";

const payers: ChartSpec = {
  kind: "stackedBar",
  title: "Wie betaalt, wie baat",
  categories: ["gemeente Wmo", "Wlz"],
  series: [
    { name: "Kosten", values: [-1_000_000, 0] },
    { name: "Baten", values: [2_500_000, 700_000] },
  ],
  valueKind: "euro",
  markLine: { value: 0, label: "nul" },
};

describe("chart-svg", () => {
  it("renders a stacked bar chart with a mark line as a standalone SVG string with Dutch euro labels", () => {
    const svg = renderChartSvg(payers, { width: 500, height: 300 });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="500"');
    expect(svg).toContain('height="300"');
    expect(svg).toContain("gemeente Wmo");
    expect(svg).toContain("Kosten");
    // The axis formatter writes whole euros with a thousands dot, from cents (1,000,000 cents = € 10.000).
    expect(svg).toContain(">€ 10.000<");
    expect(svg).toContain(">€ -10.000<");
    // The mark line's label and a dashed stroke.
    expect(svg).toContain("nul");
    expect(svg).toContain("stroke-dasharray");
    expect(svg).toContain("Wie betaalt, wie baat");
  });

  it("draws one path per line series and leaves suppressed values out", () => {
    const svg = renderChartSvg({
      kind: "line",
      title: "Index",
      categories: ["2015", "2016", "2017"],
      series: [
        { name: "Voorbeeld", values: [100, 99, 98] },
        { name: "Vergelijkingsgroep", values: [100, null, 130] },
      ],
      valueKind: "index",
      markLine: { value: 100, label: "basisjaar = 100" },
    });
    expect(svg).toContain("Vergelijkingsgroep");
    expect(svg).toContain("basisjaar = 100");
    expect(svg).toMatch(/130,0|100,0/);
  });

  it("gives the same SVG for the same spec (no state leaks between renders)", () => {
    expect(renderChartSvg(payers)).toBe(renderChartSvg(payers));
  });

  it("keeps horizontal bars' categories as labels (tornado)", () => {
    const svg = renderChartSvg({
      kind: "bar",
      horizontal: true,
      overlap: true,
      title: "Tornado",
      categories: ["deelnemers", "uurtarief"],
      series: [
        { name: "Laag", values: [-500_00, -200_00] },
        { name: "Hoog", values: [400_00, 100_00] },
      ],
      valueKind: "euro",
    });
    expect(svg).toContain("deelnemers");
    expect(svg).toContain("uurtarief");
  });
});
