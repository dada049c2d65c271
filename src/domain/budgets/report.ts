import { cellsToHide } from "../privacy/complementary-suppression";
import { type SuppressedCell, suppressSmallCount } from "../privacy/suppress-small-counts";
import { PURPOSE_CATEGORIES, type PurposeCategory } from "./purpose-categories";

/** One approved spend, as the report reads it (no names, no case ids). */
export interface SpendFact {
  readonly potName: string;
  readonly purposeCategory: PurposeCategory;
  readonly teamName: string;
  readonly amountCents: number;
  readonly preFinanced: boolean;
  readonly honouredCents: number;
  readonly arrangementOutcome: "pending" | "forgiven" | "repaid" | "written_off" | null;
}

export interface BudgetReport {
  readonly byPot: (SuppressedCell & { readonly key: string })[];
  /** Per purpose category, in the order of PURPOSE_CATEGORIES; `key` is the category code. */
  readonly byPurpose: (SuppressedCell & { readonly key: string })[];
  readonly byTeam: (SuppressedCell & { readonly key: string })[];
  readonly recovery: { readonly preFinancedCents: number | null; readonly honouredCents: number | null; readonly rate: number | null; readonly suppressed: boolean };
  readonly arrangements: (SuppressedCell & { readonly key: string })[];
}

/** Groups in Dutch alphabetical order, or in the given order of keys (unlisted keys after them). */
function groupBy(facts: readonly SpendFact[], key: (f: SpendFact) => string | null, order?: readonly string[]): (SuppressedCell & { key: string })[] {
  const groups = new Map<string, { count: number; amount: number }>();
  for (const fact of facts) {
    const k = key(fact);
    if (k === null) continue;
    const g = groups.get(k) ?? { count: 0, amount: 0 };
    g.count += 1;
    g.amount += fact.amountCents;
    groups.set(k, g);
  }
  const rank = (k: string) => (order?.includes(k) ? order.indexOf(k) : Number.MAX_SAFE_INTEGER);
  const sorted = [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b, "nl"));
  // Each breakdown splits the same total (all approved spends of the year), so a lone hidden cell would be findable.
  const hide = cellsToHide(sorted.map(([, g]) => g.count));
  return sorted.map(([k, g], i) => ({ key: k, ...(hide[i] ? { count: null, amountCents: null, suppressed: true } : { count: g.count, amountCents: g.amount, suppressed: false }) }));
}

/**
 * Spending per pot, purpose category and team; the recovery rate (honoured ÷ pre-financed); and the outcomes of
 * conditional arrangements — every cell of fewer than 5 spends suppressed, and one more cell where a lone hidden
 * cell could be found by subtraction (complementary-suppression.ts).
 */
export function budgetReport(facts: readonly SpendFact[]): BudgetReport {
  const preFinanced = facts.filter((f) => f.preFinanced);
  const preFinancedCents = preFinanced.reduce((s, f) => s + f.amountCents, 0);
  const honouredCents = preFinanced.reduce((s, f) => s + f.honouredCents, 0);
  const recoverySuppressed = preFinanced.length > 0 && suppressSmallCount(preFinanced.length, preFinancedCents).suppressed;
  return {
    byPot: groupBy(facts, (f) => f.potName),
    byPurpose: groupBy(facts, (f) => f.purposeCategory, PURPOSE_CATEGORIES),
    byTeam: groupBy(facts, (f) => f.teamName),
    recovery: recoverySuppressed
      ? { preFinancedCents: null, honouredCents: null, rate: null, suppressed: true }
      : { preFinancedCents, honouredCents, rate: preFinancedCents > 0 ? honouredCents / preFinancedCents : null, suppressed: false },
    arrangements: groupBy(facts, (f) => f.arrangementOutcome),
  };
}
