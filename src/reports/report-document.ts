import type { ChartSpec } from "./chart-svg";
import type { ReportTable } from "./table-export";

/** One piece of a report's body, in reading order; tagged by `kind`. */
export type ReportBlock =
  | { readonly kind: "heading"; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "bullets"; readonly items: readonly string[] }
  /** Headline figures shown large; in Excel they are the summary sheet. */
  | { readonly kind: "keyFigures"; readonly table: ReportTable }
  | { readonly kind: "table"; readonly table: ReportTable }
  /** A chart; its data is always also in a table of the report (the chart's text alternative). */
  | { readonly kind: "chart"; readonly chart: ChartSpec; readonly caption: string }
  | { readonly kind: "pageBreak" };

/**
 * A Dutch report, independent of its output: {@link renderPdf} and {@link documentToXlsx} both draw it, so the
 * PDF and the Excel workbook always carry the same figures.
 */
export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  /** Label–value lines of the title page: organisation, selection, settings, date of the report. */
  readonly facts: readonly (readonly [string, string])[];
  readonly blocks: readonly ReportBlock[];
}
