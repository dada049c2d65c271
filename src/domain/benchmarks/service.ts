import { AppError, validationFailed } from "../errors";
import { parseBenchmarkCsv } from "./benchmark-csv";
import { type Comparison, compareWithPeers } from "./compare";
import type { BenchmarksRepository } from "./repository";

export async function benchmarkOverview(repo: BenchmarksRepository, tenantId: string) {
  const rows = await repo.rows(tenantId);
  const unique = <T>(values: T[]) => [...new Set(values)].sort();
  return { municipalities: unique(rows.map((r) => r.municipality)), indicators: unique(rows.map((r) => r.indicator)), years: unique(rows.map((r) => r.year)) };
}

/** All rows or none; the import replaces the previous set. */
export async function importBenchmarks(repo: BenchmarksRepository, tenantId: string, csv: string, source: string): Promise<{ rows: number }> {
  const parsed = parseBenchmarkCsv(csv);
  if (!parsed.ok) throw new AppError("validation_failed", "Het bestand is niet ingelezen: los de gemelde problemen op en probeer het opnieuw.", { rows: parsed.findings });
  await repo.replace(tenantId, parsed.rows, source);
  return { rows: parsed.rows.length };
}

export async function compare(repo: BenchmarksRepository, tenantId: string, input: { municipality: string; peers: string[]; indicator: string; baseYear: number }): Promise<Comparison> {
  const rows = await repo.rows(tenantId);
  const known = new Set(rows.map((r) => r.municipality));
  const issues = [input.municipality, ...input.peers].flatMap((m, i) => (known.has(m) ? [] : [{ path: i === 0 ? "municipality" : `peers.${i - 1}`, message: `Geen cijfers voor "${m}"` }]));
  if (input.peers.includes(input.municipality)) issues.push({ path: "peers", message: "De eigen gemeente hoort niet in de vergelijkingsgroep" });
  if (issues.length > 0) throw validationFailed(issues);
  const result = compareWithPeers(rows, input);
  if (!result.own.series) throw validationFailed([{ path: "baseYear", message: `Geen waarde voor ${input.municipality} in ${input.baseYear}` }]);
  return result;
}
