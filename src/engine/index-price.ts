/**
 * Brings an amount from one price year to another with an index series (e.g. CBS consumer prices or
 * the tenant's own contract indexation): amount × I[to] / I[from]. Returns null when either year is
 * missing from the series, so a caller never silently uses an unindexed price.
 * Convention as in the MKBA guidance (Werkwijzer MKBA sociaal domein; Romijn & Renes, Algemene leidraad
 * MKBA, CPB/PBL 2013): all prices in one price year, indexed with a price index.
 * @example indexPrice(100, 2022, 2024, { 2022: 100, 2024: 110.5 }) // 110.5
 */
export function indexPrice(amount: number, fromYear: number, toYear: number, series: Readonly<Record<number, number>>): number | null {
  if (fromYear === toYear) return amount;
  const from = series[fromYear];
  const to = series[toYear];
  if (from === undefined || to === undefined || from <= 0) return null;
  return (amount * to) / from;
}
