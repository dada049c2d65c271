import { z } from "zod";
import { createBenchmarksRepository } from "../../db/repositories/benchmarks";
import { createBusinessCaseRepository } from "../../db/repositories/businesscase";
import { createMonitorRepository } from "../../db/repositories/monitor";
import { roleHasPermission } from "../../domain/access/permissions";
import { benchmarkOverview, compare } from "../../domain/benchmarks/service";
import { exPostFromRegistration } from "../../domain/businesscase/service";
import { dutchToday } from "../../domain/calendar";
import { AppError } from "../../domain/errors";
import { contractKpis, trajectoryComparison } from "../../domain/monitor/service";
import { type AnyRoute, sessionRoute } from "../http/route";
import { type FrontToBackSection, monitorReport } from "../report-tables/monitor-report";
import { FORMAT_DESCRIPTION, reportDownload } from "./report-download";

const list = z
  .string()
  .optional()
  .transform((v) => (v ?? "").split(",").map((p) => p.trim()).filter(Boolean));

/**
 * Query of the monitor report. The KPI period is required; the benchmark (municipality, peers, baseYear, optional
 * indicators — default every imported indicator) and "€ 1 at the front" (hourlyRateCents, priceYear over the cases
 * closed in the period) are included when their parameters are given; with hourlyRateCents also own trajectories
 * against providers over the cases closed in the period.
 */
export const monitorReportQuerySchema = z
  .object({
    from: z.iso.date("Gebruik een datum als jjjj-mm-dd").describe("Start of the KPI period (and of the closed cases for € 1 at the front)"),
    to: z.iso.date("Gebruik een datum als jjjj-mm-dd").describe("End of the period, inclusive"),
    municipality: z.string().trim().min(1).optional().describe("Own municipality in the benchmark statistics"),
    peers: list.describe("Comma-separated peer municipalities"),
    indicators: list.describe("Comma-separated indicators; default every imported indicator"),
    baseYear: z.coerce.number().int().min(1990).max(2100).optional().describe("Index base year (= 100)"),
    hourlyRateCents: z.coerce.number().int().min(1, "Vul een uurtarief in").max(100_000).optional(),
    priceYear: z.coerce.number().int().min(2000).max(2100).optional(),
    draws: z.coerce.number().int().min(100).max(20_000).default(2000),
    seed: z.coerce.number().int().min(0).default(1),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "De einddatum ligt vóór de begindatum" });
    const benchmark = v.municipality !== undefined || v.peers.length > 0 || v.baseYear !== undefined;
    if (benchmark) {
      if (v.municipality === undefined) ctx.addIssue({ code: "custom", path: ["municipality"], message: "Kies de eigen gemeente voor de benchmark" });
      if (v.peers.length === 0) ctx.addIssue({ code: "custom", path: ["peers"], message: "Kies minstens één vergelijkingsgemeente" });
      if (v.baseYear === undefined) ctx.addIssue({ code: "custom", path: ["baseYear"], message: "Kies een basisjaar" });
    }
    if ((v.hourlyRateCents === undefined) !== (v.priceYear === undefined)) {
      ctx.addIssue({ code: "custom", path: [v.hourlyRateCents === undefined ? "hourlyRateCents" : "priceYear"], message: "Geef uurtarief en prijspeil allebei op" });
    }
  });

const formats = ["pdf", "xlsx", "csv"] as const;

/** The monitor report (issue 8, item 5) as PDF and Excel, from the same services as the monitor's JSON endpoints. */
export const monitorReportRoutes: AnyRoute[] = formats.map((format) =>
  sessionRoute({
    method: "get",
    path: `/monitor/report.${format}`,
    tag: "Monitor",
    summary: `Contracts with KPI results, the benchmark against peers and € 1 at the front (${format === "pdf" ? "PDF with charts" : format === "xlsx" ? "Excel workbook" : "CSV"}); counts below 5 suppressed`,
    permission: "monitor:view",
    query: monitorReportQuerySchema,
    responses: { 200: { description: FORMAT_DESCRIPTION[format] }, 400: { description: "Invalid query, or unknown municipalities in the benchmark" } },
    audit: { action: "export", subjectType: "monitor_report", purpose: "sturing op resultaat" },
    async handler({ deps, tx, tenantId, session, query, c }) {
      const monitor = createMonitorRepository(tx);
      const contracts = [];
      for (const contract of await monitor.contracts(tenantId)) contracts.push({ contract, kpis: await contractKpis(monitor, tenantId, contract.id, query.from, query.to) });
      const benchmarks = createBenchmarksRepository(tx);
      const indicators = query.municipality ? (query.indicators.length > 0 ? query.indicators : (await benchmarkOverview(benchmarks, tenantId)).indicators) : [];
      const comparisons = [];
      for (const indicator of indicators) {
        comparisons.push(await compare(benchmarks, tenantId, { municipality: query.municipality!, peers: query.peers, indicator, baseYear: query.baseYear! }));
      }
      const frontToBack = await frontToBackSection(tx, tenantId, session.me.roles, query);
      const today = dutchToday(deps.now());
      const trajectories =
        query.hourlyRateCents === undefined
          ? null
          : await trajectoryComparison(monitor, tenantId, { closedFrom: query.from, closedTo: query.to, hourlyRateCents: query.hourlyRateCents, draws: query.draws, seed: query.seed }, today);
      const doc = monitorReport({ tenantName: session.me.tenant.name, today, from: query.from, to: query.to, contracts, comparisons, frontToBack, trajectories });
      return reportDownload(c, doc, format, `monitor-${query.from}-${query.to}`);
    },
  }),
);

/**
 * "€ 1 at the front" comes from the business case, which has its own permission: a role that may see the monitor
 * but not the business case gets the section without the figure. A selection under 5 cases is reported, not failed.
 */
async function frontToBackSection(
  tx: Parameters<typeof createBusinessCaseRepository>[0],
  tenantId: string,
  roles: Parameters<typeof roleHasPermission>[0][],
  query: z.output<typeof monitorReportQuerySchema>,
): Promise<FrontToBackSection> {
  if (query.hourlyRateCents === undefined || query.priceYear === undefined) return { kind: "not_requested" };
  if (!roles.some((role) => roleHasPermission(role, "businesscase:view"))) return { kind: "not_permitted" };
  try {
    const result = await exPostFromRegistration(createBusinessCaseRepository(tx), tenantId, {
      closedFrom: query.from,
      closedTo: query.to,
      hourlyRateCents: query.hourlyRateCents,
      teamRates: {},
      priceYear: query.priceYear,
      draws: query.draws,
      seed: query.seed,
    });
    return { kind: "computed", result };
  } catch (error) {
    if (error instanceof AppError && error.code === "validation_failed") return { kind: "refused", reason: "te weinig afgesloten casussen in deze periode (minder dan 5)." };
    throw error;
  }
}
