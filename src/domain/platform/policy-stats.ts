import { SMALL_COUNT_THRESHOLD, suppressCount } from "../privacy/suppress-small-counts";
import type { PlatformStats } from "./dto";

/** The platform figures as a policy report shows them: counts of 1–4 hidden, and no median or P90 from fewer than 5 cases. */
export interface PolicyPlatformStats {
  readonly unstuck: number | null;
  readonly stillStuck: number | null;
  readonly overdue: number | null;
  readonly medianDays: number | null;
  readonly p90Days: number | null;
  readonly targetDays: number;
}

/**
 * The ontschotter works with the individual cases and sees the figures as they are; a policy report (controller,
 * beleidsadviseur) must not let one household be recognised, so small counts go, and so do the days-to-vlot
 * statistics when fewer than 5 cases came loose (a median of 1–4 cases is close to one case's own duration).
 */
export function policyPlatformStats(stats: PlatformStats): PolicyPlatformStats {
  const enoughUnstuck = stats.unstuck >= SMALL_COUNT_THRESHOLD;
  return {
    unstuck: suppressCount(stats.unstuck),
    stillStuck: suppressCount(stats.stillStuck),
    overdue: suppressCount(stats.overdue),
    medianDays: enoughUnstuck ? stats.medianDays : null,
    p90Days: enoughUnstuck ? stats.p90Days : null,
    targetDays: stats.targetDays,
  };
}
