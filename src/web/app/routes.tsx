import { lazy, type ReactNode, Suspense } from "react";
import type { Permission } from "../../domain/access/permissions";
import { AuditLogPage } from "../admin/audit/AuditLogPage";
import { OrganisationsPage } from "../admin/organisations/OrganisationsPage";
import { TeamsPage } from "../admin/teams/TeamsPage";
import { UserCreatePage } from "../admin/users/UserCreatePage";
import { UserEditPage } from "../admin/users/UserEditPage";
import { UsersPage } from "../admin/users/UsersPage";
import { COMPARE_PATH, MKBA_PATH } from "../mkba/paths";
import { PlaceholderPage } from "../areas/PlaceholderPage";
import { CaseOpenPage } from "../cases/CaseOpenPage";
import { CasePage } from "../cases/CasePage";
import { CasesPage } from "../cases/CasesPage";
import { CASES_PATH, NEW_CASE_PATH } from "../cases/paths";
import { HomePage } from "../home/HomePage";
import { HouseholdPage } from "../households/HouseholdPage";
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
import { AREAS, HOME_PATH } from "./areas";

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
  { path: MKBA_PATH, permission: "mkba:use", render: () => lazyPage(<MkbaLibraryPage />) },
  { path: COMPARE_PATH, permission: "mkba:use", render: () => lazyPage(<ComparePage />) },
  { path: `${MKBA_PATH}/:id`, permission: "mkba:use", render: ({ id = "" }) => lazyPage(<ModelStudioPage key={id} id={id} />) },
  ...AREAS.flatMap((area) =>
    area.page === "placeholder"
      ? [{ path: area.path, permission: area.permission, render: () => <PlaceholderPage area={area.key} /> }]
      : [],
  ),
  { path: "/beheer/gebruikers", permission: "accounts:manage", render: () => <UsersPage /> },
  { path: "/beheer/gebruikers/nieuw", permission: "accounts:manage", render: () => <UserCreatePage /> },
  {
    path: "/beheer/gebruikers/:id",
    permission: "accounts:manage",
    render: ({ id = "" }) => <UserEditPage key={id} id={id} />,
  },
  { path: "/beheer/teams", permission: "accounts:manage", render: () => <TeamsPage /> },
  { path: "/beheer/organisaties", permission: "accounts:manage", render: () => <OrganisationsPage /> },
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
