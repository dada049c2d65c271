import { createAccountsRepository } from "../../db/repositories/accounts";
import { createAuditRepository } from "../../db/repositories/audit";
import { createLoginDirectory } from "../../db/repositories/login-directory";
import { withSystem, withTenant } from "../../db/tenant-context";
import { demoInfoSchema, loginRequestSchema, sessionResponseSchema } from "../../domain/accounts/dto";
import { login, logout } from "../../domain/accounts/service";
import type { AuditEvent } from "../../domain/audit/repository";
import { AppError } from "../../domain/errors";
import { DEMO_PASSWORD, DEMO_TENANT_SLUG, demoAccounts } from "../../demo/accounts";
import { clearSessionCookie, writeSessionCookie } from "../auth/session-cookie";
import { type AnyRoute, noContent, ok, publicRoute, sessionRoute } from "../http/route";

const tag = "Authenticatie";

export const authRoutes: AnyRoute[] = [
  publicRoute({
    method: "post",
    path: "/auth/login",
    tag,
    summary: "Log in with username and password; sets an http-only session cookie",
    body: loginRequestSchema,
    responses: {
      200: { description: "Logged in", schema: sessionResponseSchema },
      401: { description: "Wrong username or password" },
      423: { description: "Account temporarily locked" },
    },
    async handler({ body, deps, c }) {
      const candidates = await withSystem(deps.database.db, (tx) => createLoginDirectory(tx).usersNamed(body.username));
      const matching = body.tenant ? candidates.filter((candidate) => candidate.tenantSlug === body.tenant) : candidates;
      if (matching.length > 1) {
        throw new AppError("tenant_required", "Deze gebruikersnaam bestaat bij meerdere organisaties. Geef ook de gemeente op.", {
          tenants: matching.map((m) => m.tenantSlug),
        });
      }
      const candidate = matching[0];
      if (!candidate) {
        await deps.passwords.verify(UNKNOWN_USER_HASH, body.password).catch(() => false);
        throw new AppError("invalid_credentials", "Gebruikersnaam of wachtwoord is onjuist.");
      }
      const outcome = await withTenant(deps.database.db, candidate.tenantId, async (tx) => {
        const events: AuditEvent[] = [];
        const result = await login(
          { accounts: createAccountsRepository(tx), passwords: deps.passwords, now: deps.now },
          { record: (event) => events.push({ actorUserId: candidate.userId, actorName: null, onBehalfOf: null, details: {}, ...event }) },
          { tenantId: candidate.tenantId, username: body.username, password: body.password },
        );
        await createAuditRepository(tx).append(candidate.tenantId, events);
        return result;
      });
      if (!outcome.ok) throw outcome.error;
      writeSessionCookie(c, candidate.tenantId, outcome.cookieToken, deps.secureCookies);
      return ok({ user: outcome.me, csrfToken: outcome.csrfToken });
    },
    csrf: false,
  }),
  sessionRoute({
    method: "post",
    path: "/auth/logout",
    tag,
    summary: "End the current session",
    permission: null,
    responses: { 204: { description: "Logged out" } },
    async handler({ deps, tx, tenantId, session, c, audit }) {
      await logout({ accounts: createAccountsRepository(tx), passwords: deps.passwords, now: deps.now }, tenantId, session.tokenHash);
      audit.record({ action: "logout", subjectType: "user", subjectId: session.me.id, purpose: "authenticatie" });
      clearSessionCookie(c, deps.secureCookies);
      return noContent();
    },
  }),
  sessionRoute({
    method: "get",
    path: "/auth/me",
    tag,
    summary: "The logged-in user, their permissions and the CSRF token for this session",
    permission: null,
    responses: { 200: { description: "Current session", schema: sessionResponseSchema }, 401: { description: "Not logged in" } },
    async handler({ session }) {
      return ok({ user: session.me, csrfToken: session.csrfToken });
    },
  }),
  publicRoute({
    method: "get",
    path: "/demo-info",
    tag,
    summary: "Whether this is a demo installation, and its accounts (demo mode only)",
    responses: { 200: { description: "Demo information", schema: demoInfoSchema } },
    async handler({ deps }) {
      if (!deps.demo) return ok({ enabled: false });
      const exists = await withSystem(deps.database.db, async (tx) =>
        (await createLoginDirectory(tx).usersNamed("beheerder")).some((u) => u.tenantSlug === DEMO_TENANT_SLUG),
      );
      if (!exists) return ok({ enabled: false });
      return ok({ enabled: true, tenant: "Gemeente Voorbeeld", accounts: demoAccounts.map((a) => ({ username: a.username, password: DEMO_PASSWORD, role: a.role })) });
    },
  }),
];

/** Verified against when a username is unknown, so the answer takes as long as for a known user. */
const UNKNOWN_USER_HASH = "$argon2id$v=19$m=19456,t=2,p=1$2/YKcDNTUZ7kirdjoLW8Gg$cHmk8xcbJe1UjBgAhGGC5f7zRgBFBMMZJ8A91L/UtqQ";

