import type { BenchmarkRow } from "./benchmark-csv";

export interface BenchmarksRepository {
  rows(tenantId: string): Promise<BenchmarkRow[]>;
  /** Replaces the tenant's statistics with the imported set (in the request's transaction: all or nothing). */
  replace(tenantId: string, rows: readonly BenchmarkRow[], source: string): Promise<void>;
}
