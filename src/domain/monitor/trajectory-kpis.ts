import { SMALL_COUNT_THRESHOLD } from "../privacy/suppress-small-counts";

/** One trajectory (case) of a provider, as the KPIs read it. */
export interface TrajectoryFacts {
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly satisfaction: number | null;
  /** Levels per domain at the start measurement and at the 6-month measurement (same instrument). */
  readonly start: Readonly<Record<string, number>> | null;
  readonly afterSixMonths: Readonly<Record<string, number>> | null;
}

export interface KpiValues {
  /** Trajectories started in the period; null when 1–4 (suppressed). */
  readonly reach: number | null;
  /** Share with both measurements whose average level over the domains scored both times did not fall. */
  readonly selfRelianceStableOrBetter: { readonly share: number | null; readonly measured: number | null };
  /** Average satisfaction (1–10) of trajectories closed in the period with a score. */
  readonly satisfaction: { readonly average: number | null; readonly scored: number | null };
}

const inPeriod = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;

/**
 * Alphen aan den Rijn's contract KPIs (seed article 003): at least 75% of clients with a trajectory more
 * self-reliant or stable after six months, and average satisfaction. "Stable or better" compares the average
 * level over the domains scored at both measurements — only relevant domains are scored (ZRM practice), so
 * the comparison is within the household's own domains. Groups below 5 give null (suppressed).
 * @example trajectoryKpis(facts, "2026-01-01", "2026-12-31").selfRelianceStableOrBetter.share // 0.8
 */
export function trajectoryKpis(facts: readonly TrajectoryFacts[], from: string, to: string): KpiValues {
  const reach = facts.filter((f) => inPeriod(f.openedOn, from, to)).length;
  const measured = facts.filter((f) => f.start && f.afterSixMonths && inPeriod(f.openedOn, from, to));
  let stableOrBetter = 0;
  let comparable = 0;
  for (const f of measured) {
    const domains = Object.keys(f.start!).filter((d) => d in f.afterSixMonths!);
    if (domains.length === 0) continue;
    comparable += 1;
    const mean = (levels: Readonly<Record<string, number>>) => domains.reduce((s, d) => s + levels[d]!, 0) / domains.length;
    if (mean(f.afterSixMonths!) >= mean(f.start!)) stableOrBetter += 1;
  }
  const scored = facts.filter((f) => inPeriod(f.closedOn, from, to) && f.satisfaction !== null);
  const enough = (n: number) => n >= SMALL_COUNT_THRESHOLD;
  return {
    reach: reach > 0 && reach < SMALL_COUNT_THRESHOLD ? null : reach,
    selfRelianceStableOrBetter: enough(comparable) ? { share: stableOrBetter / comparable, measured: comparable } : { share: null, measured: null },
    satisfaction: enough(scored.length) ? { average: scored.reduce((s, f) => s + f.satisfaction!, 0) / scored.length, scored: scored.length } : { average: null, scored: null },
  };
}

export type TrafficLight = "groen" | "oranje" | "rood" | "onbekend";

/**
 * Green when the target is met, orange when within 10% of it, red otherwise (a common municipal convention;
 * the margin is a setting of the contract, default 10%).
 */
export function trafficLight(value: number | null, target: number, direction: "at_least" | "at_most", margin = 0.1): TrafficLight {
  if (value === null) return "onbekend";
  const met = direction === "at_least" ? value >= target : value <= target;
  if (met) return "groen";
  const near = direction === "at_least" ? value >= target * (1 - margin) : value <= target * (1 + margin);
  return near ? "oranje" : "rood";
}
