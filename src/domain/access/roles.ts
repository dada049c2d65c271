/**
 * The roles of Baatwijzer (issue 2). Role names are Dutch because they are what administrators
 * type and see; they are stable identifiers in the database and API.
 */
export const ROLES = [
  "sociaal_werker",
  "triagist",
  "ontschotter",
  "panellid",
  "beleidsadviseur",
  "controller",
  "beheerder",
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
