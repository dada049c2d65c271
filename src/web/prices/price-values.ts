import type { IndexPoint, Payer, PriceItem, PriceItemInput } from "../../domain/prices/dto";
import { formatDecimal, parseDecimal, parseEuroCents } from "../format";
import { newKey } from "../ui/list-items";

export const PRICE_LIST_PATH = "/prijslijst";

/** Betrouwbaarheid: 1 (lowest) to 5 (highest), as the domain takes it. */
export const CONFIDENCE_VALUES = [1, 2, 3, 4, 5] as const;

/** The price year chosen in the address (`?prijspeil=2026`), or null: show the prices as entered. */
export const priceYearOf = (search: string): number | null => {
  const value = new URLSearchParams(search).get("prijspeil") ?? "";
  if (!/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : null;
};

export const priceListPath = (year: number | null) => (year === null ? PRICE_LIST_PATH : `${PRICE_LIST_PATH}?prijspeil=${year}`);

/** The price form as typed: amounts with a decimal comma, numbers as text. */
export interface PriceFormValues {
  code: string;
  label: string;
  unit: string;
  price: string;
  priceYear: string;
  payer: string;
  source: string;
  confidence: string;
  isExample: boolean;
}

export const emptyPriceForm = (year: number): PriceFormValues => ({
  code: "",
  label: "",
  unit: "",
  price: "",
  priceYear: String(year),
  payer: "",
  source: "",
  confidence: "",
  isExample: false,
});

export const priceFormOf = (item: PriceItem): PriceFormValues => ({
  code: item.code,
  label: item.label,
  unit: item.unit,
  price: (item.priceCents / 100).toFixed(2).replace(".", ","),
  priceYear: String(item.priceYear),
  payer: item.payer,
  source: item.source,
  confidence: String(item.confidence),
  isExample: item.isExample,
});

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/**
 * The form as the API takes it, and which fields the page could not read. Unreadable input goes to
 * the server as typed, so it answers with every field problem at once.
 */
export const priceInputOf = (values: PriceFormValues): { input: PriceItemInput; unreadable: ("priceCents" | "priceYear")[] } => {
  const cents = parseEuroCents(values.price);
  const year = wholeNumber(values.priceYear);
  const confidence = wholeNumber(values.confidence);
  return {
    input: {
      code: values.code,
      label: values.label,
      unit: values.unit,
      priceCents: cents ?? (values.price as unknown as number),
      priceYear: year ?? (values.priceYear as unknown as number),
      payer: values.payer as Payer,
      source: values.source,
      confidence: confidence ?? (undefined as unknown as number),
      isExample: values.isExample,
    },
    unreadable: [...(cents === null ? (["priceCents"] as const) : []), ...(year === null ? (["priceYear"] as const) : [])],
  };
};

/** One line of the index series editor, as typed. */
export interface IndexRow {
  key: string;
  year: string;
  value: string;
  source: string;
}

export const indexRowsOf = (points: readonly IndexPoint[]): IndexRow[] =>
  points.map((point) => ({ key: newKey(), year: String(point.year), value: formatDecimal(point.value), source: point.source }));

export const emptyIndexRow = (): IndexRow => ({ key: newKey(), year: "", value: "", source: "" });

/** The lines as the API takes them; unreadable numbers go as typed so the server names them. */
export const indexPointsOf = (rows: readonly IndexRow[]): IndexPoint[] =>
  rows.map((row) => ({
    year: wholeNumber(row.year) ?? (row.year as unknown as number),
    value: parseDecimal(row.value) ?? (row.value as unknown as number),
    source: row.source,
  }));
