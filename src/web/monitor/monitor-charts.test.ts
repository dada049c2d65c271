import { describe, expect, it } from "vitest";
import { indexedLinesOption, intervalBarOption } from "./monitor-charts";

type Series = { type: string; name: string; data: unknown[]; renderItem?: (p: unknown, api: unknown) => { children: { shape: Record<string, number> }[] } };

describe("monitor charts", () => {
  it("draws a bar per group and a whisker from the lower to the upper bound", () => {
    const option = intervalBarOption(
      [
        { label: "Eigen trajecten", mean: 700, interval95: [600, 850] },
        { label: "Consortium", mean: 1300, interval95: [1150, 1500] },
      ],
      { meanLabel: "Gemiddelde", intervalLabel: "95%-interval", format: String },
    ) as { xAxis: { data: string[] }; series: Series[] };
    expect(option.xAxis.data).toEqual(["Eigen trajecten", "Consortium"]);
    const [bars, whiskers] = option.series;
    expect(bars!.data).toEqual([700, 1300]);
    expect(whiskers!.data).toEqual([
      [0, 600, 850],
      [1, 1150, 1500],
    ]);
    // A fake coordinate system: x → 100·x, y → −y; the whisker runs from the lower to the upper bound.
    const api = { value: (d: number) => (whiskers!.data[1] as number[])[d]!, coord: ([x, y]: [number, number]) => [100 * x, -y], size: () => [50, 0] };
    const [line, lowCap, highCap] = whiskers!.renderItem!({}, api).children;
    expect(line!.shape).toEqual({ x1: 100, y1: -1150, x2: 100, y2: -1500 });
    expect(lowCap!.shape.x2! - lowCap!.shape.x1!).toBeCloseTo(12, 9);
    expect(highCap!.shape.y1).toBe(-1500);
  });

  it("draws the own municipality and the peer group as distinguishable lines", () => {
    const option = indexedLinesOption([2019, 2022], [
      { name: "Voorbeeld", values: [100, 110] },
      { name: "Vergelijkingsgroep", values: [100, 130] },
    ], "2019 = 100") as { series: (Series & { symbol: string; lineStyle: { type: string } })[] };
    expect(option.series.map((s) => [s.name, s.symbol, s.lineStyle.type])).toEqual([
      ["Voorbeeld", "circle", "solid"],
      ["Vergelijkingsgroep", "triangle", "dashed"],
    ]);
    expect(option.series[1]!.data).toEqual([100, 130]);
  });
});
