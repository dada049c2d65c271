import type { Role } from "../domain/access/roles";

/** The fictional demo municipality. */
export const DEMO_TENANT_SLUG = "voorbeeld";
export const DEMO_TENANT_NAME = "Gemeente Voorbeeld";
/** Shown on the login page and in the console, in demo mode only. Never use a demo install for real data. */
export const DEMO_PASSWORD = "Voorbeeld-demo-2026";

export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly team: "Wijkteam Noord" | "Wijkteam Zuid" | "Toegang" | null;
}

/** One user per role; the names are fictional. */
export const demoAccounts: readonly DemoAccount[] = [
  { username: "sociaal_werker", displayName: "Sanne de Vries", role: "sociaal_werker", team: "Wijkteam Noord" },
  { username: "triagist", displayName: "Thijs Bakker", role: "triagist", team: "Toegang" },
  { username: "ontschotter", displayName: "Olga Jansen", role: "ontschotter", team: "Wijkteam Zuid" },
  { username: "panellid", displayName: "Pieter Visser", role: "panellid", team: null },
  { username: "beleidsadviseur", displayName: "Bram Smit", role: "beleidsadviseur", team: null },
  { username: "controller", displayName: "Carla Mulder", role: "controller", team: null },
  { username: "beheerder", displayName: "Bea Meijer", role: "beheerder", team: null },
];
