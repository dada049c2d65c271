import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/connection";
import { createAccountsRepository } from "../db/repositories/accounts";
import { createMonitorRepository } from "../db/repositories/monitor";
import { cases, households, users } from "../db/schema/index";
import { withTenant } from "../db/tenant-context";

/** The demo's consortium: fictional, after the shape of Alphen aan den Rijn's "Tom in de buurt" (seed article 003). */
export const DEMO_CONSORTIUM = "Consortium Samen Verder";
export const DEMO_CONTRACT = "Ondersteuning en begeleiding 18+ (lumpsum)";

/**
 * The monitor's demo: one lump-sum contract with a consortium of providers, steered on Alphen aan den Rijn's KPIs
 * (at least 75% of trajectories more self-reliant or stable after six months, satisfaction ≥ 7.5, a reach target),
 * with two notes of results conversations. The contract runs from 1 January of last year to 31 December of this
 * year. When sample households were seeded, two in five of their cases (every case whose place in a fixed order
 * is 0 or 2 modulo 5) become the consortium's trajectories, so the KPIs and the comparison with own trajectories
 * show something; the e2e and test harness seed no households and get the contract only. Deterministic for the
 * same `today`. Every name and number is invented.
 */
export async function seedMonitorDemo(db: Db, tenantId: string, { today, linkSampleCases }: { today: Date; linkSampleCases: boolean }): Promise<void> {
  const year = Number(today.toISOString().slice(0, 4));
  await withTenant(db, tenantId, async (tx) => {
    const consortium = await createAccountsRepository(tx).insertOrganisation(tenantId, DEMO_CONSORTIUM);
    const monitor = createMonitorRepository(tx);
    const contractId = await monitor.insertContract(tenantId, {
      organisationId: consortium.id,
      name: DEMO_CONTRACT,
      financing: "lump_sum",
      startsOn: `${year - 1}-01-01`,
      endsOn: `${year}-12-31`,
      // € 150.000: with the 300 demo households an own trajectory then costs roughly half a consortium one (Oirschot).
      amountCents: 15_000_000,
      targetStableOrBetter: 0.75,
      targetSatisfaction: 7.5,
      targetReach: 60,
    });
    const author = (await tx.select({ id: users.id, roles: users.roles }).from(users).where(eq(users.tenantId, tenantId))).find((u) => u.roles.includes("beleidsadviseur"));
    if (author) {
      await monitor.insertNote(tenantId, contractId, `${year - 1}-07-01`, "Eerste resultaatgesprek: start verliep onrustig, de teams zoeken nog hun werkwijze. Afspraak: elke klant een startmeting.", author.id);
      await monitor.insertNote(tenantId, contractId, `${year}-01-15`, "Zelfredzaamheid op koers; bereik blijft achter bij mensen die zelf niet aankloppen. Het consortium zet een outreachend team op.", author.id);
    }
    if (!linkSampleCases) return;
    const rows = await tx
      .select({ id: cases.id })
      .from(cases)
      .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
      .where(eq(cases.tenantId, tenantId))
      .orderBy(asc(cases.openedOn), asc(households.postcode), asc(households.houseNumber), asc(households.name));
    const linked = rows.filter((_, i) => i % 5 === 0 || i % 5 === 2).map((r) => r.id);
    if (linked.length > 0) await tx.update(cases).set({ providerOrganisationId: consortium.id }).where(and(eq(cases.tenantId, tenantId), inArray(cases.id, linked)));
  });
}
