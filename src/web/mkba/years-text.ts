/**
 * Year indices as typed: numbers and ranges separated by commas or spaces (`0, 1, 2` or `0-4`), each once, sorted.
 * Null when the text is no such list.
 * @example parseYears("0-2, 4") // [0, 1, 2, 4]
 */
export function parseYears(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== "");
  if (parts.length === 0) return null;
  const years = new Set<number>();
  for (const part of parts) {
    const range = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(part);
    if (!range) return null;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from) return null;
    for (let year = from; year <= to; year++) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Year indices as text, consecutive runs as ranges. @example yearsText([0, 1, 2, 4]) // "0-2, 4" */
export function yearsText(years: readonly number[]): string {
  const runs: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const close = () => {
    if (start === undefined || previous === undefined) return;
    runs.push(start === previous ? String(start) : `${start}-${previous}`);
  };
  for (const year of years) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    close();
    start = year;
    previous = year;
  }
  close();
  return runs.join(", ");
}
