import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";

/** A report table: Dutch column headings and rows of text, numbers or empty cells. */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly { readonly heading: string; readonly kind: "text" | "euro" | "count" | "percent" }[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Shown under the table, e.g. the suppression rule. */
  readonly notes?: readonly string[];
}

const dutchNumber = (value: number, decimals: number) => value.toFixed(decimals).replace(".", ",");

/** Dutch CSV: `;`, decimal comma, BOM; suppressed cells as "<5"; one block per table. */
export function tablesToCsv(tables: readonly ReportTable[]): string {
  const lines: string[][] = [];
  for (const table of tables) {
    lines.push([table.title]);
    lines.push(table.columns.map((c) => c.heading));
    for (const row of table.rows) {
      lines.push(
        row.map((cell, i) => {
          if (cell === null) return "<5";
          if (typeof cell === "string") return cell;
          const kind = table.columns[i]?.kind;
          return kind === "euro" ? dutchNumber(cell / 100, 2) : kind === "percent" ? dutchNumber(cell * 100, 1) : String(cell);
        }),
      );
    }
    for (const note of table.notes ?? []) lines.push([note]);
    lines.push([]);
  }
  return `\uFEFF${stringify(lines, { delimiter: ";", record_delimiter: "\r\n" })}`;
}

/** One worksheet per table, with euro and percentage formats Excel understands. */
export async function tablesToXlsx(tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Baatwijzer";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31));
    sheet.addRow(table.columns.map((c) => c.heading)).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(row.map((cell, i) => (cell === null ? "<5" : table.columns[i]?.kind === "euro" && typeof cell === "number" ? cell / 100 : cell)));
    }
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = Math.max(14, column.heading.length + 2);
      if (column.kind === "euro") col.numFmt = '"€" #,##0.00';
      if (column.kind === "percent") col.numFmt = "0.0%";
    });
    for (const note of table.notes ?? []) sheet.addRow([note]).font = { italic: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
