/**
 * Dutch number formats for reports (decimal comma, dot for thousands). Money arrives as integer cents, as
 * everywhere in Baatwijzer's APIs; a plain space follows the euro sign, as in Dutch council reports.
 */
const fixed = (digits: number) => new Intl.NumberFormat("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const CENTS = fixed(2);
const WHOLE = fixed(0);
const ONE = fixed(1);
const UP_TO_TWO = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** The kind of a number in a report table or chart: how it is shown and which Excel format it gets. */
export type ValueKind = "euro" | "count" | "percent" | "ratio" | "number" | "index";

/** `€ 1.234,56`; `€ -1.234,56` for a negative amount. @example formatEuroCents(123456) // "€ 1.234,56" */
export const formatEuroCents = (cents: number): string => `€ ${CENTS.format(cents / 100)}`;
/** Whole euros for chart axes: `€ 12.346`. */
export const formatEuroWhole = (cents: number): string => `€ ${WHOLE.format(cents / 100)}`;
/** A fraction as a Dutch percentage with one decimal: 0.605 → `60,5%`. */
export const formatPercent = (fraction: number): string => `${ONE.format(fraction * 100)}%`;
/** A ratio with two decimals: 1.4363 → `1,44`. */
export const formatRatio = (value: number): string => CENTS.format(value);
/** A count with thousands separators: 12345 → `12.345`. */
export const formatCount = (value: number): string => WHOLE.format(value);
/** Any other number, at most two decimals: 41.7666 → `41,77`. */
export const formatNumber = (value: number): string => UP_TO_TWO.format(value);
/** An index (base year = 100) with one decimal: 108 → `108,0`. */
export const formatIndex = (value: number): string => ONE.format(value);

/** Formats a number of the given kind; non-finite numbers give an en dash. */
export function formatValue(value: number, kind: ValueKind): string {
  if (!Number.isFinite(value)) return "–";
  switch (kind) {
    case "euro":
      return formatEuroCents(value);
    case "count":
      return formatCount(value);
    case "percent":
      return formatPercent(value);
    case "ratio":
      return formatRatio(value);
    case "index":
      return formatIndex(value);
    case "number":
      return formatNumber(value);
  }
}

/** A date `2026-03-01` as `1 maart 2026`. */
export function formatDutchDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
