import { createAccountsRepository } from "../../db/repositories/accounts";
import { createBusinessCaseRepository } from "../../db/repositories/businesscase";
import { dutchToday } from "../../domain/calendar";
import { businessCaseQuerySchema } from "../../domain/businesscase/dto";
import { exPostFromRegistration } from "../../domain/businesscase/service";
import { type AnyRoute, sessionRoute } from "../http/route";
import { businessCaseReport } from "../report-tables/businesscase-report";
import { FORMAT_DESCRIPTION, reportDownload } from "./report-download";

const formats = ["pdf", "xlsx", "csv"] as const;

/**
 * The council report of the ex-post business case as PDF and Excel: the same query, permission and computation as
 * GET /businesscase (the service is called, not copied), so the files carry exactly the JSON's figures.
 */
export const businessCaseReportRoutes: AnyRoute[] = formats.map((format) =>
  sessionRoute({
    method: "get",
    path: `/businesscase/report.${format}`,
    tag: "Businesscase",
    summary: `The ex-post business case as a council report (${format === "pdf" ? "PDF with charts" : format === "xlsx" ? "Excel workbook" : "CSV"}); same query as GET /businesscase, counts below 5 suppressed`,
    permission: "businesscase:view",
    query: businessCaseQuerySchema,
    responses: { 200: { description: FORMAT_DESCRIPTION[format] }, 400: { description: "Invalid query, or fewer than 5 closed cases in the selection" } },
    audit: { action: "export", subjectType: "businesscase_report", purpose: "verantwoording aan college en gemeenteraad" },
    async handler({ deps, tx, tenantId, session, query, c }) {
      const result = await exPostFromRegistration(createBusinessCaseRepository(tx), tenantId, query);
      const team = query.teamId ? await createAccountsRepository(tx).findTeam(tenantId, query.teamId) : null;
      const doc = businessCaseReport(result, query, { tenantName: session.me.tenant.name, teamName: team?.name ?? null, today: dutchToday(deps.now()) });
      return reportDownload(c, doc, format, `businesscase-${query.closedFrom}-${query.closedTo}`);
    },
  }),
);
