import { z } from "zod";
import { createModelsRepository } from "../../db/repositories/models";
import { dutchToday } from "../../domain/calendar";
import { AppError } from "../../domain/errors";
import { getModel } from "../../domain/models/service";
import { evaluateModel, parseModel } from "../../engine/index";
import { type AnyRoute, sessionRoute } from "../http/route";
import { modelReport } from "../report-tables/model-report";
import { FORMAT_DESCRIPTION, reportDownload } from "./report-download";

/** Draws and seed when a model has uncertainty but no Monte Carlo settings: fixed, so the report is reproducible. */
const REPORT_MONTE_CARLO = { draws: 10_000, seed: 1 } as const;
const formats = ["pdf", "xlsx"] as const;

/**
 * The report of one MKBA model version as PDF and Excel (issue 7, item 5): the model, its method notes and the
 * engine's results. Models hold no personal data, so like the other model routes these write no audit entries.
 */
export const modelReportRoutes: AnyRoute[] = formats.map((format) =>
  sessionRoute({
    method: "get",
    path: `/models/:id/report.${format}`,
    tag: "MKBA",
    summary: `A model's report with method notes and results (${format === "pdf" ? "PDF with charts" : "Excel workbook"}); the current version or ?version=N`,
    permission: "mkba:use",
    params: z.object({ id: z.uuid() }),
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
    responses: { 200: { description: FORMAT_DESCRIPTION[format] }, 404: { description: "No such model or version" } },
    async handler({ deps, tx, tenantId, session, params, query, c }) {
      const detail = await getModel(createModelsRepository(tx), tenantId, params.id, query.version);
      const parsed = parseModel(detail.document);
      if (!parsed.model) throw new AppError("validation_failed", "Deze versie van het model is niet geldig en kan niet worden doorgerekend.", { findings: parsed.findings });
      const hasUncertainty = Object.values(parsed.model.parameters).some((p) => p.uncertainty !== undefined);
      const defaultMonteCarlo = !parsed.model.monteCarlo && hasUncertainty;
      const model = defaultMonteCarlo ? { ...parsed.model, monteCarlo: REPORT_MONTE_CARLO } : parsed.model;
      const evaluation = evaluateModel(model);
      const version = query.version ?? detail.currentVersion;
      const doc = modelReport(model, evaluation.result, {
        tenantName: session.me.tenant.name,
        version,
        versionLabel: detail.versions.find((v) => v.version === version)?.label ?? "",
        today: dutchToday(deps.now()),
        defaultMonteCarlo,
        findings: [...parsed.findings, ...evaluation.findings],
      });
      return reportDownload(c, doc, format, `${detail.name}-v${version}`);
    },
  }),
);
