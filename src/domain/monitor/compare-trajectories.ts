import { meanWithInterval, ratioOfMeans } from "../../engine/mean-interval";
import { xoshiro128ss } from "../../engine/xoshiro128ss";
import { SMALL_COUNT_THRESHOLD } from "../privacy/suppress-small-counts";
import { daysBetween } from "../calendar";
import { type ContractTerms, providerTrajectoryCosts, type TrajectoryCostFacts } from "./provider-trajectory-costs";

/**
 * A mean with its 95% bootstrap interval; null when fewer than 5 values (suppressed). It carries no count: the count
 * of values would let a reader subtract a suppressed count (e.g. trajectories without a contract) from a shown one.
 */
export type Estimate = { readonly mean: number; readonly interval95: readonly [number, number] } | null;

export interface TrajectoryGroup {
  /** `own`: the municipality's own light trajectories (cases without a provider); `provider`: one contracted provider. */
  readonly kind: "own" | "provider";
  readonly organisationId: string | null;
  readonly name: string | null;
  /** Financing types of the provider's contracts that priced its trajectories (empty for own). */
  readonly financing: readonly ContractTerms["financing"][];
  /** Trajectories closed in the period; null when 1–4 (suppressed). */
  readonly trajectories: number | null;
  /** Provider trajectories no contract covers, so without a cost; null when 1–4. */
  readonly withoutContract: number | null;
  /** Cost per trajectory in cents. */
  readonly costCents: Estimate;
  /** Days from opening to closing. */
  readonly durationDays: Estimate;
  /** Satisfaction (1–10) at closing, of trajectories with a score. */
  readonly satisfaction: Estimate;
}

export interface TrajectoryComparison {
  readonly groups: readonly TrajectoryGroup[];
  /** Mean cost of an own trajectory ÷ mean cost of a provider trajectory (all providers together). */
  readonly ownCostShare: { readonly ratio: number; readonly interval95: readonly [number, number] | null } | null;
}

export interface CompareTrajectoriesInput {
  /** All trajectories that closed in the period, and every provider trajectory (for sharing lump sums). */
  readonly trajectories: readonly TrajectoryCostFacts[];
  readonly contracts: readonly ContractTerms[];
  /** Provider names by organisation id. */
  readonly providerNames: ReadonlyMap<string, string>;
  readonly closedFrom: string;
  readonly closedTo: string;
  /** The day the comparison is made: lump sums are shared up to this day. */
  readonly asOf: string;
  /** Front-line cost per hour of the own workers, overhead included, in cents. */
  readonly hourlyRateCents: number;
}

const small = (n: number) => n > 0 && n < SMALL_COUNT_THRESHOLD;
/** Values in ascending order: the bootstrap then depends on the values only, not on the order the database gave. */
const sorted = (values: readonly number[]) => Float64Array.from(values).sort();

/**
 * Own trajectories against contracted providers (Oirschot, seed article 002: own trajectories cost half of those by
 * providers and tend to be shorter, with clients as satisfied). Per group, of the trajectories closed in the period:
 * the count, the cost per trajectory — own: hours × hourly rate + direct costs, the business case's front-line cost;
 * provider: what the contract charges for it ({@link providerTrajectoryCosts}) — the duration in days and the
 * satisfaction at closing, each as a mean with the business case's interval treatment: a 95% bootstrap percentile
 * interval with the given draws and seed ({@link meanWithInterval}). Every group and figure restarts the rng from the
 * seed, and resamples the values in ascending order, so a group's interval depends only on its own values — not on
 * which other groups are shown, nor on the order the trajectories came in. Counts below 5 are suppressed: the
 * count is null and so are the figures computed from it. Groups: own first, then providers by name.
 * @example compareTrajectories(input, { draws: 2000, seed: 1 }).groups[0].costCents.mean // mean own cost in cents
 */
export function compareTrajectories(input: CompareTrajectoriesInput, { draws, seed }: { readonly draws: number; readonly seed: number }): TrajectoryComparison {
  const prices = providerTrajectoryCosts(input.trajectories, input.contracts, input.asOf);
  const closed = input.trajectories.filter((t) => t.closedOn !== null && t.closedOn >= input.closedFrom && t.closedOn <= input.closedTo);
  const estimate = (values: readonly number[]): Estimate => {
    if (values.length < SMALL_COUNT_THRESHOLD) return null;
    const result = meanWithInterval(sorted(values), { draws, rng: xoshiro128ss(seed) });
    return { mean: result.mean, interval95: result.interval95 };
  };
  const costOf = (t: TrajectoryCostFacts): number | null =>
    t.providerId === null ? (t.minutes / 60) * input.hourlyRateCents + t.directCostsCents : (prices.get(t.caseId) ?? null);
  const group = (kind: "own" | "provider", organisationId: string | null, members: readonly TrajectoryCostFacts[]): TrajectoryGroup => {
    const costs = members.map(costOf).filter((c): c is number => c !== null);
    const suppressed = small(members.length);
    const financing = organisationId === null ? [] : [...new Set(input.contracts.filter((c) => c.organisationId === organisationId).map((c) => c.financing))].sort();
    return {
      kind,
      organisationId,
      name: organisationId === null ? null : (input.providerNames.get(organisationId) ?? null),
      financing,
      trajectories: suppressed ? null : members.length,
      withoutContract: suppressed || small(members.length - costs.length) ? null : members.length - costs.length,
      costCents: suppressed ? null : estimate(costs),
      durationDays: suppressed ? null : estimate(members.map((t) => daysBetween(t.openedOn, t.closedOn!))),
      satisfaction: suppressed ? null : estimate(members.flatMap((t) => (t.satisfaction === null ? [] : [t.satisfaction]))),
    };
  };
  const own = closed.filter((t) => t.providerId === null);
  const providerIds = [...new Set([...closed.flatMap((t) => (t.providerId === null ? [] : [t.providerId])), ...input.contracts.map((c) => c.organisationId)])];
  const nameOf = (id: string) => input.providerNames.get(id) ?? id;
  providerIds.sort((a, b) => nameOf(a).localeCompare(nameOf(b), "nl") || a.localeCompare(b));
  const ownCosts = own.map(costOf).filter((c): c is number => c !== null);
  const providerCosts = closed.filter((t) => t.providerId !== null).flatMap((t) => (prices.get(t.caseId) == null ? [] : [prices.get(t.caseId) as number]));
  const enough = ownCosts.length >= SMALL_COUNT_THRESHOLD && providerCosts.length >= SMALL_COUNT_THRESHOLD;
  return {
    groups: [group("own", null, own), ...providerIds.map((id) => group("provider", id, closed.filter((t) => t.providerId === id)))],
    ownCostShare: enough ? ratioOfMeans(sorted(ownCosts), sorted(providerCosts), { draws, rng: xoshiro128ss(seed) }) : null,
  };
}
