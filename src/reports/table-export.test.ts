import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type ReportTable, tablesToCsv, tablesToXlsx } from "./table-export";

const table: ReportTable = {
  title: "Uitgaven per doel",
  columns: [
    { heading: "Doel", kind: "text" },
    { heading: "Aantal", kind: "count" },
    { heading: "Bedrag", kind: "euro" },
    { heading: "Aandeel", kind: "percent" },
  ],
  rows: [
    ["huur", 6, 123_456, 0.5],
    ["vervoer", null, null, null],
  ],
  notes: ["Cellen met minder dan 5 uitgaven zijn verborgen (<5)."],
};

describe("table export", () => {
  it("writes Dutch CSV with suppressed cells as <5", () => {
    const csv = tablesToCsv([table]);
    expect(csv.startsWith("\uFEFFUitgaven per doel\r\nDoel;Aantal;Bedrag;Aandeel\r\nhuur;6;1234,56;50,0\r\nvervoer;<5;<5;<5\r\n")).toBe(true);
  });

  it("writes an Excel workbook that reads back with euro amounts as numbers", async () => {
    const buffer = await tablesToXlsx([table]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Uitgaven per doel")!;
    expect(sheet.getRow(2).values).toEqual([undefined, "huur", 6, 1234.56, 0.5]);
    expect(sheet.getRow(3).getCell(2).value).toBe("<5");
    expect(sheet.getColumn(3).numFmt).toBe('"€" #,##0.00');
  });
});
