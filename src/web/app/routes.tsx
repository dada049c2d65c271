import { lazy, type ReactNode, Suspense } from "react";
import type { Permission } from "../../domain/access/permissions";
import { AuditLogPage } from "../admin/audit/AuditLogPage";
import { OrganisationsPage } from "../admin/organisations/OrganisationsPage";
import { TeamsPage } from "../admin/teams/TeamsPage";
import { UserCreatePage } from "../admin/users/UserCreatePage";
import { UserEditPage } from "../admin/users/UserEditPage";
import { UsersPage } from "../admin/users/UsersPage";
import { COMPARE_PATH, MKBA_PATH } from "../mkba/paths";
import { BudgetAdminPage } from "../budgets/BudgetAdminPage";
import { BudgetReportPage } from "../budgets/BudgetReportPage";
import { BudgetsPage } from "../budgets/BudgetsPage";
import { BUDGET_ADMIN_PATH, BUDGET_REPORT_PATH, BUDGETS_PATH, NEW_REQUEST_PATH } from "../budgets/paths";
import { PotPage } from "../budgets/PotPage";
import { RequestCreatePage } from "../budgets/RequestCreatePage";
import { RequestPage } from "../budgets/RequestPage";
import { BusinessCasePage } from "../businesscase/BusinessCasePage";
import { CaseLabelsPage } from "../businesscase/labels/CaseLabelsPage";
import { BUSINESS_CASE_PATH } from "../businesscase/paths";
import { PanelPage } from "../panel/PanelPage";
import { PANEL_PATH, RELEASE_PATH, ROUNDS_PATH } from "../panel/paths";
import { ReleasePage } from "../panel/ReleasePage";
import { ReviewItemPage } from "../panel/ReviewItemPage";
import { RoundPage } from "../panel/RoundPage";
import { RoundsPage } from "../panel/RoundsPage";
import { CaseOpenPage } from "../cases/CaseOpenPage";
import { CasePage } from "../cases/CasePage";
import { CasesPage } from "../cases/CasesPage";
import { CASES_PATH, NEW_CASE_PATH } from "../cases/paths";
import { HomePage } from "../home/HomePage";
import { HouseholdPage } from "../households/HouseholdPage";
import { InstrumentsPage } from "../instruments/InstrumentsPage";
import { BenchmarksPage } from "../monitor/BenchmarksPage";
import { ContractsPage } from "../monitor/ContractsPage";
import { FrontToBackPage } from "../monitor/FrontToBackPage";
import { monitorPath } from "../monitor/monitor-values";
import { TrajectoriesPage } from "../monitor/TrajectoriesPage";
import { EscalatePage } from "../platform/EscalatePage";
import { EscalationPage } from "../platform/EscalationPage";
import { ESCALATE_PATH, PLATFORM_PATH } from "../platform/paths";
import { PlatformPage } from "../platform/PlatformPage";
import { PricesPage } from "../prices/PricesPage";
import { PRICE_LIST_PATH } from "../prices/price-values";
import { QuestionCreatePage } from "../questions/QuestionCreatePage";
import { QuestionPage } from "../questions/QuestionPage";
import { QuestionsPage } from "../questions/QuestionsPage";
import { NEW_QUESTION_PATH, QUESTIONS_PATH } from "../questions/paths";
import { TASKS_PATH } from "../tasks/task-filter";
import { TasksPage } from "../tasks/TasksPage";
import { matchRoute, type RouteParams } from "../router/match-route";
import { LoadingState } from "../ui/LoadingState";
import { HOME_PATH } from "./areas";

// The MKBA studio brings the engine (and zod) to the browser: its own chunks, loaded on first visit, keep the
// first load small.
const MkbaLibraryPage = lazy(() => import("../mkba/MkbaLibraryPage").then((m) => ({ default: m.MkbaLibraryPage })));
const ModelStudioPage = lazy(() => import("../mkba/ModelStudioPage").then((m) => ({ default: m.ModelStudioPage })));
const ComparePage = lazy(() => import("../mkba/ComparePage").then((m) => ({ default: m.ComparePage })));
const lazyPage = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

export interface RouteDefinition {
  path: string;
  /** Without a permission, any logged-in user may open the page. */
  permission?: Permission;
  render: (params: RouteParams) => ReactNode;
}

/** The pages behind the login, first match wins (so `/nieuw` comes before `/:id`). */
export const ROUTES: readonly RouteDefinition[] = [
  { path: HOME_PATH, render: () => <HomePage /> },
  { path: QUESTIONS_PATH, permission: "questions:use", render: () => <QuestionsPage /> },
  { path: NEW_QUESTION_PATH, permission: "questions:use", render: () => <QuestionCreatePage /> },
  {
    path: `${QUESTIONS_PATH}/:id`,
    permission: "questions:use",
    render: ({ id = "" }) => <QuestionPage key={id} id={id} />,
  },
  { path: TASKS_PATH, permission: "tasks:use", render: () => <TasksPage /> },
  { path: CASES_PATH, permission: "cases:use", render: () => <CasesPage /> },
  { path: NEW_CASE_PATH, permission: "cases:use", render: () => <CaseOpenPage /> },
  {
    path: `${CASES_PATH}/huishoudens/:id`,
    permission: "cases:use",
    render: ({ id = "" }) => <HouseholdPage key={id} id={id} />,
  },
  { path: `${CASES_PATH}/:id`, permission: "cases:use", render: ({ id = "" }) => <CasePage key={id} id={id} /> },
  { path: PRICE_LIST_PATH, permission: "pricelist:view", render: () => <PricesPage /> },
  { path: monitorPath("contracts"), permission: "monitor:view", render: () => <ContractsPage /> },
  { path: monitorPath("trajectories"), permission: "monitor:view", render: () => <TrajectoriesPage /> },
  { path: monitorPath("benchmarks"), permission: "monitor:view", render: () => <BenchmarksPage /> },
  { path: monitorPath("frontToBack"), permission: "monitor:view", render: () => <FrontToBackPage /> },
  { path: BUDGETS_PATH, permission: "budgets:use", render: () => <BudgetsPage /> },
  { path: NEW_REQUEST_PATH, permission: "budgets:use", render: () => <RequestCreatePage /> },
  { path: `${BUDGETS_PATH}/potten/:id`, permission: "budgets:use", render: ({ id = "" }) => <PotPage key={id} id={id} /> },
  { path: `${BUDGETS_PATH}/verzoeken/:id`, permission: "budgets:use", render: ({ id = "" }) => <RequestPage key={id} id={id} /> },
  { path: BUDGET_REPORT_PATH, permission: "budgets:report", render: () => <BudgetReportPage /> },
  { path: BUDGET_ADMIN_PATH, permission: "budgets:manage", render: () => <BudgetAdminPage /> },
  { path: PLATFORM_PATH, permission: "platform:use", render: () => <PlatformPage /> },
  { path: ESCALATE_PATH, permission: "platform:use", render: () => <EscalatePage /> },
  { path: `${PLATFORM_PATH}/:id`, permission: "platform:use", render: ({ id = "" }) => <EscalationPage key={id} id={id} /> },
  { path: PANEL_PATH, permission: "panel:review", render: () => <PanelPage /> },
  {
    path: `${PANEL_PATH}/:roundId/:caseId`,
    permission: "panel:review",
    render: ({ roundId = "", caseId = "" }) => <ReviewItemPage key={`${roundId}/${caseId}`} roundId={roundId} caseId={caseId} />,
  },
  { path: ROUNDS_PATH, permission: "panel:manage", render: () => <RoundsPage /> },
  { path: `${ROUNDS_PATH}/:id`, permission: "panel:manage", render: ({ id = "" }) => <RoundPage key={id} id={id} /> },
  { path: RELEASE_PATH, permission: "cases:use", render: () => <ReleasePage /> },
  { path: BUSINESS_CASE_PATH, permission: "businesscase:view", render: () => <BusinessCasePage /> },
  { path: MKBA_PATH, permission: "mkba:use", render: () => lazyPage(<MkbaLibraryPage />) },
  { path: COMPARE_PATH, permission: "mkba:use", render: () => lazyPage(<ComparePage />) },
  { path: `${MKBA_PATH}/:id`, permission: "mkba:use", render: ({ id = "" }) => lazyPage(<ModelStudioPage key={id} id={id} />) },
  { path: "/beheer/gebruikers", permission: "accounts:manage", render: () => <UsersPage /> },
  { path: "/beheer/gebruikers/nieuw", permission: "accounts:manage", render: () => <UserCreatePage /> },
  {
    path: "/beheer/gebruikers/:id",
    permission: "accounts:manage",
    render: ({ id = "" }) => <UserEditPage key={id} id={id} />,
  },
  { path: "/beheer/teams", permission: "accounts:manage", render: () => <TeamsPage /> },
  { path: "/beheer/organisaties", permission: "accounts:manage", render: () => <OrganisationsPage /> },
  { path: "/beheer/instrumenten", permission: "instruments:manage", render: () => <InstrumentsPage /> },
  { path: "/beheer/factoren", permission: "caselabels:manage", render: () => <CaseLabelsPage /> },
  { path: "/beheer/auditlog", permission: "audit:read", render: () => <AuditLogPage /> },
];

export type ResolvedRoute =
  | { kind: "page"; route: RouteDefinition; params: RouteParams }
  | { kind: "forbidden" }
  | { kind: "notFound" };

/** Which page a path shows for a user with these permissions. */
export const resolveRoute = (
  pathname: string,
  permissions: readonly string[],
  routes: readonly RouteDefinition[] = ROUTES,
): ResolvedRoute => {
  for (const route of routes) {
    const params = matchRoute(route.path, pathname);
    if (!params) continue;
    if (route.permission && !permissions.includes(route.permission)) return { kind: "forbidden" };
    return { kind: "page", route, params };
  }
  return { kind: "notFound" };
};
