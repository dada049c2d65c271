import type { BenchmarkRow } from "../domain/benchmarks/benchmark-csv";

/**
 * A small fictional benchmark set for the demo: Gemeente Voorbeeld and four invented peers, 2015–2020, Wmo clients
 * and spending. The shape follows Oirschot's story (seed article 002: peers about +30% clients and +27% spending,
 * the own municipality flat and +8%), but every number is made up.
 */
export const BENCHMARK_EXAMPLE_SOURCE = "Fictieve voorbeeldset (demo) — vervang door een import van de open statistiek";

const growthPaths: Record<string, { clients: number; spending: number; clientsGrowth: number; spendingGrowth: number }> = {
  Voorbeeld: { clients: 900, spending: 6_500_000, clientsGrowth: -0.02, spendingGrowth: 0.08 },
  Buurdorp: { clients: 1100, spending: 7_800_000, clientsGrowth: 0.28, spendingGrowth: 0.25 },
  Kempenstad: { clients: 2100, spending: 15_000_000, clientsGrowth: 0.33, spendingGrowth: 0.3 },
  Heidebeek: { clients: 800, spending: 5_600_000, clientsGrowth: 0.26, spendingGrowth: 0.24 },
  Molenveld: { clients: 1500, spending: 10_500_000, clientsGrowth: 0.3, spendingGrowth: 0.27 },
};

export function benchmarkExample(): BenchmarkRow[] {
  const rows: BenchmarkRow[] = [];
  for (const [municipality, p] of Object.entries(growthPaths)) {
    for (let i = 0; i <= 5; i++) {
      const share = i / 5;
      rows.push({ municipality, year: 2015 + i, indicator: "wmo_clienten", value: Math.round(p.clients * (1 + p.clientsGrowth * share)) });
      rows.push({ municipality, year: 2015 + i, indicator: "wmo_uitgaven", value: Math.round(p.spending * (1 + p.spendingGrowth * share)) });
    }
  }
  return rows;
}
