// Input parsing for `baatwijzer businesscase` (docs/businesscase-cli.md): the cases and prices CSV files, read into
// the engine's columns. Every problem is collected with its line, column and value; nothing is half read.
import { parse } from "csv-parse/sync";
import { type AvoidedProduct, type ExPostCases, VERDICT_CODE, type Verdict } from "../engine/index";

/**
 * One problem in an input file. `line` is the physical line (1 = header); null for problems of the whole file and
 * for JSON, where `column` names the field instead.
 */
export interface InputProblem {
  readonly file: string;
  readonly line: number | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
}

/** `cases.csv regel 4, kolom "verdict", waarde "misschien": onbekend oordeel …`; a JSON field reads `veld "…"`. */
export function formatProblem({ file, line, column, value, message }: InputProblem): string {
  const where = [
    line === null ? null : `regel ${line}`,
    column === null ? null : `${line === null ? "veld" : "kolom"} "${column}"`,
    value === null ? null : `waarde "${value.replace(/\r?\n/g, "\\n")}"`,
  ];
  const place = where.filter((part) => part !== null).join(", ");
  return `${file}${place === "" ? "" : ` ${place}`}: ${message}`;
}

export const CASE_COLUMNS = [
  "case_id",
  "team",
  "opened",
  "hours",
  "direct_costs",
  "reviewed",
  "verdict",
  "avoided_product",
  "avoided_units_per_month",
  "avoided_months",
] as const;
export const PRICE_COLUMNS = ["code", "label", "unit", "price", "payer", "price_year", "source"] as const;

/** A product of the price list; `price` in euros per `unit`. */
export interface PriceRow extends AvoidedProduct {
  readonly code: string;
  readonly label: string;
  readonly unit: string;
  readonly priceYear: number;
  readonly source: string;
}

/** The cases as the engine's columns, with the per-case facts the engine does not need. */
export interface CaseTable {
  readonly columns: ExPostCases;
  readonly caseIds: readonly string[];
  /** Opening dates as ISO `YYYY-MM-DD`. */
  readonly opened: readonly string[];
}

interface Row {
  readonly line: number;
  readonly get: (column: string) => string;
}

interface Table {
  readonly rows: readonly Row[];
  /** Whether the file writes decimals with a comma (then a dot can only be a thousands separator). */
  readonly decimalComma: boolean;
}

/**
 * Reads a CSV file into rows keyed by (normalised) header name: UTF-8 with or without BOM, `;` or `,` detected
 * from the header line, empty lines skipped, values trimmed. The decimal separator is detected per file: a comma in
 * any value of `numericColumns` makes it a decimal-comma file.
 */
function readTable(text: string, file: string, required: readonly string[], numericColumns: readonly string[], problems: InputProblem[]): Table | null {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const firstLine = clean.split("\n").find((line) => line.trim() !== "") ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    problems.push({ file, line: typeof line === "number" ? line : null, column: null, value: null, message: `geen geldige CSV: ${(error as Error).message}` });
    return null;
  }
  const [head, ...body] = records;
  if (head === undefined) {
    problems.push({ file, line: null, column: null, value: null, message: "het bestand is leeg; verwacht een kopregel met de kolommen" });
    return null;
  }
  const header = head.record.map(normaliseName);
  const headerLine = startLine(head);
  const missing = required.filter((column) => !header.includes(column));
  for (const column of missing) {
    problems.push({ file, line: headerLine, column, value: null, message: "deze kolom ontbreekt in de kopregel" });
  }
  if (missing.length > 0) return null;

  const position = new Map<string, number>();
  header.forEach((name, index) => {
    if (!position.has(name)) position.set(name, index);
  });
  const rows: Row[] = [];
  let decimalComma = false;
  for (const entry of body) {
    const line = startLine(entry);
    const fields = entry.record;
    if (fields.length > header.length) {
      problems.push({
        file,
        line,
        column: null,
        value: fields.join(delimiter),
        message: `deze regel heeft ${fields.length} velden, de kopregel ${header.length} (staat er een decimale komma in een kommagescheiden bestand? zet de waarde dan tussen aanhalingstekens)`,
      });
      continue;
    }
    const get = (column: string) => fields[position.get(column) as number] ?? "";
    if (!decimalComma) decimalComma = numericColumns.some((column) => get(column).includes(","));
    rows.push({ line, get });
  }
  return { rows, decimalComma };
}

/** Header names compare case-insensitively, with spaces and hyphens read as underscores: "Case ID" = "case_id". */
const normaliseName = (name: string): string => name.normalize("NFC").trim().toLowerCase().replace(/[\s-]+/g, "_");

/** The line a record starts on: csv-parse counts to its end, so subtract the line breaks inside quoted fields. */
const startLine = ({ record, info }: { record: string[]; info: { lines: number } }): number =>
  info.lines - record.reduce((breaks, field) => breaks + (field.match(/\n/g)?.length ?? 0), 0);

const POINT_NUMBER = /^-?\d+(\.\d+)?$/;
const COMMA_NUMBER = /^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/;

/**
 * A number in the file's decimal style: `12.5` in a decimal-point file; `12,5` or `1.234,56` in a decimal-comma
 * file. A leading € is ignored. Null when it is not a number in that style.
 */
function parseNumber(text: string, decimalComma: boolean): number | null {
  const value = text.trim().replace(/^€\s*/, "");
  if (decimalComma) return COMMA_NUMBER.test(value) ? Number(value.replace(/\./g, "").replace(",", ".")) : null;
  return POINT_NUMBER.test(value) ? Number(value) : null;
}

/** `dd-mm-jjjj` (also `d-m-jjjj`) or ISO `jjjj-mm-dd` → ISO; null when it is neither or not a calendar date. */
export function parseDate(text: string): string | null {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

const YES = new Set(["ja", "yes", "true", "1"]);
const NO = new Set(["nee", "no", "false", "0"]);

/** Dutch and English verdict words (GLOSSARY), compared case-insensitively after Unicode normalisation. */
const VERDICT_WORDS: ReadonlyMap<string, Verdict> = new Map([
  ["voorkomen", "prevented"],
  ["verminderd", "reduced"],
  ["beëindigd", "ended"],
  ["beeindigd", "ended"],
  ["geen", "none"],
  ["geen effect", "none"],
  ["prevented", "prevented"],
  ["reduced", "reduced"],
  ["ended", "ended"],
  ["none", "none"],
]);
const VERDICT_HELP = "kies voorkomen, verminderd, beëindigd of geen (Engels: prevented, reduced, ended, none)";

/**
 * Reads the price list: `code, label, unit, price, payer, price_year, source`. Code, price (≥ 0), payer and
 * price_year are required per row; codes are unique.
 */
export function readPricesCsv(text: string, file: string): { readonly prices: readonly PriceRow[] | null; readonly problems: readonly InputProblem[] } {
  const problems: InputProblem[] = [];
  const table = readTable(text, file, PRICE_COLUMNS, ["price"], problems);
  if (table === null) return { prices: null, problems };
  const prices: PriceRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, get } of table.rows) {
    const problem = (column: string, value: string | null, message: string) => problems.push({ file, line, column, value, message });
    const code = get("code");
    if (code === "") problem("code", null, "de code is leeg");
    else if (seen.has(code)) problem("code", code, `deze code staat al in regel ${seen.get(code)}`);
    else seen.set(code, line);
    const price = amount(get("price"), table.decimalComma, "price", problem);
    const payer = get("payer");
    if (payer === "") problem("payer", null, "de betaler is leeg; vul in wie het product betaalt (bijvoorbeeld gemeente Wmo, Wlz)");
    const yearText = get("price_year");
    const priceYear = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (priceYear === null) problem("price_year", yearText, "het prijsjaar is geen jaartal van vier cijfers");
    if (price !== null && priceYear !== null && code !== "" && payer !== "") {
      prices.push({ code, label: get("label"), unit: get("unit"), price, payer, priceYear, source: get("source") });
    }
  }
  return problems.length > 0 ? { prices: null, problems } : { prices, problems };
}

/** An optional number ≥ 0: "empty" when not filled in, null (reported) when invalid. */
function optionalAmount(text: string, decimalComma: boolean, column: string, problem: (column: string, value: string | null, message: string) => void): number | "empty" | null {
  return text === "" ? "empty" : amount(text, decimalComma, column, problem);
}

/** A required number ≥ 0 in the file's decimal style; reports and returns null otherwise. */
function amount(text: string, decimalComma: boolean, column: string, problem: (column: string, value: string | null, message: string) => void): number | null {
  if (text === "") {
    problem(column, null, "leeg; vul een getal in");
    return null;
  }
  const value = parseNumber(text, decimalComma);
  if (value === null) {
    problem(column, text, `geen getal (dit bestand schrijft decimalen met een ${decimalComma ? "komma, zoals 12,5 of 1.234,56" : "punt, zoals 12.5"})`);
    return null;
  }
  if (value < 0) {
    problem(column, text, "negatief; verwacht een getal ≥ 0");
    return null;
  }
  return value;
}

/**
 * Reads the cases: `case_id, team, opened, hours, direct_costs, reviewed, verdict, avoided_product,
 * avoided_units_per_month, avoided_months`. `products` maps price-list codes to their index; null when the price
 * list could not be read (codes are then not checked). Rules (docs/businesscase-cli.md): case_id unique and not
 * empty; opened a date; hours a number ≥ 0; direct_costs a number ≥ 0, empty = 0; reviewed ja/nee; verdict only and
 * always on reviewed cases; a verdict with an effect needs a product, units per month and months; whatever is
 * filled in must be valid (a known code, numbers ≥ 0), even where it is not used.
 */
export function readCasesCsv(
  text: string,
  file: string,
  products: ReadonlyMap<string, number> | null,
): { readonly cases: CaseTable | null; readonly problems: readonly InputProblem[] } {
  const problems: InputProblem[] = [];
  const table = readTable(text, file, CASE_COLUMNS, ["hours", "direct_costs", "avoided_units_per_month", "avoided_months"], problems);
  if (table === null) return { cases: null, problems };
  const n = table.rows.length;
  if (n === 0) {
    problems.push({ file, line: null, column: null, value: null, message: "het bestand bevat geen casussen" });
    return { cases: null, problems };
  }
  const columns: ExPostCases = {
    hours: new Float64Array(n),
    directCosts: new Float64Array(n),
    verdict: new Uint8Array(n),
    avoidedProduct: new Int32Array(n).fill(-1),
    avoidedUnitsPerMonth: new Float64Array(n),
    avoidedMonths: new Float64Array(n),
  };
  const caseIds: string[] = [];
  const opened: string[] = [];
  const seen = new Map<string, number>();
  const decimalComma = table.decimalComma;
  table.rows.forEach(({ line, get }, i) => {
    const problem = (column: string, value: string | null, message: string) => problems.push({ file, line, column, value, message });
    const caseId = get("case_id");
    if (caseId === "") problem("case_id", null, "het casusnummer is leeg");
    else if (seen.has(caseId)) problem("case_id", caseId, `dit casusnummer staat al in regel ${seen.get(caseId)}`);
    else seen.set(caseId, line);
    caseIds.push(caseId);

    const openedText = get("opened");
    const date = parseDate(openedText);
    if (date === null) problem("opened", openedText === "" ? null : openedText, openedText === "" ? "de startdatum is leeg" : "geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd");
    opened.push(date ?? "");

    columns.hours[i] = amount(get("hours"), decimalComma, "hours", problem) ?? 0;
    const direct = get("direct_costs");
    columns.directCosts[i] = direct === "" ? 0 : (amount(direct, decimalComma, "direct_costs", problem) ?? 0);

    const reviewedText = get("reviewed");
    const reviewedWord = reviewedText.toLowerCase();
    const reviewed = YES.has(reviewedWord) ? true : NO.has(reviewedWord) ? false : null;
    if (reviewed === null) problem("reviewed", reviewedText === "" ? null : reviewedText, "verwacht ja of nee (ook: yes/no, true/false, 1/0)");

    const verdictText = get("verdict");
    const verdict = verdictText === "" ? null : (VERDICT_WORDS.get(verdictText.normalize("NFC").toLowerCase()) ?? "unknown");
    if (verdict === "unknown") problem("verdict", verdictText, `onbekend oordeel; ${VERDICT_HELP}`);
    else if (reviewed === true && verdict === null) problem("verdict", null, `een beoordeelde casus heeft een oordeel nodig; ${VERDICT_HELP}`);
    else if (reviewed === false && verdict !== null) problem("verdict", verdictText, "een oordeel bij een casus die niet beoordeeld is (reviewed = nee); laat het leeg of zet reviewed op ja");
    if (reviewed === true && verdict !== null && verdict !== "unknown") columns.verdict[i] = VERDICT_CODE[verdict];

    // The avoided maatwerk: required for a verdict with an effect, checked wherever it is filled in, used only there.
    const code = get("avoided_product");
    const product = code === "" || products === null ? undefined : products.get(code);
    if (code !== "" && products !== null && product === undefined) problem("avoided_product", code, "onbekende productcode; deze code staat niet in de prijslijst");
    const units = optionalAmount(get("avoided_units_per_month"), decimalComma, "avoided_units_per_month", problem);
    const months = optionalAmount(get("avoided_months"), decimalComma, "avoided_months", problem);
    if (!(reviewed === true && (verdict === "prevented" || verdict === "reduced" || verdict === "ended"))) return;
    const effect = "bij een oordeel met effect";
    if (code === "") problem("avoided_product", null, `${effect} hoort een vermeden product (een code uit de prijslijst)`);
    if (units === "empty") problem("avoided_units_per_month", null, `${effect} hoort het aantal vermeden eenheden per maand`);
    if (months === "empty") problem("avoided_months", null, `${effect} hoort het aantal maanden`);
    columns.avoidedProduct[i] = product ?? -1;
    columns.avoidedUnitsPerMonth[i] = typeof units === "number" ? units : 0;
    columns.avoidedMonths[i] = typeof months === "number" ? months : 0;
  });
  return problems.length > 0 ? { cases: null, problems } : { cases: { columns, caseIds, opened }, problems };
}
