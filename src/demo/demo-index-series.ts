/**
 * A fictional index series for the demo only; a municipality enters its own (e.g. CBS consumer prices).
 * It reaches back to 2016 because the oldest starter price (informal day care) is from that year.
 */
export const DEMO_INDEX_SERIES = Array.from({ length: 11 }, (_, i) => 2016 + i).map((year) => ({
  year,
  value: 100 + 3 * (year - 2022),
  source: "Fictieve voorbeeldreeks (demo): vervang door een gepubliceerde reeks, bijv. CBS CPI",
}));
