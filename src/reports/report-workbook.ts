import ExcelJS from "exceljs";
import type { ReportDocument } from "./report-document";
import { sheetName, writeTable } from "./table-export";

/**
 * The Excel side of a report: a summary sheet (title, selection, key figures), a sheet with the method text, and
 * one sheet per table with Excel number formats — the same figures as the PDF, as numbers a controller can reuse.
 */
export async function documentToXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Baatwijzer";
  workbook.title = doc.title;
  const taken = new Set<string>();

  const summary = workbook.addWorksheet(sheetName("Samenvatting", taken));
  summary.getCell("A1").value = doc.title;
  summary.getCell("A1").font = { bold: true, size: 14 };
  summary.getCell("A2").value = doc.subtitle;
  let row = 4;
  for (const [label, value] of doc.facts) {
    summary.getCell(row, 1).value = label;
    summary.getCell(row, 1).font = { bold: true };
    summary.getCell(row++, 2).value = value;
  }
  row += 1;
  for (const block of doc.blocks) {
    if (block.kind !== "keyFigures") continue;
    summary.getCell(row++, 1).value = block.table.title;
    row = writeTable(summary, block.table, row) + 1;
  }

  const method = workbook.addWorksheet(sheetName("Toelichting", taken));
  method.getColumn(1).width = 120;
  let line = 1;
  for (const block of doc.blocks) {
    if (block.kind === "heading") {
      line += line > 1 ? 1 : 0;
      method.getCell(line, 1).value = block.text;
      method.getCell(line++, 1).font = { bold: true };
    } else if (block.kind === "paragraph") {
      method.getCell(line, 1).value = block.text;
      method.getCell(line++, 1).alignment = { wrapText: true, vertical: "top" };
    } else if (block.kind === "bullets") {
      for (const item of block.items) {
        method.getCell(line, 1).value = `• ${item}`;
        method.getCell(line++, 1).alignment = { wrapText: true, vertical: "top" };
      }
    }
  }

  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const sheet = workbook.addWorksheet(sheetName(block.table.title, taken));
    writeTable(sheet, block.table);
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
