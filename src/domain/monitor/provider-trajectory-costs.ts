import { daysBetween } from "../calendar";
import type { FINANCING } from "./dto";

/** One trajectory (case) as the cost comparison reads it: no names, only dates, effort and the provider. */
export interface TrajectoryCostFacts {
  readonly caseId: string;
  /** The contracted provider; null for an own trajectory (eigen traject) of the municipality's workers. */
  readonly providerId: string | null;
  readonly openedOn: string;
  readonly closedOn: string | null;
  /** Front-line minutes logged on the case. */
  readonly minutes: number;
  /** Approved flexible-budget spending on the case, in cents. */
  readonly directCostsCents: number;
  readonly satisfaction: number | null;
}

/** What the cost rule needs of a contract. */
export interface ContractTerms {
  readonly id: string;
  readonly organisationId: string;
  readonly financing: (typeof FINANCING)[number];
  readonly startsOn: string;
  readonly endsOn: string;
  /** lump_sum: the sum for the whole period; price_per_unit: price per month of support; per_trajectory: price per trajectory. */
  readonly amountCents: number;
}

/** Average month length in days (365.25 ÷ 12). */
export const DAYS_PER_MONTH = 30.4375;


/** Days the spans [a0, a1] and [b0, b1] share, both ends included (0 when they do not meet). */
export const overlapDays = (a0: string, a1: string, b0: string, b1: string): number => {
  const start = a0 > b0 ? a0 : b0;
  const end = a1 < b1 ? a1 : b1;
  return end < start ? 0 : daysBetween(start, end) + 1;
};

/**
 * What the municipality pays a contracted provider per trajectory, in cents, by the financing of the provider's
 * contracts. Oirschot (seed article 002) compared the cost of its own light trajectories with "de kosten die een
 * gecontracteerde zorgaanbieder in rekening brengt": what the provider charges, not what its staff spend. So:
 * - `per_trajectory` (outputgericht): the price per trajectory, charged once by the contract in force on the day the
 *   trajectory opened.
 * - `price_per_unit` (P×Q, inspanningsgericht): the price per month of support × the months the trajectory ran within
 *   the contract (its days, both ends included, ÷ 30.4375). The registration knows when a trajectory ran, not the
 *   hours a provider delivered, so a month of support is the unit the monitor can count.
 * - `lump_sum` (taakgericht, Alphen aan den Rijn, seed article 003): the sum pays for the whole contract period. The
 *   part for the contract days elapsed by `asOf` is divided over all the provider's trajectories in proportion to the
 *   days each ran within the contract up to `asOf` (open trajectories count until `asOf`). A trajectory that ran
 *   twice as long takes twice the share, as Oirschot expected of longer provider trajectories.
 * A trajectory covered by several contracts of its provider sums their parts. A trajectory with no contract of its
 * provider covering it gets null: its cost is unknown, not zero. Own trajectories (no provider) are not priced here.
 * Every provider trajectory must be passed (also open ones and those closed outside a report period), because a lump
 * sum is shared among all of them.
 * @example a lump sum of € 120,000 for 2026, asOf 2026-12-31, two trajectories of 100 and 200 days in 2026
 *   // € 40,000 and € 80,000
 */
export function providerTrajectoryCosts(trajectories: readonly TrajectoryCostFacts[], contracts: readonly ContractTerms[], asOf: string): Map<string, number | null> {
  const costs = new Map<string, number | null>();
  const endOf = (t: TrajectoryCostFacts) => t.closedOn ?? asOf;
  for (const t of trajectories) if (t.providerId !== null) costs.set(t.caseId, null);
  const add = (caseId: string, cents: number) => costs.set(caseId, (costs.get(caseId) ?? 0) + cents);
  for (const contract of contracts) {
    const own = trajectories.filter((t) => t.providerId === contract.organisationId);
    if (contract.financing === "per_trajectory") {
      for (const t of own) if (t.openedOn >= contract.startsOn && t.openedOn <= contract.endsOn) add(t.caseId, contract.amountCents);
    } else if (contract.financing === "price_per_unit") {
      for (const t of own) {
        const days = overlapDays(t.openedOn, endOf(t), contract.startsOn, contract.endsOn);
        if (days > 0) add(t.caseId, (contract.amountCents * days) / DAYS_PER_MONTH);
      }
    } else {
      const elapsedEnd = contract.endsOn < asOf ? contract.endsOn : asOf;
      if (elapsedEnd < contract.startsOn) continue;
      const attributable = (contract.amountCents * (daysBetween(contract.startsOn, elapsedEnd) + 1)) / (daysBetween(contract.startsOn, contract.endsOn) + 1);
      const days = own.map((t) => overlapDays(t.openedOn, endOf(t), contract.startsOn, elapsedEnd));
      const total = days.reduce((sum, d) => sum + d, 0);
      if (total === 0) continue;
      own.forEach((t, i) => {
        if ((days[i] as number) > 0) add(t.caseId, (attributable * (days[i] as number)) / total);
      });
    }
  }
  return costs;
}
