import { z } from "zod";
import { createBudgetsRepository } from "../../db/repositories/budgets";
import { createCasesRepository } from "../../db/repositories/cases";
import { createPlatformRepository } from "../../db/repositories/platform";
import type { Tx } from "../../db/tenant-context";
import { budgetReportFor } from "../../domain/budgets/service";
import { policyPlatformStats } from "../../domain/platform/policy-stats";
import { platformStats } from "../../domain/platform/service";
import { tablesToCsv, tablesToXlsx } from "../../reports/table-export";
import type { AppDeps } from "../deps";
import { type AnyRoute, ok, sessionRoute } from "../http/route";
import { budgetReportTables } from "../report-tables/budget-report-tables";

const tag = "Rapportages";
const query = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const cell = z.object({ key: z.string(), count: z.number().int().nullable(), amountCents: z.number().int().nullable(), suppressed: z.boolean() });

async function build(deps: AppDeps, tx: Tx, tenantId: string, year: number) {
  const report = await budgetReportFor({ budgets: createBudgetsRepository(tx) }, tenantId, year);
  const platform = policyPlatformStats(await platformStats({ platform: createPlatformRepository(tx), cases: createCasesRepository(tx), now: deps.now }, tenantId));
  return { report, platform };
}

export const budgetReportRoutes: AnyRoute[] = [
  sessionRoute({
    method: "get",
    path: "/reports/budgets",
    tag,
    summary: "Spending per pot, purpose category and team, recovery rate, arrangement outcomes and days to vlot (cells under 5 suppressed)",
    permission: "budgets:report",
    query,
    responses: {
      200: {
        description: "Report",
        schema: z.object({
          year: z.number().int(),
          byPot: z.array(cell),
          byPurpose: z.array(cell).describe("Per purpose category (key: the category code, in the order of the fixed list)"),
          byTeam: z.array(cell),
          recovery: z.object({ preFinancedCents: z.number().int().nullable(), honouredCents: z.number().int().nullable(), rate: z.number().nullable(), suppressed: z.boolean() }),
          arrangements: z.array(cell),
          platform: z
            .object({ unstuck: z.number().int().nullable(), stillStuck: z.number().int().nullable(), overdue: z.number().int().nullable(), medianDays: z.number().nullable(), p90Days: z.number().nullable(), targetDays: z.number().int() })
            .describe("Counts of 1–4 are null; median and P90 are null when fewer than 5 cases came loose"),
        }),
      },
    },
    async handler({ deps, tx, tenantId, query: q }) {
      const { report, platform } = await build(deps, tx, tenantId, q.year);
      return ok({ year: q.year, ...report, platform });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/reports/budgets.csv",
    tag,
    summary: "The budget report as CSV (; and decimal comma)",
    permission: "budgets:report",
    query,
    responses: { 200: { description: "CSV file" } },
    async handler({ deps, tx, tenantId, query: q, c }) {
      const { report, platform } = await build(deps, tx, tenantId, q.year);
      return c.body(tablesToCsv(budgetReportTables(q.year, report, platform)), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="budgetten-${q.year}.csv"`,
      });
    },
  }),
  sessionRoute({
    method: "get",
    path: "/reports/budgets.xlsx",
    tag,
    summary: "The budget report as an Excel workbook",
    permission: "budgets:report",
    query,
    responses: { 200: { description: "Excel file" } },
    async handler({ deps, tx, tenantId, query: q, c }) {
      const { report, platform } = await build(deps, tx, tenantId, q.year);
      const buffer = await tablesToXlsx(budgetReportTables(q.year, report, platform));
      return c.body(new Uint8Array(buffer), 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="budgetten-${q.year}.xlsx"`,
      });
    },
  }),
];
