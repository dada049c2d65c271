/**
 * A series indexed to a base year: value[t] / value[base] × 100 (base year = 100), the way Oirschot compared its
 * growth in clients and spending with four peer municipalities (seed article 002). Years without a value are left
 * out; null when the base year is missing or zero.
 * @example indexToBase([{ year: 2019, value: 200 }, { year: 2022, value: 260 }], 2019) // [{2019,100},{2022,130}]
 */
export function indexToBase(points: readonly { readonly year: number; readonly value: number }[], baseYear: number): { year: number; index: number }[] | null {
  const base = points.find((p) => p.year === baseYear)?.value;
  if (base === undefined || base === 0) return null;
  return [...points].sort((a, b) => a.year - b.year).map((p) => ({ year: p.year, index: (p.value / base) * 100 }));
}

/**
 * A peer group as one series: per year the sum of the members' values, only for years in which every member has
 * a value (otherwise a missing member would look like a decline). Summing before indexing weights each member by
 * its size, as the group's total spending or clients would.
 * @example groupTotal([[{year:2019,value:1}],[{year:2019,value:2}]]) // [{ year: 2019, value: 3 }]
 */
export function groupTotal(members: readonly (readonly { readonly year: number; readonly value: number }[])[]): { year: number; value: number }[] {
  if (members.length === 0) return [];
  const sums = new Map<number, { value: number; count: number }>();
  for (const member of members) {
    for (const point of member) {
      const entry = sums.get(point.year) ?? { value: 0, count: 0 };
      entry.value += point.value;
      entry.count += 1;
      sums.set(point.year, entry);
    }
  }
  return [...sums.entries()]
    .filter(([, e]) => e.count === members.length)
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({ year, value: e.value }));
}
