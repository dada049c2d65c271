import pdfMake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { renderChartSvg } from "../chart-svg";
import { formatValue } from "../dutch-format";
import type { ReportBlock, ReportDocument } from "../report-document";
import { cellKind, type ReportTable } from "../table-export";
import { toWinAnsi } from "../win-ansi";

/** The standard 14 PDF fonts need no font file: nothing is read from disk or fetched. */
const HELVETICA = { normal: "Helvetica", bold: "Helvetica-Bold", italics: "Helvetica-Oblique", bolditalics: "Helvetica-BoldOblique" };
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));
/** A4 is 595 pt wide; with 56 pt margins the text column is 483 pt. */
const CONTENT_WIDTH = 483;
const GREY = "#4a4a4a";

const t = toWinAnsi;

function cellText(table: ReportTable, row: number, column: number, cell: string | number | null): TableCell {
  const kind = cellKind(table, row, column);
  if (cell === null) return { text: "<5", alignment: "right" };
  if (typeof cell === "string") return { text: t(cell), alignment: kind === "text" ? "left" : "right" };
  return { text: t(formatValue(cell, kind === "text" ? "number" : kind)), alignment: "right", noWrap: true };
}

function tableContent(table: ReportTable, { showTitle = true } = {}): Content {
  const header: TableCell[] = table.columns.map((c) => ({ text: t(c.heading), style: "tableHeader", alignment: c.kind === "text" ? "left" : "right" }));
  const body: TableCell[][] = [header, ...table.rows.map((row, r) => row.map((cell, c) => cellText(table, r, c, cell)))];
  return {
    stack: [
      ...(showTitle ? [{ text: t(table.title), style: "tableTitle" } as Content] : []),
      {
        table: { headerRows: 1, dontBreakRows: true, widths: table.columns.map((_, i) => (i === 0 ? "*" : "auto")), body },
        layout: { hLineWidth: (i: number) => (i <= 1 ? 1 : 0.5), vLineWidth: () => 0, hLineColor: () => "#999999", paddingTop: () => 3, paddingBottom: () => 3 },
        // Wide tables get a smaller font: pdfmake never breaks inside a word, so long names set a column's minimum.
        style: table.columns.length >= 5 ? "wideTable" : "table",
      },
      ...(table.notes ?? []).map((note) => ({ text: t(note), style: "note" }) as Content),
    ],
    margin: [0, 4, 0, 10],
  };
}

function blockContent(block: ReportBlock): Content {
  switch (block.kind) {
    case "heading":
      return { text: t(block.text), style: block.level === 1 ? "h1" : "h2" };
    case "paragraph":
      return { text: t(block.text), style: "paragraph" };
    case "bullets":
      return { ul: block.items.map(t), style: "paragraph" };
    case "keyFigures":
      return { ...(tableContent(block.table, { showTitle: false }) as object), style: "keyFigures" } as Content;
    case "table":
      return tableContent(block.table);
    case "chart":
      return {
        stack: [
          { svg: renderChartSvg(block.chart, { width: 640, height: 320 }), width: CONTENT_WIDTH, font: "Helvetica" } as Content,
          { text: t(block.caption), style: "caption" },
        ],
        unbreakable: true,
        margin: [0, 6, 0, 10],
      };
    case "pageBreak":
      return { text: "", pageBreak: "after" };
  }
}

/** Tables up to this many rows stay on one page with their heading; longer ones may break (header row repeats). */
const SHORT_TABLE_ROWS = 25;

/**
 * A heading never stays alone at the foot of a page: a heading, the paragraphs right after it and the first other
 * block (a chart, a short table) are kept on one page. A long table may still run over pages (its header repeats).
 */
function keepHeadingsWithNext(blocks: readonly ReportBlock[]): Content[] {
  const out: Content[] = [];
  let pending: Content[] = [];
  let pendingHasText = false;
  for (const block of blocks) {
    if (block.kind === "heading" && pendingHasText) {
      // A new section starts: what came before stays together on its own.
      out.push({ stack: pending, unbreakable: true });
      pending = [];
      pendingHasText = false;
    }
    if (block.kind === "heading" || (pending.length > 0 && block.kind === "paragraph")) {
      pending.push(blockContent(block));
      pendingHasText ||= block.kind === "paragraph";
      continue;
    }
    const long = (block.kind === "table" || block.kind === "keyFigures") && block.table.rows.length > SHORT_TABLE_ROWS;
    if (pending.length > 0 && !long && block.kind !== "pageBreak") out.push({ stack: [...pending, blockContent(block)], unbreakable: true });
    else out.push(...pending, blockContent(block));
    pending = [];
    pendingHasText = false;
  }
  return [...out, ...pending];
}

/** The pdfmake definition of a report: a title page, then the blocks; page numbers in the footer. */
export function pdfDefinition(doc: ReportDocument, { compress = true }: { readonly compress?: boolean } = {}): TDocumentDefinitions {
  const titlePage: Content[] = [
    { text: "Baatwijzer", style: "brand" },
    { text: t(doc.title), style: "title" },
    { text: t(doc.subtitle), style: "subtitle" },
    {
      table: { widths: [150, "*"], body: doc.facts.map(([label, value]) => [{ text: t(label), bold: true }, t(value)]) },
      layout: "noBorders",
      margin: [0, 24, 0, 0],
    },
    { text: "", pageBreak: "after" },
  ];
  return {
    compress,
    pageSize: "A4",
    pageMargins: [56, 56, 56, 56],
    info: { title: t(doc.title), subject: t(doc.subtitle), creator: "Baatwijzer", producer: "Baatwijzer (pdfmake)" },
    defaultStyle: { font: "Helvetica", fontSize: 10, lineHeight: 1.25 },
    header: (page: number) => (page > 1 ? { text: t(doc.title), style: "runningHead", margin: [56, 24, 56, 0] } : null),
    footer: (page: number, pages: number) => ({ text: `Pagina ${page} van ${pages}`, style: "runningHead", alignment: "right", margin: [56, 16, 56, 0] }),
    content: [...titlePage, ...keepHeadingsWithNext(doc.blocks)],
    styles: {
      brand: { fontSize: 12, bold: true, color: "#0072B2", margin: [0, 160, 0, 8] },
      title: { fontSize: 24, bold: true, margin: [0, 0, 0, 8] },
      subtitle: { fontSize: 14, color: GREY },
      h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      paragraph: { margin: [0, 0, 0, 6] },
      tableTitle: { bold: true, margin: [0, 2, 0, 3] },
      table: { fontSize: 9 },
      wideTable: { fontSize: 7.5 },
      tableHeader: { bold: true },
      keyFigures: { fontSize: 11 },
      note: { fontSize: 8, italics: true, color: GREY, margin: [0, 3, 0, 0] },
      caption: { fontSize: 8, italics: true, color: GREY, margin: [0, 2, 0, 0] },
      runningHead: { fontSize: 8, color: GREY },
    },
  };
}

/**
 * Renders a report to PDF bytes with pdfmake's Node API. Only the standard Helvetica fonts are allowed and no URL
 * or file is read (access policies refuse everything else), so a report can never pull in outside content.
 * `compress: false` keeps the text streams readable (tests look for headings and figures in them).
 */
export async function renderPdf(doc: ReportDocument, options: { readonly compress?: boolean } = {}): Promise<Buffer> {
  pdfMake.setFonts({ Helvetica: HELVETICA });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
  return pdfMake.createPdf(pdfDefinition(doc, options)).getBuffer();
}
