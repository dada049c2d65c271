/**
 * Dutch display formats (money `€ 1.234,56`, dates `dd-mm-jjjj`). The API speaks integer cents,
 * ISO dates (`YYYY-MM-DD`) and UTC timestamps; these helpers turn them into what users read.
 * Timestamps are shown in Dutch local time (Europe/Amsterdam), whatever the browser's zone.
 */

const TIME_ZONE = "Europe/Amsterdam";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

const dateTimeParts = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Euro amount in Dutch notation. @example formatEuro(1234.56) // "€ 1.234,56" (non-breaking space) */
export const formatEuro = (amount: number): string => euro.format(amount);

/** Integer cents (the API's money unit) in Dutch notation. @example formatCents(123456) // "€ 1.234,56" */
export const formatCents = (cents: number): string => formatEuro(cents / 100);

const partsOf = (instant: Date): Record<string, string> =>
  Object.fromEntries(dateTimeParts.formatToParts(instant).map((part) => [part.type, part.value]));

/**
 * A date as dd-mm-jjjj. An ISO date (`2025-03-07`) is taken as a calendar date, without time
 * zone shifts; a timestamp is shown as its date in Dutch local time.
 * @example formatDate("2025-03-07") // "07-03-2025"
 */
export const formatDate = (value: string | Date): string => {
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value);
    if (match) return `${match[3]}-${match[2]}-${match[1]}`;
  }
  const parts = partsOf(new Date(value));
  return `${parts.day}-${parts.month}-${parts.year}`;
};

/** A timestamp as dd-mm-jjjj uu:mm in Dutch local time. @example formatDateTime("2025-03-07T09:05:00Z") // "07-03-2025 10:05" */
export const formatDateTime = (value: string | Date): string => {
  const parts = partsOf(new Date(value));
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
};

/**
 * The calendar date of an instant in Dutch local time, as ISO `YYYY-MM-DD` (what the API takes).
 * @example isoDateInDutchTime(new Date("2024-12-31T23:30:00Z")) // "2025-01-01"
 */
export const isoDateInDutchTime = (instant: Date): string => {
  const parts = partsOf(instant);
  return `${parts.year}-${parts.month}-${parts.day}`;
};

const DUTCH_DATE = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;

/**
 * A date as users type it — dd-mm-jjjj, also with one-digit day or month and `/`, `.` or a space
 * between — as ISO `YYYY-MM-DD`; an ISO date passes unchanged. Null when it is no real calendar date.
 * @example parseDutchDate("7-3-2025") // "2025-03-07"
 */
export const parseDutchDate = (text: string): string | null => {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dutch = DUTCH_DATE.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1000 ? date.toISOString().slice(0, 10) : null;
};

const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** A number with a decimal comma, at most two decimals. @example formatDecimal(1.5) // "1,5" */
export const formatDecimal = (value: number): string => decimal.format(value);

/** Minutes as hours with a decimal comma. @example formatHours(90) // "1,5" */
export const formatHours = (minutes: number): string => formatDecimal(minutes / 60);

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A number as users type it, with a decimal comma (or point), as a number; null when it is none.
 * @example parseDecimal("1,5") // 1.5
 */
export const parseDecimal = (text: string): number | null => {
  const compact = text.replace(/\s/g, "");
  return DECIMAL.test(compact) ? Number(compact.replace(",", ".")) : null;
};

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const AMOUNT = /^\d+(?:\.\d{1,2})?$/;

/**
 * A euro amount as users type it — `1.234,56`, `1234,5`, `€ 12`, `1.500` (thousands) or `12.50` —
 * as integer cents (the API's money unit); null when it is no amount of at most two decimals.
 * @example parseEuroCents("1.234,56") // 123456
 */
export const parseEuroCents = (text: string): number | null => {
  const compact = text.replace(/[\s€\u00a0]/g, "");
  const normal = compact.includes(",")
    ? compact.replace(/\./g, "").replace(",", ".")
    : THOUSANDS.test(compact)
      ? compact.replace(/\./g, "")
      : compact;
  if (!AMOUNT.test(normal)) return null;
  const [whole = "0", fraction = ""] = normal.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
};

/** Integer cents as a user would type them, without the euro sign or thousands. @example centsInput(123450) // "1234,50" */
export const centsInput = (cents: number): string =>
  `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, "0")}`;
