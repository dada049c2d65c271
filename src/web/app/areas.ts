import type { Permission } from "../../domain/access/permissions";

/**
 * The areas of the app, in menu order. Each area has a Dutch path (users see URLs), the one
 * permission that opens it, a menu group, and whether it has its own pages yet or still the
 * placeholder ("In ontwikkeling"). Labels and texts live in i18n under `areas.<key>`.
 */
export const AREAS = [
  { key: "questions", path: "/vragen", permission: "questions:use", group: "work", page: "own" },
  { key: "tasks", path: "/taken", permission: "tasks:use", group: "work", page: "own" },
  { key: "cases", path: "/casussen", permission: "cases:use", group: "work", page: "own" },
  { key: "budgets", path: "/budgetten", permission: "budgets:use", group: "work", page: "own" },
  { key: "casePlatform", path: "/casusplatform", permission: "platform:use", group: "work", page: "own" },
  { key: "budgetReport", path: "/budgetrapportage", permission: "budgets:report", group: "work", page: "own" },
  { key: "panel", path: "/panel", permission: "panel:review", group: "work", page: "own" },
  { key: "panelRounds", path: "/beoordelingsrondes", permission: "panel:manage", group: "work", page: "own" },
  { key: "businessCase", path: "/businesscase", permission: "businesscase:view", group: "work", page: "own" },
  { key: "mkba", path: "/mkba", permission: "mkba:use", group: "work", page: "own" },
  { key: "priceList", path: "/prijslijst", permission: "pricelist:view", group: "work", page: "own" },
  { key: "monitor", path: "/monitor", permission: "monitor:view", group: "work", page: "own" },
  { key: "users", path: "/beheer/gebruikers", permission: "accounts:manage", group: "admin", page: "own" },
  { key: "teams", path: "/beheer/teams", permission: "accounts:manage", group: "admin", page: "own" },
  { key: "organisations", path: "/beheer/organisaties", permission: "accounts:manage", group: "admin", page: "own" },
  { key: "budgetAdmin", path: "/beheer/budgetten", permission: "budgets:manage", group: "admin", page: "own" },
  { key: "instruments", path: "/beheer/instrumenten", permission: "instruments:manage", group: "admin", page: "own" },
  { key: "auditLog", path: "/beheer/auditlog", permission: "audit:read", group: "admin", page: "own" },
] as const satisfies readonly {
  key: string;
  path: string;
  permission: Permission;
  group: "work" | "admin";
  page: "own" | "placeholder";
}[];

export type Area = (typeof AREAS)[number];
export type AreaKey = Area["key"];
/** The areas that a later issue builds; until then they show the placeholder page. */
export type PlaceholderArea = Extract<Area, { page: "placeholder" }>;
export type PlaceholderAreaKey = PlaceholderArea["key"];

export const HOME_PATH = "/";
export const LOGIN_PATH = "/login";

/** The areas a user with these permissions may open, in menu order. */
export const areasFor = (permissions: readonly string[]): Area[] =>
  AREAS.filter((area) => permissions.includes(area.permission));

/** The menu of a user: the work areas, then the administration group ("Beheer"). */
export const navigationFor = (permissions: readonly string[]): { work: Area[]; admin: Area[] } => {
  const areas = areasFor(permissions);
  return { work: areas.filter((area) => area.group === "work"), admin: areas.filter((area) => area.group === "admin") };
};

/** The area a path belongs to (its own page or a page below it), for the menu's "current" mark. */
export const areaOfPath = (pathname: string): Area | undefined =>
  AREAS.find((area) => pathname === area.path || pathname.startsWith(`${area.path}/`));
