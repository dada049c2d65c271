import type { Context } from "hono";
import { z } from "zod";
import { createBenchmarksRepository } from "../../db/repositories/benchmarks";
import { createBusinessCaseRepository } from "../../db/repositories/businesscase";
import { createMonitorRepository } from "../../db/repositories/monitor";
import type { Tx } from "../../db/tenant-context";
import type { Comparison } from "../../domain/benchmarks/compare";
import { benchmarkOverview, compare } from "../../domain/benchmarks/service";
import { businessCaseQuerySchema } from "../../domain/businesscase/dto";
import { exPostFromRegistration } from "../../domain/businesscase/service";
import { dutchToday } from "../../domain/calendar";
import { notFound } from "../../domain/errors";
import { trajectoryComparisonQuerySchema } from "../../domain/monitor/dto";
import { contractKpis, trajectoryComparison } from "../../domain/monitor/service";
import { type ReportTable, tablesToCsv, tablesToXlsx } from "../../reports/table-export";
import type { AppDeps } from "../deps";
import { type AnyRoute, sessionRoute } from "../http/route";
import { benchmarkTables, contractKpiTables, frontToBackTables, trajectoryComparisonTables } from "../report-tables/monitor-export-tables";

const tag = "Monitor";

const send = async (c: Context, format: "csv" | "xlsx", name: string, tables: ReportTable[]) =>
  format === "csv"
    ? c.body(tablesToCsv(tables), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` })
    : c.body(new Uint8Array(await tablesToXlsx(tables)), 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="${name}.xlsx"`,
      });

/** One view of the monitor as a CSV and as an Excel download, built from the same tables. */
function exportPair<Q extends z.ZodType, P extends z.ZodType | undefined = undefined>(spec: {
  path: string;
  summary: string;
  query: Q;
  params?: P;
  tables: (ctx: { deps: AppDeps; tx: Tx; tenantId: string; query: z.output<Q>; params: P extends z.ZodType ? z.output<P> : undefined }) => Promise<{ name: string; tables: ReportTable[] }>;
}): AnyRoute[] {
  return (["csv", "xlsx"] as const).map((format) =>
    sessionRoute({
      method: "get",
      path: `${spec.path}.${format}`,
      tag,
      summary: `${spec.summary} (${format === "csv" ? "CSV with ; and decimal comma" : "Excel workbook"})`,
      permission: "monitor:view",
      query: spec.query,
      params: spec.params,
      responses: { 200: { description: format === "csv" ? "CSV file" : "Excel file" } },
      async handler(ctx) {
        const { name, tables } = await spec.tables(ctx as never);
        return send(ctx.c, format, name, tables);
      },
    }),
  );
}

const benchmarkQuery = z.object({
  municipality: z.string().min(1),
  peers: z
    .string()
    .min(1, "Kies minstens één vergelijkingsgemeente")
    .transform((v) => v.split(",").map((p) => p.trim()).filter(Boolean)),
  baseYear: z.coerce.number().int().min(1990).max(2100),
});

/** Downloads of the monitor's views: every aggregate as shown on screen, counts below 5 as "<5". */
export const monitorExportRoutes: AnyRoute[] = [
  ...exportPair({
    path: "/monitor/trajectories",
    summary: "Own trajectories against contracted providers",
    query: trajectoryComparisonQuerySchema,
    async tables({ deps, tx, tenantId, query }) {
      const result = await trajectoryComparison(createMonitorRepository(tx), tenantId, query, dutchToday(deps.now()));
      return { name: `eigen-trajecten-${query.closedFrom}-${query.closedTo}`, tables: trajectoryComparisonTables(result) };
    },
  }),
  ...exportPair({
    path: "/monitor/contracts/:id/kpis",
    summary: "A contract's KPIs with traffic lights, quarterly trend and results conversations",
    params: z.object({ id: z.uuid() }),
    query: z.object({ from: z.iso.date(), to: z.iso.date() }),
    async tables({ tx, tenantId, params, query }) {
      const repo = createMonitorRepository(tx);
      const contract = await repo.contract(tenantId, params.id);
      if (!contract) throw notFound("Dit contract");
      const kpis = await contractKpis(repo, tenantId, params.id, query.from, query.to);
      return { name: `kpis-${query.from}-${query.to}`, tables: contractKpiTables(contract, kpis, await repo.notes(tenantId, params.id)) };
    },
  }),
  ...exportPair({
    path: "/monitor/benchmarks",
    summary: "Growth of every indicator against a peer group, indexed to the base year",
    query: benchmarkQuery,
    async tables({ tx, tenantId, query }) {
      const repo = createBenchmarksRepository(tx);
      const comparisons: Comparison[] = [];
      for (const indicator of (await benchmarkOverview(repo, tenantId)).indicators) comparisons.push(await compare(repo, tenantId, { ...query, indicator }));
      return { name: `benchmark-${query.municipality}-${query.baseYear}`, tables: benchmarkTables(comparisons) };
    },
  }),
  ...exportPair({
    path: "/monitor/front-to-back",
    summary: '"€ 1 at the front saves € X at the back" from the ex-post business case, with its interval',
    query: businessCaseQuerySchema,
    async tables({ tx, tenantId, query }) {
      const result = await exPostFromRegistration(createBusinessCaseRepository(tx), tenantId, query);
      return { name: `voorkant-achterkant-${query.closedFrom}-${query.closedTo}`, tables: frontToBackTables(result, query) };
    },
  }),
];
