import { dutchToday } from "../../domain/calendar";

/** An ISO date `offset` days from today in Dutch time — the server's "today" (domain/calendar.ts). */
export function day(offset: number): string {
  const today = Date.parse(`${dutchToday(new Date())}T00:00:00Z`);
  return new Date(today + offset * 86_400_000).toISOString().slice(0, 10);
}
