import { groupTotal, indexToBase } from "../../engine/index-to-base";
import type { BenchmarkRow } from "./benchmark-csv";

export interface Comparison {
  readonly indicator: string;
  readonly baseYear: number;
  readonly own: { readonly municipality: string; readonly series: { year: number; index: number }[] | null };
  readonly peers: { readonly municipalities: readonly string[]; readonly series: { year: number; index: number }[] | null };
  /** Growth from the base year to the last common year, as a fraction (0.3 = +30%). */
  readonly growth: { readonly year: number | null; readonly own: number | null; readonly peers: number | null };
}

/** Own municipality against the peer group's total, both indexed to the base year (Oirschot's comparison). */
export function compareWithPeers(rows: readonly BenchmarkRow[], input: { municipality: string; peers: readonly string[]; indicator: string; baseYear: number }): Comparison {
  const seriesOf = (m: string) => rows.filter((r) => r.municipality === m && r.indicator === input.indicator).map((r) => ({ year: r.year, value: r.value }));
  const own = indexToBase(seriesOf(input.municipality), input.baseYear);
  const peers = indexToBase(groupTotal(input.peers.map(seriesOf)), input.baseYear);
  const ownYears = new Set(own?.map((p) => p.year) ?? []);
  const common = (peers ?? []).filter((p) => ownYears.has(p.year)).map((p) => p.year);
  const last = common.length > 0 ? Math.max(...common) : null;
  const at = (series: { year: number; index: number }[] | null) => (last === null || !series ? null : series.find((p) => p.year === last)!.index / 100 - 1);
  return { indicator: input.indicator, baseYear: input.baseYear, own: { municipality: input.municipality, series: own }, peers: { municipalities: input.peers, series: peers }, growth: { year: last, own: at(own), peers: at(peers) } };
}
