import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD } from "../../domain/accounts/lockout";
import { SESSION_IDLE_MINUTES } from "../../domain/accounts/session-policy";
import type { Team, User } from "../../domain/accounts/dto";
import type { AuditEntry } from "../../domain/audit/dto";
import { DEMO_PASSWORD } from "../../demo/accounts";
import { permissionsOf } from "../../domain/access/permissions";
import { type Client, type Harness, createHarness, createOtherTenant } from "../testing/harness";
import { testTargets } from "../../db/testing/databases";

type ErrorJson = { error: { code: string; message: string; details?: { issues?: { path: string }[]; tenants?: string[] } } };
const loginRequest = (harness: Harness, username: string, password: string, tenant?: string) =>
  harness.app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password, ...(tenant ? { tenant } : {}) }),
  });

describe.each(testTargets())("accounts, sessions and tenant isolation (%s)", (target) => {
  let harness: Harness;
  let admin: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    admin = await harness.login("beheerder");
  });
  afterAll(async () => harness?.close());

  it("sets an http-only, SameSite=Strict session cookie and returns the user's permissions", async () => {
    const response = await loginRequest(harness, "beleidsadviseur", DEMO_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const body = (await response.json()) as { user: { permissions: string[]; tenant: { name: string } } };
    expect(body.user.permissions).toEqual(permissionsOf(["beleidsadviseur"]));
    expect(body.user.permissions).toContain("mkba:use");
    expect(body.user.permissions).not.toContain("cases:use");
    expect(body.user.tenant.name).toBe("Gemeente Voorbeeld");
  });

  it("answers a wrong password and an unknown user alike, in Dutch", async () => {
    const wrong = await loginRequest(harness, "controller", "helemaal-fout-wachtwoord");
    const unknown = await loginRequest(harness, "niemand", "helemaal-fout-wachtwoord");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it(`locks an account for ${LOCKOUT_MINUTES} minutes after ${LOCKOUT_THRESHOLD} wrong passwords; the admin can unlock it`, async () => {
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) expect((await loginRequest(harness, "panellid", "fout-fout-fout")).status).toBe(401);
    const locking = await loginRequest(harness, "panellid", "fout-fout-fout");
    expect(locking.status).toBe(423);
    expect(((await locking.json()) as ErrorJson).error.code).toBe("account_locked");
    expect((await loginRequest(harness, "panellid", DEMO_PASSWORD)).status).toBe(423);

    const users = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items;
    const panellid = users.find((u) => u.username === "panellid")!;
    expect(panellid.locked).toBe(true);
    expect((await admin.request("POST", `/api/v1/users/${panellid.id}/unlock`)).status).toBe(200);
    expect((await loginRequest(harness, "panellid", DEMO_PASSWORD)).status).toBe(200);
  });

  it("lifts the lock by itself once the lock period is over", async () => {
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) await loginRequest(harness, "controller", "fout-fout-fout");
    expect((await loginRequest(harness, "controller", DEMO_PASSWORD)).status).toBe(423);
    const real = harness.clock.now;
    harness.clock.now = new Date(real.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    try {
      expect((await loginRequest(harness, "controller", DEMO_PASSWORD)).status).toBe(200);
    } finally {
      harness.clock.now = real;
    }
  });

  it("ends a session at logout and after the idle timeout", async () => {
    const client = await harness.login("triagist");
    expect((await client.request("GET", "/api/v1/auth/me")).status).toBe(200);
    expect((await client.request("POST", "/api/v1/auth/logout")).status).toBe(204);
    expect((await client.request("GET", "/api/v1/auth/me")).status).toBe(401);

    const idle = await harness.login("triagist");
    const real = harness.clock.now;
    harness.clock.now = new Date(real.getTime() + (SESSION_IDLE_MINUTES + 1) * 60_000);
    try {
      expect((await idle.request("GET", "/api/v1/auth/me")).status).toBe(401);
    } finally {
      harness.clock.now = real;
    }
  });

  it("lets the admin create a user who can then log in with their teams", async () => {
    const teams = ((await (await admin.request("GET", "/api/v1/teams")).json()) as { items: Team[] }).items;
    const noord = teams.find((t) => t.name === "Wijkteam Noord")!;
    expect(noord.memberCount).toBe(1);
    const created = await admin.request("POST", "/api/v1/users", {
      username: "nieuwe.collega",
      displayName: "Nieuwe Collega",
      email: "nieuw@voorbeeld.example",
      password: "een-lang-wachtwoord",
      roles: ["sociaal_werker"],
      teamIds: [noord.id],
    });
    expect(created.status).toBe(201);
    const duplicate = await admin.request("POST", "/api/v1/users", {
      username: "nieuwe.collega",
      displayName: "Dubbel",
      email: "dubbel@voorbeeld.example",
      password: "een-lang-wachtwoord",
      roles: ["triagist"],
    });
    expect(duplicate.status).toBe(409);
    const colleague = await harness.login("nieuwe.collega", "een-lang-wachtwoord");
    const me = (await (await colleague.request("GET", "/api/v1/auth/me")).json()) as { user: { teams: { name: string }[]; permissions: string[] } };
    expect(me.user.teams.map((t) => t.name)).toEqual(["Wijkteam Noord"]);
    expect(me.user.permissions).toContain("cases:use");
  });

  it("detects concurrent edits of a user (409) instead of overwriting", async () => {
    const users = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items;
    const target = users.find((u) => u.username === "ontschotter")!;
    const first = await admin.request("PATCH", `/api/v1/users/${target.id}`, { version: target.version, displayName: "Olga J." });
    expect(first.status).toBe(200);
    expect(((await first.json()) as User).version).toBe(target.version + 1);
    const stale = await admin.request("PATCH", `/api/v1/users/${target.id}`, { version: target.version, displayName: "Olga Jansen-de Wit" });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson).error.code).toBe("version_conflict");
    const after = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items.find((u) => u.id === target.id)!;
    expect(after.displayName).toBe("Olga J.");
  });

  it("ends the sessions of a deactivated user and refuses their login", async () => {
    const worker = await harness.login("sociaal_werker");
    const users = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items;
    const target = users.find((u) => u.username === "sociaal_werker")!;
    expect((await admin.request("PATCH", `/api/v1/users/${target.id}`, { version: target.version, active: false })).status).toBe(200);
    expect((await worker.request("GET", "/api/v1/auth/me")).status).toBe(401);
    expect((await loginRequest(harness, "sociaal_werker", DEMO_PASSWORD)).status).toBe(401);
    expect((await admin.request("PATCH", `/api/v1/users/${target.id}`, { version: target.version + 1, active: true })).status).toBe(200);
  });

  it("does not let an administrator remove their own admin role", async () => {
    const me = (await (await admin.request("GET", "/api/v1/auth/me")).json()) as { user: { id: string } };
    const users = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items;
    const self = users.find((u) => u.id === me.user.id)!;
    const response = await admin.request("PATCH", `/api/v1/users/${self.id}`, { version: self.version, roles: ["controller"] });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("roles");
  });

  it("keeps tenants apart: another tenant's users are invisible and answer 'not found'", async () => {
    const other = await createOtherTenant(harness, "beheerder", ["beheerder"]);
    const ambiguous = await loginRequest(harness, "beheerder", DEMO_PASSWORD);
    expect(ambiguous.status).toBe(400);
    expect(((await ambiguous.json()) as ErrorJson).error.code).toBe("tenant_required");

    const ids = ((await (await admin.request("GET", "/api/v1/users")).json()) as { items: User[] }).items.map((u) => u.id);
    expect(ids).not.toContain(other.userId);
    const probe = await admin.request("PATCH", `/api/v1/users/${other.userId}`, { version: 1, displayName: "Gekaapt" });
    expect(probe.status).toBe(404);
    const unlock = await admin.request("POST", `/api/v1/users/${other.userId}/unlock`);
    expect(unlock.status).toBe(404);
  });

  it("records reads and writes of user data in the audit log, with actor and purpose", async () => {
    const entries = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: AuditEntry[] }).items;
    const actions = entries.map((e) => `${e.action}:${e.subjectType}`);
    expect(actions).toEqual(expect.arrayContaining(["login:user", "login_failed:user", "read:user", "create:user", "update:user"]));
    const creation = entries.find((e) => e.action === "create" && e.subjectType === "user")!;
    expect(creation.actorName).toBe("Bea Meijer");
    expect(creation.purpose).toBe("gebruikersbeheer");
    const verify = (await (await admin.request("POST", "/api/v1/audit/verify")).json()) as { ok: boolean; checked: number };
    expect(verify.ok).toBe(true);
    expect(verify.checked).toBeGreaterThan(10);
  });
});
