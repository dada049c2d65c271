const percent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });
const ratio = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A share as a Dutch percentage. @example formatShare(0.4412) // "44,1%" */
export const formatShare = (share: number): string => percent.format(share);

/** A ratio with two decimals. @example formatRatio(2.1358) // "2,14" */
export const formatRatio = (value: number): string => ratio.format(value);
