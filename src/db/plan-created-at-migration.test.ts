import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";
import { createAccountsRepository } from "./repositories/accounts";
import { rowsOf } from "./rls";
import { caseScenarios, cases, households, plans, tenants } from "./schema/index";
import { withSystem, withTenant } from "./tenant-context";
import { type TestDatabase, openTestDatabase, testTargets } from "./testing/databases";

const LAST_SAVE = "2026-03-05T10:00:00.000Z";

describe.each(testTargets())("migration 0018 (when a plan and a costing were first saved) on %s", (target) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(target);
  });
  afterAll(async () => database?.dispose());

  it("gives plans and costings saved before it their last save as creation time, with row-level security still forced", async () => {
    const db = database.handle.db;
    const tenantId = await withSystem(db, async (tx) => (await tx.insert(tenants).values({ slug: "migratie", name: "Gemeente Migratie" }).returning())[0]!.id);
    await withTenant(db, tenantId, async (tx) => {
      const accounts = createAccountsRepository(tx);
      const organisation = await accounts.insertOrganisation(tenantId, "Welzijn");
      const team = await accounts.insertTeam(tenantId, organisation.id, "Wijkteam");
      const director = await accounts.insertUser(tenantId, { username: "regisseur", displayName: "Regisseur", email: "r@voorbeeld.example", passwordHash: "x", roles: ["sociaal_werker"], teamIds: [team.id] });
      const [household] = await tx.insert(households).values({ tenantId, name: "Huishouden Jansen", teamId: team.id }).returning();
      const [file] = await tx.insert(cases).values({ tenantId, householdId: household!.id, caseDirectorId: director.id, openedOn: "2026-03-01" }).returning();
      await tx.insert(plans).values({ tenantId, caseId: file!.id, updatedAt: new Date(LAST_SAVE) });
      await tx.insert(caseScenarios).values({ tenantId, caseId: file!.id, lines: { niets_doen: [], regulier: [], alternatief: [] }, justification: { rechtmatigheid: "", rendement: "", betrokkenheid: "" }, updatedAt: new Date(LAST_SAVE) });
    });
    // Back to the state before 0018: without the column, and without 0018 in the migrations table (it is the last one).
    await db.execute(sql`alter table plans drop column created_at`);
    await db.execute(sql`alter table case_scenarios drop column created_at`);
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);

    await migrateDatabase(database.handle);

    const created = await withSystem(db, async (tx) => ({
      plans: rowsOf<{ created_at: unknown }>(await tx.execute(sql`select created_at from plans`)).map((r) => new Date(String(r.created_at)).toISOString()),
      costings: rowsOf<{ created_at: unknown }>(await tx.execute(sql`select created_at from case_scenarios`)).map((r) => new Date(String(r.created_at)).toISOString()),
    }));
    expect(created).toEqual({ plans: [LAST_SAVE], costings: [LAST_SAVE] });
    const forced = rowsOf<{ relname: string; relforcerowsecurity: boolean }>(
      await db.execute(sql`select relname, relforcerowsecurity from pg_class where relname in ('plans', 'case_scenarios') order by relname`),
    );
    expect(forced).toEqual([
      { relname: "case_scenarios", relforcerowsecurity: true },
      { relname: "plans", relforcerowsecurity: true },
    ]);
  }, 120_000);
});
