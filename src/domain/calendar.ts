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
