import type { Role } from "./roles";

/**
 * The one permission matrix: which role may do what. Every API route names exactly one
 * permission (or is public / needs only a session), and a test walks every route × role
 * against this table. Areas that later issues build already have their permission so the
 * navigation per role is right from the start.
 */
export const PERMISSION_MATRIX = {
  /** Manage users, teams and organisations of the own tenant. */
  "accounts:manage": ["beheerder"],
  /** Read and verify the audit log of the own tenant. */
  "audit:read": ["beheerder"],
  /** Register questions and triage them (Vragen). */
  "questions:use": ["sociaal_werker", "triagist"],
  /** See and tick off own and team tasks; the overdue list (Taken). */
  "tasks:use": ["sociaal_werker", "triagist", "ontschotter"],
  /** See a resident's BSN (needed to apply for provisions); everyone else sees only that one is known. */
  "bsn:view": ["sociaal_werker"],
  /** Work on cases, households and plans (Casussen). */
  "cases:use": ["sociaal_werker", "triagist", "ontschotter"],
  /** Request and decide flexible budget spending (Budgetten). */
  "budgets:use": ["sociaal_werker", "ontschotter"],
  /** Create budget pots and grant mandates. */
  "budgets:manage": ["beleidsadviseur", "beheerder"],
  /** Read the budget and platform reports (aggregates, counts below 5 suppressed). */
  "budgets:report": ["ontschotter", "beleidsadviseur", "controller"],
  /** Escalate stuck cases and run platform meetings (Casusplatform). */
  "platform:use": ["sociaal_werker", "ontschotter"],
  /** Review pseudonymised case packets (Panel). */
  "panel:review": ["panellid"],
  /** Draw review rounds and compose the panels. */
  "panel:manage": ["beleidsadviseur"],
  /** View the ex-post business case (Businesscase). */
  "businesscase:view": ["beleidsadviseur", "controller"],
  /** Build and run cost-benefit models (MKBA). */
  "mkba:use": ["beleidsadviseur"],
  /** View the price list (Prijslijst). */
  "pricelist:view": ["sociaal_werker", "triagist", "ontschotter", "beleidsadviseur", "controller", "beheerder"],
  /** Maintain the price list and its index series. */
  "pricelist:manage": ["beleidsadviseur", "beheerder"],
  /** Add measuring instruments (domains × levels). */
  "instruments:manage": ["beleidsadviseur", "beheerder"],
  /** Rename, retire and reactivate the tenant's success/failure factors and approaches (setting them on a case is cases:use). */
  "caselabels:manage": ["beleidsadviseur", "beheerder"],
  /** View contract KPIs and benchmarks (Monitor). */
  "monitor:view": ["beleidsadviseur", "controller"],
  /** Import benchmark statistics and maintain contracts. */
  "monitor:manage": ["beleidsadviseur"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_MATRIX;

export const PERMISSIONS = Object.keys(PERMISSION_MATRIX) as Permission[];

export const roleHasPermission = (role: Role, permission: Permission): boolean =>
  (PERMISSION_MATRIX[permission] as readonly Role[]).includes(role);

export const permissionsOf = (roles: readonly Role[]): Permission[] =>
  PERMISSIONS.filter((permission) => roles.some((role) => roleHasPermission(role, permission)));
