// Business-case benchmark (issue 6): 1,000,000 cases of which a share is reviewed, aggregated with 2,000 bootstrap
// draws by the engine (exPostBusinessCase), next to DuckDB doing the same aggregation in SQL on the same rows, in the
// same run. Budget: ≤ 2 s for Baatwijzer's aggregation + bootstrap. Not a timed test: `npm run bench` prints it.
//
// What each side computes (both single-threaded; the machine is shared):
// - Baatwijzer: everything `baatwijzer businesscase` computes after reading the CSVs — costs per case, benefits per
//   reviewed case and per payer, verdict counts, Wilson interval, flags, extrapolation, and the bootstrap: 2,000 ×
//   (reviewed) indices drawn with xoshiro128** + Lemire, summed, turned into extrapolated nets, 2.5/97.5 percentiles.
//   "aggregation" is the same call with one bootstrap draw.
// - DuckDB aggregation: one SQL pass with the same sums, counts, per-payer benefits and the list of flagged cases,
//   over tables already loaded (loading is not timed). The Wilson interval (a few flops) is not done in SQL.
// - DuckDB bootstrap: the same resampling in SQL — 2,000 × (reviewed) rows of floor(random() × m) joined to the
//   reviewed benefits, summed per draw, quantile_cont (type 7) at 0.025 and 0.975. Different random stream, so the
//   interval agrees only up to Monte Carlo error.
import {
  DOUBLE,
  type DuckDBConnection,
  DuckDBDataChunk,
  DuckDBInstance,
  type DuckDBType,
  INTEGER,
  UTINYINT,
  version as duckdbVersion,
} from "@duckdb/node-api";
import { type AvoidedProduct, type ExPostBusinessCase, type ExPostCases, exPostBusinessCase, VERDICT_CODE, xoshiro128ss } from "../src/engine/index";

const CASES = 1_000_000;
/**
 * Share of cases a panel reviewed. Breda's pilot reviewed 150 cases; a panel of three can review perhaps a few
 * thousand a year. 5% of a million (50,000 reviewed cases) is a generous national-scale figure; the bootstrap's
 * work is draws × reviewed, so it sets the running time (the run also prints the cost per resampled value).
 */
const REVIEWED_SHARE = 0.05;
const DRAWS = 2000;
const SEED = 2025;
const HOURLY_RATE = 78.5;
const ROUNDS = 5;
const BUDGET_MS = 2000;
const PAYERS = ["gemeente Wmo", "gemeente Jeugd", "Wlz", "zorgverzekeraar"];

/** Fictional products: 24 kinds of maatwerk, € 35–€ 1.200 per unit, spread over four payers. */
export const benchProducts = (): AvoidedProduct[] =>
  Array.from({ length: 24 }, (_, p) => ({ price: Math.round((35 + ((p * 7919) % 1165)) * 100) / 100, payer: PAYERS[p % PAYERS.length] as string }));

/**
 * Seeded fictional cases as columns: hours 0,25–80 in quarters, direct costs on 40% of cases, the reviewed share
 * with Breda's mix (44% with effect: 15% prevented, 20% reduced, 9% ended; 56% none).
 */
export function benchCases(count: number, reviewedShare: number, products: number): ExPostCases {
  const rng = xoshiro128ss(SEED);
  const cases: ExPostCases = {
    hours: new Float64Array(count),
    directCosts: new Float64Array(count),
    verdict: new Uint8Array(count),
    avoidedProduct: new Int32Array(count).fill(-1),
    avoidedUnitsPerMonth: new Float64Array(count),
    avoidedMonths: new Float64Array(count),
  };
  for (let i = 0; i < count; i++) {
    cases.hours[i] = (1 + Math.floor(rng.next() * 320)) / 4;
    cases.directCosts[i] = rng.next() < 0.4 ? Math.round(rng.next() * 50_000) / 100 : 0;
    if (rng.next() >= reviewedShare) continue;
    const u = rng.next();
    const verdict = u < 0.15 ? VERDICT_CODE.prevented : u < 0.35 ? VERDICT_CODE.reduced : u < 0.44 ? VERDICT_CODE.ended : VERDICT_CODE.none;
    cases.verdict[i] = verdict;
    if (verdict === VERDICT_CODE.none) continue;
    cases.avoidedProduct[i] = Math.floor(rng.next() * products);
    cases.avoidedUnitsPerMonth[i] = 1 + Math.floor(rng.next() * 16);
    cases.avoidedMonths[i] = 1 + Math.floor(rng.next() * 12);
  }
  return cases;
}

/** Wall and CPU time of one call, in ms (CPU time counts every thread of the process, DuckDB's included). */
async function measure<T>(fn: () => T | Promise<T>): Promise<{ wallMs: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = await fn();
  const wallMs = performance.now() - wall;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, value };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Loads the columns into DuckDB tables `cases` (with row number i) and `products`, through the appender. */
async function load(connection: DuckDBConnection, cases: ExPostCases, products: readonly AvoidedProduct[]): Promise<void> {
  await connection.run(
    "CREATE TABLE cases (i INTEGER, hours DOUBLE, direct_costs DOUBLE, verdict UTINYINT, product INTEGER, units DOUBLE, months DOUBLE)",
  );
  await connection.run("CREATE TABLE products (p INTEGER, price DOUBLE, payer VARCHAR)");
  const types: DuckDBType[] = [INTEGER, DOUBLE, DOUBLE, UTINYINT, INTEGER, DOUBLE, DOUBLE];
  const appender = await connection.createAppender("cases");
  const size = 2048;
  for (let start = 0; start < cases.hours.length; start += size) {
    const end = Math.min(start + size, cases.hours.length);
    const chunk = DuckDBDataChunk.create(types, end - start);
    chunk.setColumns([
      Array.from({ length: end - start }, (_, k) => start + k),
      Array.from(cases.hours.subarray(start, end)),
      Array.from(cases.directCosts.subarray(start, end)),
      Array.from(cases.verdict.subarray(start, end)),
      Array.from(cases.avoidedProduct.subarray(start, end)),
      Array.from(cases.avoidedUnitsPerMonth.subarray(start, end)),
      Array.from(cases.avoidedMonths.subarray(start, end)),
    ]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  const productAppender = await connection.createAppender("products");
  products.forEach((product, p) => {
    productAppender.appendInteger(p);
    productAppender.appendDouble(product.price);
    productAppender.appendVarchar(product.payer);
    productAppender.endRow();
  });
  productAppender.closeSync();
}

/** Costs and benefits per case, as the engine defines them. */
const PER_CASE = `
  SELECT c.i, c.verdict, c.hours * ${HOURLY_RATE} + c.direct_costs AS cost,
         CASE WHEN c.verdict >= 2 THEN c.units * c.months * p.price ELSE 0 END AS benefit, p.payer
  FROM cases c LEFT JOIN products p ON p.p = c.product`;

interface DuckAggregate {
  cases: number;
  reviewed: number;
  costs: number;
  reviewedCosts: number;
  benefits: number;
  byPayer: Record<string, number>;
  flags: number;
}

/** The aggregation in SQL: totals, per-payer benefits and the flagged cases, in one statement. */
async function duckAggregate(connection: DuckDBConnection): Promise<DuckAggregate> {
  const reader = await connection.runAndReadAll(`
    WITH per_case AS (${PER_CASE}),
    totals AS (
      SELECT count(*) AS cases, count(*) FILTER (WHERE verdict > 0) AS reviewed,
             count(*) FILTER (WHERE verdict = 2) AS prevented, count(*) FILTER (WHERE verdict = 3) AS reduced,
             count(*) FILTER (WHERE verdict = 4) AS ended, count(*) FILTER (WHERE verdict = 1) AS none,
             sum(cost) AS costs, sum(cost) FILTER (WHERE verdict > 0) AS reviewed_costs, sum(benefit) AS benefits
      FROM per_case),
    by_payer AS (SELECT map(list(payer), list(amount)) AS by_payer FROM (
      SELECT payer, sum(benefit) AS amount FROM per_case WHERE verdict >= 2 GROUP BY payer)),
    flags AS (SELECT list({ 'i': i, 'cost': cost, 'benefit': benefit } ORDER BY i) AS flags FROM per_case WHERE verdict >= 2 AND cost > benefit)
    SELECT * FROM totals, by_payer, flags`);
  const row = reader.getRowObjectsJS()[0] as Record<string, unknown>;
  const byPayer = row["by_payer"] as Map<string, number> | Record<string, number> | { key: string; value: number }[];
  return {
    cases: Number(row["cases"]),
    reviewed: Number(row["reviewed"]),
    costs: row["costs"] as number,
    reviewedCosts: row["reviewed_costs"] as number,
    benefits: row["benefits"] as number,
    byPayer: byPayer instanceof Map ? Object.fromEntries(byPayer) : Array.isArray(byPayer) ? Object.fromEntries(byPayer.map((e) => [e.key, e.value])) : byPayer,
    flags: (row["flags"] as unknown[]).length,
  };
}

/** The bootstrap in SQL: draws × m random indices joined to the reviewed benefits (in case order). */
async function duckBootstrap(connection: DuckDBConnection, m: number, costs: number): Promise<[number, number]> {
  await connection.run("SELECT setseed(0.25)");
  const reader = await connection.runAndReadAll(`
    WITH draws AS (SELECT d, floor(random() * ${m})::INTEGER AS k FROM range(${DRAWS}) t(d), range(${m}) u(j)),
    sums AS (SELECT d, sum(r.benefit) AS total FROM draws JOIN reviewed r ON r.k = draws.k GROUP BY d)
    SELECT quantile_cont(total / ${m} * ${CASES} - ${costs}, [0.025, 0.975]) AS q FROM sums`);
  return (reader.getRowObjectsJS()[0] as { q: [number, number] }).q;
}

const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;
const relative = (a: number, b: number): string => `${(Math.abs(a - b) / Math.max(Math.abs(b), 1)).toExponential(1)}`;

export async function runBusinessCaseBench(): Promise<void> {
  const products = benchProducts();
  const cases = benchCases(CASES, REVIEWED_SHARE, products.length);
  const input = { cases, products, hourlyRate: HOURLY_RATE };
  const run = (draws: number) => exPostBusinessCase(input, { draws, rng: xoshiro128ss(SEED) });

  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  const loading = await measure(() => load(connection, cases, products));

  const engineFull: { wallMs: number; cpuMs: number }[] = [];
  const engineAggregation: { wallMs: number; cpuMs: number }[] = [];
  const duck: { wallMs: number; cpuMs: number }[] = [];
  let result: ExPostBusinessCase | undefined;
  let duckResult: DuckAggregate | undefined;
  // Cold runs first, reported apart; then rounds alternate engine and DuckDB so both see the same machine load.
  const engineCold = await measure(() => run(DRAWS));
  const duckCold = await measure(() => duckAggregate(connection));
  for (let round = 0; round < ROUNDS; round++) {
    const full = await measure(() => run(DRAWS));
    result = full.value;
    engineFull.push(full);
    engineAggregation.push(await measure(() => run(1)));
    const sql = await measure(() => duckAggregate(connection));
    duckResult = sql.value;
    duck.push(sql);
  }
  const engineResult = result as ExPostBusinessCase;
  const sqlResult = duckResult as DuckAggregate;

  // The DuckDB bootstrap, twice (it is slow); its input table holds the reviewed benefits in case order.
  await connection.run(`CREATE TABLE reviewed AS SELECT (row_number() OVER (ORDER BY i) - 1)::INTEGER AS k, benefit FROM (${PER_CASE}) WHERE verdict > 0`);
  const duckBoot = [await measure(() => duckBootstrap(connection, engineResult.reviewed, engineResult.allCases.costs))];
  duckBoot.push(await measure(() => duckBootstrap(connection, engineResult.reviewed, engineResult.allCases.costs)));
  connection.closeSync();
  instance.closeSync();

  const fullWall = median(engineFull.map((x) => x.wallMs));
  const fullCpu = median(engineFull.map((x) => x.cpuMs));
  const aggregationWall = median(engineAggregation.map((x) => x.wallMs));
  const aggregationCpu = median(engineAggregation.map((x) => x.cpuMs));
  const duckWall = median(duck.map((x) => x.wallMs));
  const duckCpu = median(duck.map((x) => x.cpuMs));
  const duckBootWall = Math.min(...duckBoot.map((x) => x.wallMs));
  const duckBootCpu = Math.min(...duckBoot.map((x) => x.cpuMs));
  const resampled = DRAWS * engineResult.reviewed;
  const bootstrapNs = ((fullCpu - aggregationCpu) * 1e6) / resampled;
  const [lo, hi] = engineResult.allCases.bootstrapNet95 as [number, number];
  const [duckLo, duckHi] = (duckBoot.at(-1) as { value: [number, number] }).value;
  const scope = engineResult.reviewedScope;
  const payerGap = Math.max(...Object.entries(scope.benefitsByPayer).map(([payer, amount]) => Math.abs(amount - (sqlResult.byPayer[payer] ?? 0)) / Math.max(amount, 1)));
  const lines = [
    "",
    `businesscase: ${CASES.toLocaleString("en")} cases, ${engineResult.reviewed.toLocaleString("en")} reviewed (${(REVIEWED_SHARE * 100).toFixed(0)}%), ${DRAWS.toLocaleString("en")} bootstrap draws = ${(resampled / 1e6).toFixed(0)}M resampled values; ${ROUNDS} alternating rounds, single-threaded`,
    `  Baatwijzer aggregation + bootstrap  median ${ms(fullCpu)} CPU, ${ms(fullWall)} wall;  cold ${ms(engineCold.wallMs)}`,
    `  Baatwijzer aggregation (1 draw)     median ${ms(aggregationCpu)} CPU, ${ms(aggregationWall)} wall;  bootstrap ≈ ${bootstrapNs.toFixed(1)} ns CPU per resampled value`,
    `  DuckDB ${duckdbVersion().padEnd(8)} aggregation (SQL)  median ${ms(duckCpu)} CPU, ${ms(duckWall)} wall;  cold ${ms(duckCold.wallMs)}  (1 thread; loading ${ms(loading.wallMs)}, not timed)`,
    `  DuckDB bootstrap (SQL join of ${(resampled / 1e6).toFixed(0)}M random indices)  best of 2 ${ms(duckBootCpu)} CPU, ${ms(duckBootWall)} wall`,
    `  ratio DuckDB / Baatwijzer: aggregation ${(duckCpu / aggregationCpu).toFixed(2)}× CPU (${(duckWall / aggregationWall).toFixed(2)}× wall); aggregation + bootstrap ${((duckCpu + duckBootCpu) / fullCpu).toFixed(2)}× CPU (${((duckWall + duckBootWall) / fullWall).toFixed(2)}× wall) — ${duckCpu + duckBootCpu > fullCpu ? "Baatwijzer is faster" : "DuckDB is faster"}`,
    `  budget ${BUDGET_MS} ms (median wall, aggregation + bootstrap): ${fullWall <= BUDGET_MS ? "met" : "EXCEEDED"}`,
    "  cross-check (relative difference Baatwijzer vs DuckDB):",
    `    cases ${engineResult.cases === sqlResult.cases ? "equal" : "DIFFER"}, reviewed ${engineResult.reviewed === sqlResult.reviewed ? "equal" : "DIFFER"}, flagged cases ${engineResult.flags.length} vs ${sqlResult.flags}`,
    `    costs ${relative(engineResult.allCases.costs, sqlResult.costs)}, reviewed costs ${relative(scope.costs, sqlResult.reviewedCosts)}, benefits ${relative(scope.benefits, sqlResult.benefits)}, largest per payer ${payerGap.toExponential(1)}`,
    `    bootstrap 95% interval of the extrapolated net: Baatwijzer [${lo.toFixed(0)}, ${hi.toFixed(0)}], DuckDB [${duckLo.toFixed(0)}, ${duckHi.toFixed(0)}] (different random streams)`,
  ];
  console.log(lines.join("\n"));
}
