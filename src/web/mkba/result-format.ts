/** How the studio shows results: whole euros (models are estimates, cents would suggest false precision). */
const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const ratio = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });
const number = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });
const milliseconds = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** @example formatMoney(-1234.6) // "€ -1.235" (nl-NL puts the sign after the euro sign) */
export const formatMoney = (value: number): string => euro.format(Math.round(value));
/** @example formatRatio(1.436) // "1,44" */
export const formatRatio = (value: number): string => ratio.format(value);
/** @example formatPercent(0.254) // "25,4%" */
export const formatPercent = (value: number): string => percent.format(value);
/** A parameter value with up to four decimals. @example formatNumber(0.3) // "0,3" */
export const formatNumber = (value: number): string => number.format(value);
/** @example formatMilliseconds(1.234) // "1,2" */
export const formatMilliseconds = (value: number): string => milliseconds.format(value);
/** A signed amount of money, with + for a rise. */
export const formatSignedMoney = (value: number): string => (value > 0 ? `+${formatMoney(value)}` : formatMoney(value));
export const formatSignedPercent = (value: number): string => (value > 0 ? `+${formatPercent(value)}` : formatPercent(value));
export const formatSignedNumber = (value: number): string => (value > 0 ? `+${formatNumber(value)}` : formatNumber(value));
