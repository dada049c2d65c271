/**
 * The evaluation dates of a family-group plan: every `everyWeeks` weeks after `startsOn`, up to and
 * including `forMonths` calendar months later. Default practice (seed article 001, Eigen Kracht plan):
 * every 4 weeks during the first 3 months.
 * @example evaluationDates("2026-01-05", 4, 3) // ["2026-02-02", "2026-03-02", "2026-03-30"]
 */
export function evaluationDates(startsOn: string, everyWeeks: number, forMonths: number): string[] {
  const start = new Date(`${startsOn}T00:00:00Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + forMonths);
  const dates: string[] = [];
  for (let n = 1; ; n++) {
    const next = new Date(start.getTime() + n * everyWeeks * 7 * 86_400_000);
    if (next > end) break;
    dates.push(next.toISOString().slice(0, 10));
  }
  return dates;
}
