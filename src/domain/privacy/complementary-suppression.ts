import { SMALL_COUNT_THRESHOLD } from "./suppress-small-counts";

/**
 * Which cells of one breakdown to hide, so that no hidden cell can be recovered by subtraction.
 *
 * Cells that split a total the reader can learn elsewhere (spending per purpose category sums to the spending per
 * pot; the three effect verdicts sum to the effect share × the reviewed cases) give a lone hidden cell away: it is
 * the total minus the shown ones, and with a count of 1 its amount is one household's spend. So when the primary
 * rule (1–4 cases) hides exactly one cell, the smallest shown non-empty cell is hidden too (complementary or
 * secondary suppression, as CBS does for its tables; see the Handbook on Statistical Disclosure Control, ESSnet,
 * 2012, ch. 4). Two hidden cells reveal only their sum. Empty cells stay shown: a 0 identifies nobody.
 */
export function cellsToHide(counts: readonly number[]): boolean[] {
  const hide = counts.map((n) => n > 0 && n < SMALL_COUNT_THRESHOLD);
  if (hide.filter(Boolean).length !== 1) return hide;
  let partner = -1;
  counts.forEach((n, i) => {
    if (!hide[i] && n > 0 && (partner < 0 || n < counts[partner]!)) partner = i;
  });
  if (partner >= 0) hide[partner] = true;
  return hide;
}

/** cellsToHide over named counts: each count, or null where hidden (shown as "<5"). */
export function suppressBreakdown<K extends string>(counts: Readonly<Record<K, number>>): Record<K, number | null> {
  const keys = Object.keys(counts) as K[];
  const hide = cellsToHide(keys.map((k) => counts[k]));
  return Object.fromEntries(keys.map((k, i) => [k, hide[i] ? null : counts[k]])) as Record<K, number | null>;
}
