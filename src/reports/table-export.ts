import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { ValueKind } from "./dutch-format";

/** How a column is read: text, or a number of a {@link ValueKind} (euros as integer cents). */
export type ColumnKind = "text" | ValueKind;

/** A report table: Dutch column headings and rows of text, numbers or empty cells. */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly { readonly heading: string; readonly kind: ColumnKind }[];
  /** A number, text, or null for a suppressed count (shown as "<5"). */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /**
   * Per row, the kind of its numeric cells when it differs from the column's (a key-figures table mixes euros,
   * ratios and percentages in one value column). Text columns keep their kind.
   */
  readonly rowKinds?: readonly (ValueKind | undefined)[];
  /** The columns {@link rowKinds} apply to; default every numeric column. */
  readonly rowKindColumns?: readonly number[];
  /** Shown under the table, e.g. the suppression rule. */
  readonly notes?: readonly string[];
}

/** The kind of one cell: the row's override for numeric columns, else the column's. */
export function cellKind(table: ReportTable, row: number, column: number): ColumnKind {
  const kind = table.columns[column]?.kind ?? "text";
  if (kind === "text" || (table.rowKindColumns && !table.rowKindColumns.includes(column))) return kind;
  return table.rowKinds?.[row] ?? kind;
}

const dutchNumber = (value: number, decimals: number) => value.toFixed(decimals).replace(".", ",");

/** CSV text of a number: no thousands separator (spreadsheets read it back), decimal comma. */
function csvNumber(value: number, kind: ColumnKind): string {
  switch (kind) {
    case "euro":
      return dutchNumber(value / 100, 2);
    case "percent":
      return dutchNumber(value * 100, 1);
    case "ratio":
      return dutchNumber(value, 2);
    case "index":
      return dutchNumber(value, 1);
    default:
      return String(value).replace(".", ",");
  }
}

/** Dutch CSV: `;`, decimal comma, BOM; suppressed cells as "<5"; one block per table. */
export function tablesToCsv(tables: readonly ReportTable[]): string {
  const lines: string[][] = [];
  for (const table of tables) {
    lines.push([table.title]);
    lines.push(table.columns.map((c) => c.heading));
    table.rows.forEach((row, r) => {
      lines.push(row.map((cell, i) => (cell === null ? "<5" : typeof cell === "string" ? cell : csvNumber(cell, cellKind(table, r, i)))));
    });
    for (const note of table.notes ?? []) lines.push([note]);
    lines.push([]);
  }
  return `\uFEFF${stringify(lines, { delimiter: ";", record_delimiter: "\r\n" })}`;
}

/** Excel number formats per kind; Excel shows them in the reader's locale (Dutch: € 1.234,56). */
export const EXCEL_FORMAT: Readonly<Record<ValueKind, string>> = {
  euro: '"€" #,##0.00',
  count: "#,##0",
  percent: "0.0%",
  ratio: "0.00",
  number: "#,##0.##",
  index: "0.0",
};

/** A cell's value in Excel: euros instead of cents, "<5" for a suppressed count. */
export const excelValue = (cell: string | number | null, kind: ColumnKind): string | number => (cell === null ? "<5" : kind === "euro" && typeof cell === "number" ? cell / 100 : cell);

/** Excel allows 31 characters and none of []:*?/\ in a sheet name, and each name once per workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, "-").slice(0, 31).trim() || "Blad";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Writes a table from `startRow` on (heading row bold, formats per cell), returns the next free row. */
export function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, startRow = 1): number {
  let r = startRow;
  const header = sheet.getRow(r++);
  header.values = table.columns.map((c) => c.heading);
  header.font = { bold: true };
  table.rows.forEach((row, i) => {
    const excelRow = sheet.getRow(r++);
    row.forEach((cell, c) => {
      const kind = cellKind(table, i, c);
      const target = excelRow.getCell(c + 1);
      target.value = excelValue(cell, kind);
      if (kind !== "text" && typeof cell === "number") target.numFmt = EXCEL_FORMAT[kind];
      if (kind !== "text") target.alignment = { horizontal: "right" };
    });
  });
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, 14, Math.min(60, column.heading.length + 2), ...table.rows.map((row) => (typeof row[i] === "string" ? Math.min(60, (row[i] as string).length + 2) : 0)));
  });
  for (const note of table.notes ?? []) sheet.getRow(r++).getCell(1).value = note;
  return r;
}

/** One worksheet per table, with euro and percentage formats Excel understands. */
export async function tablesToXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Baatwijzer";
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken));
    const notesFrom = writeTable(sheet, table) - (table.notes?.length ?? 0);
    for (let r = notesFrom; r < notesFrom + (table.notes?.length ?? 0); r++) sheet.getRow(r).font = { italic: true };
    table.columns.forEach((column, i) => {
      if (column.kind !== "text") sheet.getColumn(i + 1).numFmt = EXCEL_FORMAT[column.kind];
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
