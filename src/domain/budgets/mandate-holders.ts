import { type Permission, roleHasPermission } from "../access/permissions";
import { isRole } from "../access/roles";

/**
 * The permission a mandate holder needs (access/permissions.ts): deciding on spending goes through the
 * routes that require it, so a mandate for anyone without it could never be used — or worse, would be
 * used the day their role changes. Issue 5: "only mandate holders can approve, only within their limit".
 */
export const MANDATE_PERMISSION: Permission = "budgets:use";

/** A user as the mandate rule reads them: their roles and whether their account is active. */
export interface MandateHolder {
  readonly roles: readonly string[];
  readonly active: boolean;
}

/** True when one of the roles carries the permission to decide on spending. */
export const rolesMayDecide = (roles: readonly string[]): boolean => roles.some((role) => isRole(role) && roleHasPermission(role, MANDATE_PERMISSION));

/**
 * Why this user cannot be given a mandate, as the Dutch message shown at the `userId` field, or null
 * when they can: they must exist, be active, and have a role that may decide on spending.
 */
export function mandateRefusal(user: MandateHolder | null): string | null {
  if (!user) return "Deze medewerker bestaat niet.";
  if (!user.active) return "Deze medewerker is niet actief en kan geen mandaat krijgen.";
  if (!rolesMayDecide(user.roles)) return "Deze medewerker heeft geen rol die over budgetuitgaven mag besluiten en kan geen mandaat krijgen.";
  return null;
}
