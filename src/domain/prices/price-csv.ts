import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { PAYERS, type PriceItem, type PriceItemInput, priceItemInputSchema } from "./dto";

/** The columns of a price-list CSV, in order (docs/csv-formats.md). */
export const PRICE_CSV_COLUMNS = ["code", "omschrijving", "eenheid", "prijs", "prijsjaar", "betaler", "bron", "betrouwbaarheid", "voorbeeld"] as const;

export interface CsvFinding {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export type PriceCsvResult = { readonly ok: true; readonly items: PriceItemInput[] } | { readonly ok: false; readonly findings: CsvFinding[] };

/**
 * Reads a price list from CSV: UTF-8 with or without BOM, `;` or `,` (detected from the header),
 * decimal comma or point, thousands dots allowed with a decimal comma ("1.234,56"). Returns every
 * problem with its row (1 = header) and column; an import takes all rows or none.
 */
export function parsePriceCsv(text: string): PriceCsvResult {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let rows: string[][];
  try {
    rows = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { ok: false, findings: [{ row: 0, column: "", message: `Het bestand is geen geldige CSV: ${(error as Error).message}` }] };
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const missing = PRICE_CSV_COLUMNS.filter((column) => column !== "voorbeeld" && !header.includes(column));
  if (missing.length > 0) return { ok: false, findings: missing.map((column) => ({ row: 1, column, message: "Deze kolom ontbreekt in de kopregel" })) };
  const at = (row: string[], column: string) => row[header.indexOf(column)] ?? "";

  const findings: CsvFinding[] = [];
  const items: PriceItemInput[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    const price = parseDecimal(at(row, "prijs"));
    const candidate = {
      code: at(row, "code"),
      label: at(row, "omschrijving"),
      unit: at(row, "eenheid"),
      priceCents: price === null ? Number.NaN : Math.round(price * 100),
      priceYear: Number(at(row, "prijsjaar")),
      payer: at(row, "betaler"),
      source: at(row, "bron"),
      confidence: Number(at(row, "betrouwbaarheid")),
      isExample: /^(ja|yes|true|1)$/i.test(at(row, "voorbeeld")),
    };
    const parsed = priceItemInputSchema.safeParse(candidate);
    if (price === null) findings.push({ row: rowNumber, column: "prijs", message: `"${at(row, "prijs")}" is geen bedrag` });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = CSV_COLUMN_OF[String(issue.path[0])] ?? String(issue.path[0]);
        if (column === "prijs" && price === null) continue;
        const message = column === "betaler" ? `Onbekende betaler; kies uit ${PAYERS.join(", ")}` : issue.message;
        findings.push({ row: rowNumber, column, message });
      }
      return;
    }
    const earlier = seen.get(parsed.data.code);
    if (earlier) findings.push({ row: rowNumber, column: "code", message: `Code komt al voor in regel ${earlier}` });
    seen.set(parsed.data.code, rowNumber);
    items.push(parsed.data);
  });
  if (rows.length < 2) findings.push({ row: 1, column: "", message: "Het bestand bevat geen prijsregels" });
  return findings.length > 0 ? { ok: false, findings } : { ok: true, items };
}

const CSV_COLUMN_OF: Record<string, string> = {
  code: "code",
  label: "omschrijving",
  unit: "eenheid",
  priceCents: "prijs",
  priceYear: "prijsjaar",
  payer: "betaler",
  source: "bron",
  confidence: "betrouwbaarheid",
  isExample: "voorbeeld",
};

/** "1.234,56", "1234,56", "1234.56", "€ 12" → number; null when it is not an amount. */
export function parseDecimal(text: string): number | null {
  let value = text.replace(/[€\s]/g, "");
  if (value === "") return null;
  if (value.includes(",")) value = value.replace(/\./g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

/** Writes the list as Dutch CSV: `;`, decimal comma, with BOM so Excel reads it as UTF-8. */
export function formatPriceCsv(items: readonly PriceItem[]): string {
  const rows = items.map((item) => [
    item.code,
    item.label,
    item.unit,
    (item.priceCents / 100).toFixed(2).replace(".", ","),
    String(item.priceYear),
    item.payer,
    item.source,
    String(item.confidence),
    item.isExample ? "ja" : "nee",
  ]);
  return `\uFEFF${stringify([[...PRICE_CSV_COLUMNS], ...rows], { delimiter: ";", record_delimiter: "\r\n" })}`;
}
