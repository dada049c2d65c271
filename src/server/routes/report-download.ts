import type { Context } from "hono";
import { renderPdf } from "../../reports/pdf/render-pdf";
import type { ReportDocument } from "../../reports/report-document";
import { documentToXlsx } from "../../reports/report-workbook";

export const PDF_TYPE = "application/pdf";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A safe ASCII file name stem: "Businesscase achteraf 2026" → "businesscase-achteraf-2026". */
export const fileStem = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase() || "rapport";

/** Answers a report as a PDF or Excel download; `no-store` because it holds the tenant's figures. */
export async function reportDownload(c: Context, doc: ReportDocument, format: "pdf" | "xlsx", stem: string): Promise<Response> {
  const bytes = format === "pdf" ? await renderPdf(doc) : await documentToXlsx(doc);
  return c.body(new Uint8Array(bytes), 200, {
    "content-type": format === "pdf" ? PDF_TYPE : XLSX_TYPE,
    "content-disposition": `attachment; filename="${fileStem(stem)}.${format}"`,
    "cache-control": "no-store",
  });
}
