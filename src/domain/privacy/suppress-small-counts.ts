/**
 * Aggregates shown to policy roles hide cells based on fewer than 5 cases, so no individual household can
 * be recognised (CBS practice for small cells; AVG data minimisation). The amount of such a cell is hidden
 * too: with a count of 1 it would be that one household's amount.
 */
export const SMALL_COUNT_THRESHOLD = 5;

export interface SuppressedCell {
  readonly count: number | null;
  readonly amountCents: number | null;
  readonly suppressed: boolean;
}

export function suppressSmallCount(count: number, amountCents: number): SuppressedCell {
  if (count > 0 && count < SMALL_COUNT_THRESHOLD) return { count: null, amountCents: null, suppressed: true };
  return { count, amountCents, suppressed: false };
}

/** A bare count for a policy role: null (shown as "<5") when 1–4. */
export const suppressCount = (count: number): number | null => (count > 0 && count < SMALL_COUNT_THRESHOLD ? null : count);
