import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app";
import { MAX_BODY_BYTES } from "./app";
import { buildOpenApi } from "./http/openapi";
import { allRoutes } from "./routes/index";
import { type Harness, createHarness, fastHasher, testCipher } from "./testing/harness";
import { openTestDatabase, testTargets } from "../db/testing/databases";

type ErrorJson = { error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("HTTP contract (%s)", (target) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness(target);
  });
  afterAll(async () => harness?.close());

  it("answers /healthz with 200 while the database answers", async () => {
    const response = await harness.app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: target });
  });

  it("serves an OpenAPI 3.1 document listing every route", async () => {
    const response = await harness.app.request("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    for (const route of allRoutes) {
      const path = `/api/v1${route.path.replace(/:([A-Za-z_]+)/g, "{$1}")}`;
      expect(doc.paths[path]?.[route.method], `${route.method} ${path}`).toBeDefined();
    }
    const login = doc.paths["/api/v1/auth/login"]?.post as { requestBody: { content: { "application/json": { schema: { properties: object } } } } };
    expect(Object.keys(login.requestBody.content["application/json"].schema.properties)).toEqual(["username", "password", "tenant"]);
  });

  it("sets security headers", async () => {
    const response = await harness.app.request("/api/v1/demo-info");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers an unknown API route with 404 in the error shape", async () => {
    const response = await harness.app.request("/api/v1/bestaat-niet");
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorJson).error.code).toBe("not_found");
  });

  it("refuses malformed JSON with 400 and invalid fields with their paths", async () => {
    const malformed = await harness.app.request("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: "{nee" });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorJson).error.code).toBe("invalid_json");

    const admin = await harness.login("beheerder");
    const invalid = await admin.request("POST", "/api/v1/users", { username: "A B", displayName: "", email: "geen-mail", password: "kort", roles: ["koning"] });
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as ErrorJson;
    expect(body.error.code).toBe("validation_failed");
    const paths = body.error.details!.issues!.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["username", "displayName", "email", "password", "roles.0"]));
    expect(body.error.details!.issues!.find((i) => i.path === "email")!.message).toBe("Vul een geldig e-mailadres in");
  });

  it("refuses a body that is not JSON with 415 and one that is too large with 413", async () => {
    const form = await harness.app.request("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=a" });
    expect(form.status).toBe(415);
    const huge = await harness.app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "x".repeat(MAX_BODY_BYTES), password: "y" }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorJson).error.code).toBe("payload_too_large");
  });

  it("requires the CSRF token on state-changing requests", async () => {
    const admin = await harness.login("beheerder");
    const withoutToken = await admin.request("POST", "/api/v1/organisations", { name: "Zonder token" }, { "x-csrf-token": "" });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as ErrorJson).error.code).toBe("csrf_failed");
    const wrongToken = await admin.request("POST", "/api/v1/organisations", { name: "Fout token" }, { "x-csrf-token": "x".repeat(43) });
    expect(wrongToken.status).toBe(403);
    const withToken = await admin.request("POST", "/api/v1/organisations", { name: "Met token" });
    expect(withToken.status).toBe(201);
  });

  it("never leaks a stack trace: an unexpected error becomes a generic 500", async () => {
    const app = createApp({
      database: { ...harness.database.handle, db: new Proxy(harness.database.handle.db, { get: () => { throw new Error("kapot: geheim detail"); } }) },
      passwords: fastHasher,
      cipher: testCipher,
      now: () => new Date(),
      secureCookies: false,
      demo: true,
      webRoot: null,
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await app.request("/api/v1/demo-info");
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toContain("geheim");
      expect(text).not.toContain("at ");
      expect((JSON.parse(text) as ErrorJson).error.code).toBe("internal");
    } finally {
      console.error = original;
    }
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe("database down", () => {
  it("answers /healthz and API calls with 503 when the database is gone", async () => {
    const [target] = testTargets();
    const database = await openTestDatabase(target!);
    const app = createApp({ database: database.handle, passwords: fastHasher, cipher: testCipher, now: () => new Date(), secureCookies: false, demo: true, webRoot: null });
    await database.dispose();
    const health = await app.request("/healthz");
    expect(health.status).toBe(503);
    expect(((await health.json()) as ErrorJson).error.code).toBe("database_unavailable");
    const api = await app.request("/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "beheerder", password: "x" }) });
    expect(api.status).toBe(503);
    // Opening and migrating a database inside the test: give it the time a hook gets.
  }, 120_000);
});

describe("OpenAPI generation", () => {
  it("is deterministic and marks public routes without security", () => {
    const doc = buildOpenApi(allRoutes, "test") as { paths: Record<string, Record<string, { security?: unknown[]; "x-permission"?: string }>> };
    expect(doc.paths["/api/v1/auth/login"]!.post!.security).toEqual([]);
    expect(doc.paths["/api/v1/users"]!.get!["x-permission"]).toBe("accounts:manage");
    expect(JSON.stringify(buildOpenApi(allRoutes, "test"))).toBe(JSON.stringify(doc));
  });
});
