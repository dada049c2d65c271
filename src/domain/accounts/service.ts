import { createHash, randomBytes } from "node:crypto";
import { permissionsOf } from "../access/permissions";

import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import type { CreateUser, Me, Organisation, Team, UpdateUser, User } from "./dto";
import { afterFailedLogin, isLocked } from "./lockout";
import type { AccountsRepository, PasswordHasher, UserRecord } from "./repository";
import { isSessionAlive, needsTouch, sessionExpiry } from "./session-policy";

export interface AccountsDeps {
  readonly accounts: AccountsRepository;
  readonly passwords: PasswordHasher;
  readonly now: () => Date;
}

/** Records who did what to whom; the server writes these to the audit log in the same transaction. */
export interface AuditSink {
  record(event: { action: string; subjectType: string; subjectId: string | null; purpose: string; details?: unknown }): void;
}

export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");
const newToken = (): string => randomBytes(32).toString("base64url");

export type LoginOutcome =
  | { readonly ok: true; readonly me: Me; readonly cookieToken: string; readonly csrfToken: string }
  | { readonly ok: false; readonly error: AppError };

const invalidCredentials = () => new AppError("invalid_credentials", "Gebruikersnaam of wachtwoord is onjuist.");

/**
 * Checks a password for a user already found in this tenant, counts failures, locks after repeated
 * failures and opens a session. Returns an outcome instead of throwing, so the failure counter and
 * the audit entry are committed even when the login is refused.
 */
export async function login(
  deps: AccountsDeps,
  audit: AuditSink,
  input: { tenantId: string; username: string; password: string },
): Promise<LoginOutcome> {
  const now = deps.now();
  const user = await deps.accounts.findUserByUsername(input.tenantId, input.username);
  if (!user?.active) {
    await deps.passwords.verify(DUMMY_HASH, input.password).catch(() => false);
    return { ok: false, error: invalidCredentials() };
  }
  if (isLocked(user.lockedUntil, now)) {
    audit.record({ action: "login_refused_locked", subjectType: "user", subjectId: user.id, purpose: "authenticatie" });
    return { ok: false, error: lockedError(user.lockedUntil!) };
  }
  const valid = await deps.passwords.verify(user.passwordHash, input.password);
  if (!valid) {
    const next = afterFailedLogin(user.failedLogins, now);
    await deps.accounts.updateUser(input.tenantId, user.id, null, next);
    audit.record({ action: "login_failed", subjectType: "user", subjectId: user.id, purpose: "authenticatie" });
    return { ok: false, error: next.lockedUntil ? lockedError(next.lockedUntil) : invalidCredentials() };
  }
  if (user.failedLogins > 0 || user.lockedUntil) {
    await deps.accounts.updateUser(input.tenantId, user.id, null, { failedLogins: 0, lockedUntil: null });
  }
  const cookieToken = newToken();
  const csrfToken = newToken();
  await deps.accounts.insertSession({
    tenantId: input.tenantId,
    tokenHash: hashToken(cookieToken),
    userId: user.id,
    csrfToken,
    // The app's clock, not the database's: idle time and expiry are both measured against deps.now().
    lastSeenAt: now,
    expiresAt: sessionExpiry(now),
  });
  audit.record({ action: "login", subjectType: "user", subjectId: user.id, purpose: "authenticatie" });
  return { ok: true, me: await meOf(deps, user), cookieToken, csrfToken };
}

const lockedError = (until: Date) =>
  new AppError("account_locked", "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.", {
    lockedUntil: until.toISOString(),
  });

/** An argon2id hash of a random string, verified against when the user does not exist (equal timing). */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$2/YKcDNTUZ7kirdjoLW8Gg$cHmk8xcbJe1UjBgAhGGC5f7zRgBFBMMZJ8A91L/UtqQ";

export interface ActiveSession {
  readonly me: Me;
  readonly csrfToken: string;
  readonly tokenHash: string;
}

/** Resolves a cookie token to a live session and its user; null when absent, expired or the user is inactive. */
export async function resolveSession(deps: AccountsDeps, tenantId: string, cookieToken: string): Promise<ActiveSession | null> {
  const tokenHash = hashToken(cookieToken);
  const session = await deps.accounts.findSession(tenantId, tokenHash);
  const now = deps.now();
  if (!session || !isSessionAlive(session, now)) {
    if (session) await deps.accounts.deleteSession(tenantId, tokenHash);
    return null;
  }
  const user = await deps.accounts.findUser(tenantId, session.userId);
  if (!user?.active) return null;
  if (needsTouch(session.lastSeenAt, now)) await deps.accounts.touchSession(tenantId, tokenHash, now);
  return { me: await meOf(deps, user), csrfToken: session.csrfToken, tokenHash };
}

export async function logout(deps: AccountsDeps, tenantId: string, tokenHash: string): Promise<void> {
  await deps.accounts.deleteSession(tenantId, tokenHash);
}

/** A user as the rest of the app sees the signed-in user: roles, permissions, teams and tenant. */
export async function meOf(deps: Pick<AccountsDeps, "accounts">, user: UserRecord): Promise<Me> {
  const tenant = await deps.accounts.tenant(user.tenantId);
  if (!tenant) throw notFound("Deze gemeente");
  const teams = (await deps.accounts.listTeams(user.tenantId)).filter((team) => user.teamIds.includes(team.id));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: [...user.roles],
    permissions: permissionsOf(user.roles),
    teams: teams.map((team) => ({ id: team.id, name: team.name })),
    tenant,
  };
}

export const toUser = (user: UserRecord, now: Date): User => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  email: user.email,
  roles: [...user.roles],
  teamIds: [...user.teamIds],
  active: user.active,
  locked: isLocked(user.lockedUntil, now),
  version: user.version,
});

export async function listUsers(deps: AccountsDeps, tenantId: string): Promise<User[]> {
  const now = deps.now();
  return (await deps.accounts.listUsers(tenantId)).map((user) => toUser(user, now));
}

async function assertTeamsExist(deps: AccountsDeps, tenantId: string, teamIds: readonly string[]): Promise<void> {
  const known = new Set((await deps.accounts.listTeams(tenantId)).map((team) => team.id));
  const issues = teamIds
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !known.has(id))
    .map(({ index }) => ({ path: `teamIds.${index}`, message: "Dit team bestaat niet" }));
  if (issues.length > 0) throw validationFailed(issues);
}

export async function createUser(deps: AccountsDeps, tenantId: string, input: CreateUser): Promise<User> {
  await assertTeamsExist(deps, tenantId, input.teamIds);
  if (await deps.accounts.findUserByUsername(tenantId, input.username)) {
    throw new AppError("conflict", "Deze gebruikersnaam is al in gebruik.", {
      issues: [{ path: "username", message: "Deze gebruikersnaam is al in gebruik" }],
    });
  }
  const user = await deps.accounts.insertUser(tenantId, {
    username: input.username,
    displayName: input.displayName,
    email: input.email,
    passwordHash: await deps.passwords.hash(input.password),
    roles: unique(input.roles),
    teamIds: unique(input.teamIds),
  });
  return toUser(user, deps.now());
}

/**
 * Changes a user. An administrator cannot take away their own beheerder role or deactivate
 * themselves: that would leave a tenant without anyone who can repair it.
 */
export async function updateUser(deps: AccountsDeps, tenantId: string, actorId: string, userId: string, input: UpdateUser): Promise<User> {
  const current = await deps.accounts.findUser(tenantId, userId);
  if (!current) throw notFound("Deze gebruiker");
  if (input.teamIds) await assertTeamsExist(deps, tenantId, input.teamIds);
  if (userId === actorId) {
    const issues = [];
    if (input.roles && !input.roles.includes("beheerder")) issues.push({ path: "roles", message: "U kunt uw eigen beheerdersrol niet intrekken" });
    if (input.active === false) issues.push({ path: "active", message: "U kunt uzelf niet deactiveren" });
    if (issues.length > 0) throw validationFailed(issues);
  }
  const updated = await deps.accounts.updateUser(tenantId, userId, input.version, {
    displayName: input.displayName,
    email: input.email,
    roles: input.roles ? unique(input.roles) : undefined,
    teamIds: input.teamIds ? unique(input.teamIds) : undefined,
    active: input.active,
  });
  if (!updated) throw versionConflict();
  if (input.active === false || input.roles) await deps.accounts.deleteSessionsOfUser(tenantId, userId);
  return toUser(updated, deps.now());
}

export async function setPassword(deps: AccountsDeps, tenantId: string, userId: string, password: string): Promise<void> {
  const current = await deps.accounts.findUser(tenantId, userId);
  if (!current) throw notFound("Deze gebruiker");
  await deps.accounts.updateUser(tenantId, userId, null, { passwordHash: await deps.passwords.hash(password), failedLogins: 0, lockedUntil: null });
  await deps.accounts.deleteSessionsOfUser(tenantId, userId);
}

export async function unlockUser(deps: AccountsDeps, tenantId: string, userId: string): Promise<User> {
  const updated = await deps.accounts.updateUser(tenantId, userId, null, { failedLogins: 0, lockedUntil: null });
  if (!updated) throw notFound("Deze gebruiker");
  return toUser(updated, deps.now());
}

export async function createOrganisation(deps: AccountsDeps, tenantId: string, name: string): Promise<Organisation> {
  const existing = await deps.accounts.listOrganisations(tenantId);
  if (existing.some((org) => org.name.toLowerCase() === name.toLowerCase())) throw nameTaken();
  return deps.accounts.insertOrganisation(tenantId, name);
}

export async function renameOrganisation(deps: AccountsDeps, tenantId: string, id: string, version: number, name: string): Promise<Organisation> {
  if (!(await deps.accounts.findOrganisation(tenantId, id))) throw notFound("Deze organisatie");
  const existing = await deps.accounts.listOrganisations(tenantId);
  if (existing.some((org) => org.id !== id && org.name.toLowerCase() === name.toLowerCase())) throw nameTaken();
  const updated = await deps.accounts.updateOrganisation(tenantId, id, version, name);
  if (!updated) throw versionConflict();
  return updated;
}

export async function createTeam(deps: AccountsDeps, tenantId: string, organisationId: string, name: string): Promise<Team> {
  if (!(await deps.accounts.findOrganisation(tenantId, organisationId))) {
    throw validationFailed([{ path: "organisationId", message: "Deze organisatie bestaat niet" }]);
  }
  const existing = await deps.accounts.listTeams(tenantId);
  if (existing.some((team) => team.organisationId === organisationId && team.name.toLowerCase() === name.toLowerCase())) throw nameTaken();
  return deps.accounts.insertTeam(tenantId, organisationId, name);
}

export async function renameTeam(deps: AccountsDeps, tenantId: string, id: string, version: number, name: string): Promise<Team> {
  const team = await deps.accounts.findTeam(tenantId, id);
  if (!team) throw notFound("Dit team");
  const existing = await deps.accounts.listTeams(tenantId);
  if (existing.some((t) => t.id !== id && t.organisationId === team.organisationId && t.name.toLowerCase() === name.toLowerCase())) throw nameTaken();
  const updated = await deps.accounts.updateTeam(tenantId, id, version, name);
  if (!updated) throw versionConflict();
  return updated;
}

const nameTaken = () =>
  new AppError("conflict", "Deze naam is al in gebruik.", { issues: [{ path: "name", message: "Deze naam is al in gebruik" }] });

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];


/**
 * Colleagues a case can be handed to: active users who share a team with me (all active users of the tenant for
 * the triagist and the ontschotter, who work across teams). Names only — no e-mail, no roles.
 */
export async function colleagues(deps: AccountsDeps, tenantId: string, me: Me): Promise<{ id: string; displayName: string; teamIds: string[] }[]> {
  const acrossTeams = me.roles.includes("triagist") || me.roles.includes("ontschotter");
  const myTeams = new Set(me.teams.map((t) => t.id));
  return (await deps.accounts.listUsers(tenantId))
    .filter((u) => u.active && (acrossTeams || u.teamIds.some((t) => myTeams.has(t))))
    .filter((u) => u.roles.some((r) => r === "sociaal_werker" || r === "triagist" || r === "ontschotter"))
    .map((u) => ({ id: u.id, displayName: u.displayName, teamIds: [...u.teamIds] }));
}
