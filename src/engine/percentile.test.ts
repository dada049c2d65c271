import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";
import { summarizeDraws } from "./summarize-draws";

describe("percentile (type 7)", () => {
  // numpy.percentile(a, q) with the default method="linear" on the same data.
  const data = Float64Array.of(3.2, -1.0, 7.5, 0.0, 2.2, 9.9, 4.4, -3.3, 5.0, 1.1, 8.8).sort();
  it.each([
    [0, -3.3],
    [0.05, -2.15],
    [0.1, -1.0],
    [0.5, 3.2],
    [0.9, 8.8],
    [0.95, 9.350000000000001],
    [1, 9.9],
  ])("P%d matches numpy", (p, expected) => {
    expect(percentile(data, p)).toBeCloseTo(expected, 14);
  });

  it("handles one value and no values", () => {
    expect(percentile([4], 0.3)).toBe(4);
    expect(percentile([], 0.3)).toBeNaN();
  });

  it("summarizes without reordering the input", () => {
    const values = Float64Array.of(3, 1, 2);
    expect(summarizeDraws(values)).toEqual({ mean: 2, p5: 1.1, p50: 2, p95: 2.9 });
    expect([...values]).toEqual([3, 1, 2]);
  });
});
