import { asc, eq } from "drizzle-orm";
import type { BenchmarksRepository } from "../../domain/benchmarks/repository";
import type { Db } from "../connection";
import { benchmarkValues } from "../schema/index";
import type { Tx } from "../tenant-context";

export function createBenchmarksRepository(db: Db | Tx): BenchmarksRepository {
  return {
    async rows(tenantId) {
      return db
        .select({ municipality: benchmarkValues.municipality, year: benchmarkValues.year, indicator: benchmarkValues.indicator, value: benchmarkValues.value })
        .from(benchmarkValues)
        .where(eq(benchmarkValues.tenantId, tenantId))
        .orderBy(asc(benchmarkValues.municipality), asc(benchmarkValues.year));
    },
    async replace(tenantId, rows, source) {
      await db.delete(benchmarkValues).where(eq(benchmarkValues.tenantId, tenantId));
      for (let i = 0; i < rows.length; i += 500) {
        await db.insert(benchmarkValues).values(rows.slice(i, i + 500).map((r) => ({ tenantId, ...r, source })));
      }
    },
  };
}
