import type { TriageOutcome } from "./dto";

/** Default retention for questions closed without a dossier (AVG art. 5(1)(e), storage limitation). */
export const DEFAULT_QUESTION_RETENTION_MONTHS = 12;

/** Outcomes that close a question without a dossier, so its personal data must go after the retention period. */
export const closesWithoutDossier = (outcome: TriageOutcome | null): boolean =>
  outcome === "solved_directly" || outcome === "referred_elsewhere";

/**
 * The moment before which a closed question's personal data must be removed: `months` calendar months
 * before `now` (UTC), clamped to the month's last day.
 * @example retentionCutoff(new Date("2026-03-31T10:00:00Z"), 1) // 2026-02-28T10:00:00Z
 */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}
