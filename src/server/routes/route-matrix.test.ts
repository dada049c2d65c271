import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSION_MATRIX, roleHasPermission } from "../../domain/access/permissions";
import { ROLES, type Role } from "../../domain/access/roles";
import { API_PREFIX } from "../http/register";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { testTargets } from "../../db/testing/databases";
import { allRoutes } from "./index";

const SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

describe.each(testTargets())("every route × every role (%s)", (target) => {
  let harness: Harness;
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    harness = await createHarness(target);
    for (const role of ROLES) clients.set(role, await harness.login(role));
  });
  afterAll(async () => harness?.close());

  it("has an entry in the permission matrix for every permission a route names", () => {
    for (const route of allRoutes) {
      if (route.access.kind === "permission") expect(Object.keys(PERMISSION_MATRIX)).toContain(route.access.permission);
    }
    // Every route is deliberately public, session-only, or bound to a permission: there is no fourth way.
    expect(allRoutes.every((r) => ["public", "session", "permission"].includes(r.access.kind))).toBe(true);
  });

  const guarded = allRoutes.filter((route) => route.access.kind !== "public" && route.path !== "/auth/logout");
  for (const route of guarded) {
    const path = API_PREFIX + route.path.replace(/:[A-Za-z_]+/g, SAMPLE_ID);
    it(`${route.method.toUpperCase()} ${route.path}: anonymous → 401`, async () => {
      const response = await harness.app.request(path, { method: route.method.toUpperCase() });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
    });
    for (const role of ROLES) {
      const allowed = route.access.kind === "session" || (route.access.kind === "permission" && roleHasPermission(role, route.access.permission));
      it(`${route.method.toUpperCase()} ${route.path} as ${role} → ${allowed ? "allowed" : "403"}`, async () => {
        const response = await clients.get(role)!.request(route.method.toUpperCase(), path, route.body ? {} : undefined);
        if (allowed) {
          expect(response.status, await response.clone().text()).not.toBe(403);
          expect(response.status).not.toBe(401);
        } else {
          expect(response.status).toBe(403);
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
        }
      });
    }
  }
});
