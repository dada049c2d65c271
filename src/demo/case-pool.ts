import { and, asc, eq } from "drizzle-orm";
import { cases, households, teams } from "../db/schema/index";
import type { Tx } from "../db/tenant-context";

/** A sample case as the demo's activity seeding picks it: its team and the days it was open. */
export interface PoolCase {
  readonly id: string;
  readonly teamName: string;
  readonly openedOn: string;
  readonly closedOn: string | null;
}

/**
 * The sample cases in an order that the seeded sample data makes the same on every machine (case ids are random
 * uuids), and a picker that hands out each case once before it repeats one: the demo's spends and escalations then
 * land on different households, and on the same ones for the same `today`.
 */
export async function demoCasePool(tx: Tx, tenantId: string) {
  const rows: PoolCase[] = await tx
    .select({ id: cases.id, teamName: teams.name, openedOn: cases.openedOn, closedOn: cases.closedOn })
    .from(cases)
    .innerJoin(households, and(eq(households.tenantId, cases.tenantId), eq(households.id, cases.householdId)))
    .innerJoin(teams, and(eq(teams.tenantId, households.tenantId), eq(teams.id, households.teamId)))
    .where(eq(cases.tenantId, tenantId))
    .orderBy(asc(cases.openedOn), asc(households.postcode), asc(households.houseNumber), asc(households.name));
  const used = new Map<string, number>();
  return {
    /**
     * A case of `teamName` that was open from `openFrom` through `openUntil` (the whole stretch the demo's activity
     * needs it; null: still open), the least used first; null when the team has none.
     */
    pick(teamName: string, openFrom: string, openUntil: string | null): PoolCase | null {
      const fits = rows.filter((c) => c.teamName === teamName && c.openedOn <= openFrom && (c.closedOn === null || (openUntil !== null && c.closedOn >= openUntil)));
      if (fits.length === 0) return null;
      const chosen = fits.reduce((best, c) => ((used.get(c.id) ?? 0) < (used.get(best.id) ?? 0) ? c : best));
      used.set(chosen.id, (used.get(chosen.id) ?? 0) + 1);
      return chosen;
    },
  };
}
