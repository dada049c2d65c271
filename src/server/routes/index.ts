import type { AnyRoute } from "../http/route";
import { auditRoutes } from "./audit";
import { authRoutes } from "./auth";
import { benchmarkRoutes } from "./benchmarks";
import { budgetReportRoutes } from "./budget-reports";
import { budgetRoutes } from "./budgets";
import { businessCaseRoutes } from "./businesscase";
import { businessCaseReportRoutes } from "./businesscase-report";
import { caseFactsRoutes } from "./case-facts";
import { caseRoutes } from "./cases";
import { contractRoutes } from "./contracts";
import { householdRoutes } from "./households";
import { modelReportRoutes } from "./model-report";
import { modelRoutes } from "./models";
import { monitorRoutes } from "./monitor";
import { monitorExportRoutes } from "./monitor-exports";
import { monitorReportRoutes } from "./monitor-report";
import { organisationRoutes } from "./organisations";
import { outcomeRoutes } from "./outcomes";
import { panelRoutes } from "./panel";
import { planRoutes } from "./plans";
import { platformRoutes } from "./platform";
import { priceRoutes } from "./prices";
import { questionRoutes } from "./questions";
import { registrationFigureRoutes } from "./registration-figures";
import { scenarioRoutes } from "./scenarios";
import { taskRoutes } from "./tasks";
import { userRoutes } from "./users";

/** Every API route; the OpenAPI document and the role-matrix test both walk this list. */
export const allRoutes: readonly AnyRoute[] = [
  ...authRoutes,
  ...userRoutes,
  ...organisationRoutes,
  ...auditRoutes,
  ...questionRoutes,
  ...taskRoutes,
  ...householdRoutes,
  ...caseRoutes,
  ...priceRoutes,
  ...planRoutes,
  ...outcomeRoutes,
  ...scenarioRoutes,
  ...budgetRoutes,
  ...platformRoutes,
  ...budgetReportRoutes,
  ...panelRoutes,
  ...businessCaseRoutes,
  ...modelRoutes,
  ...benchmarkRoutes,
  ...contractRoutes,
  ...monitorRoutes,
  ...monitorExportRoutes,
  ...caseFactsRoutes,
  ...businessCaseReportRoutes,
  ...modelReportRoutes,
  ...registrationFigureRoutes,
  ...monitorReportRoutes,
];
