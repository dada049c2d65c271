import { z } from "zod";
import { PERMISSIONS } from "../access/permissions";
import { ROLES } from "../access/roles";

/**
 * Wire shapes of the accounts area (tenants, organisations, teams, users, sessions).
 * The server validates with these schemas and generates OpenAPI from them; the web app
 * imports only their types.
 */

export const roleSchema = z.enum(ROLES);
export const permissionSchema = z.enum(PERMISSIONS as [string, ...string[]]);

const uuid = z.uuid();

export const usernameSchema = z
  .string()
  .trim()
  .min(3, "Gebruikersnaam moet minstens 3 tekens hebben")
  .max(64, "Gebruikersnaam mag hoogstens 64 tekens hebben")
  .regex(/^[a-z0-9._@-]+$/, "Gebruik alleen kleine letters, cijfers en . _ @ -");

/** At least 12 characters (BIO / NCSC guidance favours length over composition rules). */
export const passwordSchema = z
  .string()
  .min(12, "Wachtwoord moet minstens 12 tekens hebben")
  .max(256, "Wachtwoord mag hoogstens 256 tekens hebben");

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, "Vul uw gebruikersnaam in").max(64),
  password: z.string().min(1, "Vul uw wachtwoord in").max(256),
  tenant: z.string().trim().max(64).optional().describe("Tenant slug; only needed when the username exists in several tenants"),
});

export const tenantSummarySchema = z.object({
  id: uuid,
  name: z.string(),
  slug: z.string(),
  kind: z.enum(["municipality", "collaboration"]),
});

export const teamRefSchema = z.object({ id: uuid, name: z.string() });

export const meSchema = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  permissions: z.array(permissionSchema),
  teams: z.array(teamRefSchema),
  tenant: tenantSummarySchema,
});

export const sessionResponseSchema = z.object({
  user: meSchema,
  csrfToken: z.string(),
});

export const demoInfoSchema = z.object({
  enabled: z.boolean(),
  tenant: z.string().optional(),
  accounts: z.array(z.object({ username: z.string(), password: z.string(), role: roleSchema })).optional(),
});

export const userSchema = z.object({
  id: uuid,
  username: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
  teamIds: z.array(uuid),
  active: z.boolean(),
  locked: z.boolean(),
  version: z.number().int(),
});

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1, "Vul een naam in").max(120),
  email: z.email("Vul een geldig e-mailadres in").max(200),
  password: passwordSchema,
  roles: z.array(roleSchema).min(1, "Kies minstens één rol"),
  teamIds: z.array(uuid).default([]),
});

export const updateUserSchema = z.object({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1, "Vul een naam in").max(120).optional(),
  email: z.email("Vul een geldig e-mailadres in").max(200).optional(),
  roles: z.array(roleSchema).min(1, "Kies minstens één rol").optional(),
  teamIds: z.array(uuid).optional(),
  active: z.boolean().optional(),
});

export const setPasswordSchema = z.object({ password: passwordSchema });

export const organisationSchema = z.object({ id: uuid, name: z.string(), version: z.number().int() });
export const createOrganisationSchema = z.object({ name: z.string().trim().min(1, "Vul een naam in").max(120) });
export const updateOrganisationSchema = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1, "Vul een naam in").max(120),
});

export const teamSchema = z.object({
  id: uuid,
  name: z.string(),
  organisationId: uuid,
  organisationName: z.string(),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export const createTeamSchema = z.object({
  name: z.string().trim().min(1, "Vul een naam in").max(120),
  organisationId: uuid,
});
export const updateTeamSchema = z.object({
  version: z.number().int().min(1),
  name: z.string().trim().min(1, "Vul een naam in").max(120),
});

export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type TenantSummary = z.infer<typeof tenantSummarySchema>;
export type Me = z.infer<typeof meSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type DemoInfo = z.infer<typeof demoInfoSchema>;
export type User = z.infer<typeof userSchema>;
export type CreateUser = z.infer<typeof createUserSchema>;
export type UpdateUser = z.infer<typeof updateUserSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Team = z.infer<typeof teamSchema>;
