import { createAccountsRepository, countTenants } from "../db/repositories/accounts";
import type { Db } from "../db/connection";
import { tenants } from "../db/schema/index";
import { withSystem, withTenant } from "../db/tenant-context";
import type { PasswordHasher } from "../domain/accounts/repository";
import { createBenchmarksRepository } from "../db/repositories/benchmarks";
import { createPricesRepository } from "../db/repositories/prices";
import { BENCHMARK_EXAMPLE_SOURCE, benchmarkExample } from "./benchmark-example";
import { seedBudgetsActivityDemo } from "./budgets-activity-demo";
import { seedBudgetsDemo } from "./budgets-demo";
import { seedDemoColleague } from "./colleague-demo";
import { DEMO_INDEX_SERIES } from "./demo-index-series";
import { starterPrices } from "../domain/prices/starter-prices";
import { seedMkbaDemo } from "./mkba-demo";
import { seedMonitorDemo } from "./monitor-demo";
import { seedPanelDemo } from "./panel-demo";
import { seedPlatformDemo } from "./platform-demo";
import { generateSampleData } from "./sample-data";
import { DEMO_PASSWORD, DEMO_TENANT_NAME, DEMO_TENANT_SLUG, demoAccounts } from "./accounts";

/**
 * Creates the demo municipality with its organisations, teams, one user per role, the starter price
 * list and (optionally) fictional households and cases — only on an empty database, so a real installation is never touched. Returns whether it seeded.
 * With sample households the budgets and the casusplatform get a year of fictional activity on those cases too.
 */
export async function seedDemoIfEmpty(db: Db, passwords: PasswordHasher, options: { sampleHouseholds?: number; today?: Date } = {}): Promise<boolean> {
  const tenantId = await withSystem(db, async (tx) => {
    if ((await countTenants(tx)) > 0) return null;
    const [tenant] = await tx.insert(tenants).values({ slug: DEMO_TENANT_SLUG, name: DEMO_TENANT_NAME, kind: "municipality" }).returning();
    return tenant!.id;
  });
  if (!tenantId) return false;
  const today = options.today ?? new Date();
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  await withTenant(db, tenantId, async (tx) => {
    const repo = createAccountsRepository(tx);
    const welzijn = await repo.insertOrganisation(tenantId, "Welzijn Voorbeeld");
    const gemeente = await repo.insertOrganisation(tenantId, "Gemeente Voorbeeld — Sociaal Domein");
    const teamIds: Record<string, string> = {
      "Wijkteam Noord": (await repo.insertTeam(tenantId, welzijn.id, "Wijkteam Noord")).id,
      "Wijkteam Zuid": (await repo.insertTeam(tenantId, welzijn.id, "Wijkteam Zuid")).id,
      Toegang: (await repo.insertTeam(tenantId, gemeente.id, "Toegang")).id,
    };
    for (const account of demoAccounts) {
      await repo.insertUser(tenantId, {
        username: account.username,
        displayName: account.displayName,
        email: `${account.username}@voorbeeld.example`,
        passwordHash,
        roles: [account.role],
        teamIds: account.team ? [teamIds[account.team]!] : [],
      });
    }
    const prices = createPricesRepository(tx);
    for (const item of starterPrices) await prices.insert(tenantId, item);
    await prices.replaceIndexSeries(tenantId, DEMO_INDEX_SERIES);
    await createBenchmarksRepository(tx).replace(tenantId, benchmarkExample(), BENCHMARK_EXAMPLE_SOURCE);
    await seedBudgetsDemo(tx, tenantId, today);
  });
  if (options.sampleHouseholds) await generateSampleData(db, tenantId, { households: options.sampleHouseholds, today });
  await seedMonitorDemo(db, tenantId, { today, linkSampleCases: Boolean(options.sampleHouseholds) });
  if (options.sampleHouseholds) {
    await seedPanelDemo(db, tenantId, { passwordHash, today });
    await withTenant(db, tenantId, (tx) => seedDemoColleague(tx, tenantId, passwordHash));
    await seedBudgetsActivityDemo(db, tenantId, { today });
    await seedPlatformDemo(db, tenantId, { today });
  }
  await seedMkbaDemo(db, tenantId, { today });
  return true;
}
