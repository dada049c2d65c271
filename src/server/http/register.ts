import { timingSafeEqual } from "node:crypto";
import type { Context, Hono } from "hono";
import type { z } from "zod";
import { createAccountsRepository } from "../../db/repositories/accounts";
import { createAuditRepository } from "../../db/repositories/audit";
import { withTenant } from "../../db/tenant-context";
import type { AuditEvent } from "../../domain/audit/repository";
import { resolveSession } from "../../domain/accounts/service";
import { roleHasPermission } from "../../domain/access/permissions";
import { AppError } from "../../domain/errors";
import { readSessionCookie } from "../auth/session-cookie";
import type { AppDeps } from "../deps";
import { validationError } from "../errors";
import type { AnyRoute, HandlerResult } from "./route";

export const API_PREFIX = "/api/v1";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Mounts every route with the same pipeline: session → CSRF → permission (the one matrix) →
 * validation → handler in a tenant transaction → audit entries in that same transaction.
 */
export function registerRoutes(app: Hono, routes: readonly AnyRoute[], deps: AppDeps): void {
  for (const route of routes) {
    app.on(route.method.toUpperCase(), API_PREFIX + route.path, async (c) => {
      if (route.access.kind === "public") {
        const input = await parseInput(c, route);
        return toResponse(c, await route.handler({ ...input, deps, c }));
      }
      const cookie = readSessionCookie(c);
      if (!cookie) throw unauthenticated();
      const result = await withTenant(deps.database.db, cookie.tenantId, async (tx) => {
        const accountsDeps = { accounts: createAccountsRepository(tx), passwords: deps.passwords, now: deps.now };
        const session = await resolveSession(accountsDeps, cookie.tenantId, cookie.token);
        if (!session) throw unauthenticated();
        if (!SAFE_METHODS.has(c.req.method) && route.csrf !== false) checkCsrf(c, session.csrfToken);
        if (route.access.kind === "permission") {
          const { permission } = route.access;
          if (!session.me.roles.some((role) => roleHasPermission(role, permission))) {
            throw new AppError("forbidden", "U heeft geen toegang tot deze functie.");
          }
        }
        const input = await parseInput(c, route);
        const events: AuditEvent[] = [];
        const actor = { actorUserId: session.me.id, actorName: session.me.displayName, onBehalfOf: null };
        const subjects: { id: string; details?: unknown }[] = [];
        const handlerResult = await route.handler({
          ...input,
          deps,
          c,
          session,
          tenantId: cookie.tenantId,
          tx,
          audit: { record: (event: Omit<AuditEvent, "actorUserId" | "actorName" | "onBehalfOf">) => events.push({ ...actor, ...event, details: event.details ?? {} }) },
          subject: (id: string, details?: unknown) => subjects.push({ id, details }),
        });
        if (route.audit) {
          const spec = route.audit;
          const targets = subjects.length > 0 ? subjects : [{ id: null, details: undefined }];
          for (const target of targets) {
            events.push({ ...actor, action: spec.action, subjectType: spec.subjectType, subjectId: target.id, purpose: spec.purpose, details: target.details ?? { route: `${route.method.toUpperCase()} ${route.path}` } });
          }
        }
        await createAuditRepository(tx).append(cookie.tenantId, events);
        return handlerResult;
      });
      return toResponse(c, result);
    });
  }
}

const unauthenticated = () => new AppError("unauthenticated", "U bent niet (meer) ingelogd. Log opnieuw in.");

function checkCsrf(c: Context, expected: string): void {
  const given = c.req.header("x-csrf-token") ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AppError("csrf_failed", "De beveiligingscontrole van dit verzoek is mislukt. Herlaad de pagina en probeer het opnieuw.");
  }
}

async function parseInput(c: Context, route: AnyRoute): Promise<{ body: unknown; query: unknown; params: unknown }> {
  const params = route.params ? parseWith(route.params, c.req.param(), ["params"]) : undefined;
  const query = route.query ? parseWith(route.query, c.req.query(), ["query"]) : undefined;
  let body: unknown;
  if (route.body) {
    const type = c.req.header("content-type") ?? "";
    if (!type.toLowerCase().startsWith("application/json")) {
      throw new AppError("unsupported_media_type", "Stuur de gegevens als JSON (Content-Type: application/json).");
    }
    const text = await c.req.text();
    let json: unknown;
    try {
      json = text.length === 0 ? undefined : JSON.parse(text);
    } catch {
      throw new AppError("invalid_json", "De gegevens zijn geen geldige JSON.");
    }
    body = parseWith(route.body, json, []);
  }
  return { body, query, params };
}

function parseWith(schema: z.ZodType, value: unknown, prefix: string[]): unknown {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error, prefix);
  return parsed.data;
}

function toResponse(c: Context, result: HandlerResult | Response): Response {
  if (result instanceof Response) return result;
  if (result.status === 204) return c.body(null, 204);
  return c.json(result.body as object, result.status);
}
