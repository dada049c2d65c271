import { parse } from "csv-parse/sync";
import { parseDecimal } from "../prices/price-csv";

export interface BenchmarkRow {
  readonly municipality: string;
  readonly year: number;
  readonly indicator: string;
  readonly value: number;
}

export interface CsvFinding {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

const COLUMNS = ["gemeente", "jaar", "indicator", "waarde"] as const;
/** English headers as in the open-data exports are accepted too. */
const ALIASES: Record<string, (typeof COLUMNS)[number]> = { municipality: "gemeente", year: "jaar", indicator: "indicator", value: "waarde", perioden: "jaar", regioaanduiding: "gemeente" };

/**
 * Reads municipal statistics: `gemeente;jaar;indicator;waarde` (or municipality,year,indicator,value), UTF-8 with or
 * without BOM, `;` or `,`, decimal comma or point. All rows or none: every problem with row and column.
 */
export function parseBenchmarkCsv(text: string): { ok: true; rows: BenchmarkRow[] } | { ok: false; findings: CsvFinding[] } {
  const clean = text.replace(/^\uFEFF/, "");
  const first = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (first.match(/;/g)?.length ?? 0) >= (first.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(clean, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { ok: false, findings: [{ row: 0, column: "", message: `Het bestand is geen geldige CSV: ${(error as Error).message}` }] };
  }
  const header = (records[0] ?? []).map((h) => ALIASES[h.toLowerCase()] ?? h.toLowerCase());
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, findings: missing.map((column) => ({ row: 1, column, message: "Deze kolom ontbreekt in de kopregel" })) };
  const at = (r: string[], c: string) => r[header.indexOf(c)] ?? "";
  const findings: CsvFinding[] = [];
  const rows: BenchmarkRow[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const municipality = at(record, "gemeente");
    const indicator = at(record, "indicator");
    const yearText = at(record, "jaar").replace(/JJ00$/, "");
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    const value = parseDecimal(at(record, "waarde"));
    if (!municipality) findings.push({ row, column: "gemeente", message: "Vul de gemeente in" });
    if (!indicator) findings.push({ row, column: "indicator", message: "Vul de indicator in" });
    if (!Number.isInteger(year) || year < 1990 || year > 2100) findings.push({ row, column: "jaar", message: `"${at(record, "jaar")}" is geen jaartal` });
    if (value === null || value < 0) findings.push({ row, column: "waarde", message: `"${at(record, "waarde")}" is geen (niet-negatief) getal` });
    const key = `${municipality}|${year}|${indicator}`;
    if (seen.has(key)) findings.push({ row, column: "gemeente", message: `Deze combinatie van gemeente, jaar en indicator staat ook in regel ${seen.get(key)}` });
    seen.set(key, row);
    if (municipality && indicator && Number.isInteger(year) && value !== null) rows.push({ municipality, year, indicator, value });
  });
  if (records.length < 2) findings.push({ row: 1, column: "", message: "Het bestand bevat geen gegevens" });
  return findings.length > 0 ? { ok: false, findings } : { ok: true, rows };
}
