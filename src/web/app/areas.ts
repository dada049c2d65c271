import type { Permission } from "../../domain/access/permissions";

/**
 * The areas of the app, in menu order. Each area has a Dutch path (users see URLs), the one
 * permission that opens it, and a menu group. Labels and texts live in i18n under `areas.<key>`.
 */
export const AREAS = [
  { key: "questions", path: "/vragen", permission: "questions:use", group: "work" },
  { key: "tasks", path: "/taken", permission: "tasks:use", group: "work" },
  { key: "cases", path: "/casussen", permission: "cases:use", group: "work" },
  { key: "budgets", path: "/budgetten", permission: "budgets:use", group: "work" },
  { key: "casePlatform", path: "/casusplatform", permission: "platform:use", group: "work" },
  { key: "budgetReport", path: "/budgetrapportage", permission: "budgets:report", group: "work" },
  { key: "panel", path: "/panel", permission: "panel:review", group: "work" },
  { key: "panelRounds", path: "/beoordelingsrondes", permission: "panel:manage", group: "work" },
  { key: "businessCase", path: "/businesscase", permission: "businesscase:view", group: "work" },
  { key: "mkba", path: "/mkba", permission: "mkba:use", group: "work" },
  { key: "priceList", path: "/prijslijst", permission: "pricelist:view", group: "work" },
  { key: "monitor", path: "/monitor", permission: "monitor:view", group: "work" },
  { key: "users", path: "/beheer/gebruikers", permission: "accounts:manage", group: "admin" },
  { key: "teams", path: "/beheer/teams", permission: "accounts:manage", group: "admin" },
  { key: "organisations", path: "/beheer/organisaties", permission: "accounts:manage", group: "admin" },
  { key: "budgetAdmin", path: "/beheer/budgetten", permission: "budgets:manage", group: "admin" },
  { key: "instruments", path: "/beheer/instrumenten", permission: "instruments:manage", group: "admin" },
  { key: "caseLabels", path: "/beheer/factoren", permission: "caselabels:manage", group: "admin" },
  { key: "auditLog", path: "/beheer/auditlog", permission: "audit:read", group: "admin" },
] as const satisfies readonly {
  key: string;
  path: string;
  permission: Permission;
  group: "work" | "admin";
}[];

export type Area = (typeof AREAS)[number];
export type AreaKey = Area["key"];

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
