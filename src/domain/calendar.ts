/**
 * Today's date where the users are: the Netherlands (Europe/Amsterdam), as ISO `YYYY-MM-DD`.
 * Timestamps are stored in UTC, but "today", "in the future" and "overdue" are calendar questions a
 * Dutch user asks in Dutch time: between 00:00 and 01:00/02:00 local time the UTC date is still
 * yesterday.
 * @example dutchToday(new Date("2026-11-23T23:30:00Z")) // "2026-11-24"
 */
export function dutchToday(now: Date): string {
  return DUTCH_DATE.format(now);
}

// en-CA formats as YYYY-MM-DD.
const DUTCH_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

const DAY_MS = 86_400_000;
const utcMidnight = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Whole calendar days from `from` to `to` (0 on the same day, negative when `to` is earlier). @example daysBetween("2026-01-01", "2026-01-22") // 21 */
export const daysBetween = (from: string, to: string): number => Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);

/** The ISO date `days` calendar days after `iso` (before it when negative). @example addDays("2026-12-31", 1) // "2027-01-01" */
export const addDays = (iso: string, days: number): string => new Date(utcMidnight(iso) + days * DAY_MS).toISOString().slice(0, 10);
