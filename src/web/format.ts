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
