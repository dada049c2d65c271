import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportDocument } from "../report-document";
import { documentToXlsx } from "../report-workbook";
import { extractPdfText } from "./pdf-text";
import { renderPdf } from "./render-pdf";

const doc: ReportDocument = {
  title: "Businesscase achteraf",
  subtitle: "Rapportage voor de gemeenteraad",
  facts: [
    ["Gemeente", "Gemeente Voorbeeld"],
    ["Periode", "1 januari 2026 t/m 31 maart 2026"],
  ],
  blocks: [
    { kind: "heading", text: "Samenvatting", level: 1 },
    { kind: "paragraph", text: "Van de beoordeelde casussen is in 60% maatwerk voorkomen − dat is ≥ de helft." },
    {
      kind: "keyFigures",
      table: {
        title: "Kerncijfers",
        columns: [
          { heading: "Kengetal", kind: "text" },
          { heading: "Waarde", kind: "euro" },
        ],
        rows: [
          ["Netto resultaat", 123_456],
          ["Baten-kostenverhouding", 1.4363],
          ["Beoordeeld", null],
        ],
        rowKinds: [undefined, "ratio", "count"],
      },
    },
    {
      kind: "chart",
      caption: "Figuur 1. Baten per betaler.",
      chart: { kind: "bar", title: "Baten per betaler", categories: ["gemeente Wmo"], series: [{ name: "Baten", values: [123_456] }], valueKind: "euro" },
    },
    {
      kind: "table",
      table: { title: "Baten per betaler", columns: [{ heading: "Betaler", kind: "text" }, { heading: "Baten", kind: "euro" }], rows: [["gemeente Wmo", -123_456]], notes: ["Bedragen in prijspeil 2026."] },
    },
  ],
};

describe("report output", () => {
  it("renders a PDF with a title page, Dutch headings and Dutch amounts, right-aligned numbers and an SVG chart", async () => {
    const pdf = await renderPdf(doc, { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = extractPdfText(pdf);
    expect(text).toContain("Businesscase achteraf");
    expect(text).toContain("Gemeente Voorbeeld");
    expect(text).toContain("Samenvatting");
    expect(text).toContain("€ 1.234,56");
    expect(text).toContain("€ -1.234,56");
    expect(text).toContain("1,44");
    expect(text).toContain("<5");
    // Signs outside the standard fonts' character set are replaced, not garbled.
    expect(text).toContain("voorkomen - dat is >= de helft");
    expect(text).toContain("Pagina 2 van 2");
    // The chart's axis labels are drawn as text too.
    expect(text).toContain("gemeente Wmo");
    const compressed = await renderPdf(doc);
    expect(compressed.length).toBeLessThan(pdf.length);
    expect(extractPdfText(compressed)).toBe(text);
  });

  it("writes the same figures to Excel as numbers with number formats", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await documentToXlsx(doc)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Samenvatting", "Toelichting", "Baten per betaler"]);
    const summary = workbook.getWorksheet("Samenvatting")!;
    const values = summary.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    const net = values.find((row) => row[0] === "Netto resultaat")!;
    expect(net[1]).toBe(1234.56);
    const bcr = summary.getColumn(2).values.indexOf(1.4363);
    expect(summary.getCell(bcr, 2).numFmt).toBe("0.00");
    expect(values.find((row) => row[0] === "Beoordeeld")![1]).toBe("<5");
    expect(workbook.getWorksheet("Baten per betaler")!.getCell("B2").numFmt).toBe('"€" #,##0.00');
    expect(workbook.getWorksheet("Toelichting")!.getCell("A1").value).toBe("Samenvatting");
  });
});
