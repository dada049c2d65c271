import { percentile } from "../../engine/percentile";
import { daysBetween } from "../calendar";

/** Target from escalation to vlot: three weeks (Hillegom, Lisse and Teylingen; seed article 001). */
export const UNSTUCK_TARGET_DAYS = 21;


/** Days the clock has run: to vlot, or to today while still stuck. */
export const daysOpen = (escalatedOn: string, unstuckOn: string | null, today: string): number => daysBetween(escalatedOn, unstuckOn ?? today);

/** Still stuck and past the target. */
export const isOverdue = (escalatedOn: string, unstuckOn: string | null, today: string): boolean => unstuckOn === null && daysBetween(escalatedOn, today) > UNSTUCK_TARGET_DAYS;

/**
 * Median and 90th percentile of days to vlot over the unstuck escalations (Hyndman–Fan type 7, as the
 * engine's percentile), null when none is unstuck yet.
 */
export function unstuckStatistics(escalations: readonly { escalatedOn: string; unstuckOn: string | null }[], today: string) {
  const durations = escalations
    .filter((e) => e.unstuckOn !== null)
    .map((e) => daysBetween(e.escalatedOn, e.unstuckOn!))
    .sort((a, b) => a - b);
  const stuck = escalations.filter((e) => e.unstuckOn === null);
  return {
    unstuck: durations.length,
    stillStuck: stuck.length,
    overdue: stuck.filter((e) => isOverdue(e.escalatedOn, null, today)).length,
    medianDays: durations.length > 0 ? percentile(durations, 0.5) : null,
    p90Days: durations.length > 0 ? percentile(durations, 0.9) : null,
    targetDays: UNSTUCK_TARGET_DAYS,
  };
}
