import type { Context } from "hono";
import { renderPdf } from "../../reports/pdf/render-pdf";
import type { ReportDocument } from "../../reports/report-document";
import { documentToXlsx } from "../../reports/report-workbook";
import { type ReportTable, tablesToCsv } from "../../reports/table-export";

export const PDF_TYPE = "application/pdf";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
export type ReportFormat = "pdf" | "xlsx" | "csv";

/** What each format is called in the OpenAPI description. */
export const FORMAT_DESCRIPTION: Readonly<Record<ReportFormat, string>> = {
  pdf: "PDF file (application/pdf)",
  xlsx: "Excel workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)",
  csv: "CSV file (text/csv: ; separated, decimal comma, one block per table)",
};

/** Every table of a report in reading order (key figures first where they stand): the CSV's blocks. */
const tablesOf = (doc: ReportDocument): ReportTable[] => doc.blocks.flatMap((b) => (b.kind === "table" || b.kind === "keyFigures" ? [b.table] : []));

/** A safe ASCII file name stem: "Businesscase achteraf 2026" → "businesscase-achteraf-2026". */
export const fileStem = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase() || "rapport";

/** Answers a report as a PDF, Excel or CSV download; `no-store` because it holds the tenant's figures. */
export async function reportDownload(c: Context, doc: ReportDocument, format: ReportFormat, stem: string): Promise<Response> {
  const body = format === "pdf" ? new Uint8Array(await renderPdf(doc)) : format === "xlsx" ? new Uint8Array(await documentToXlsx(doc)) : tablesToCsv(tablesOf(doc));
  return c.body(body, 200, {
    "content-type": format === "pdf" ? PDF_TYPE : format === "xlsx" ? XLSX_TYPE : CSV_TYPE,
    "content-disposition": `attachment; filename="${fileStem(stem)}.${format}"`,
    "cache-control": "no-store",
  });
}
