import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { ReportBlock } from "../../reports/report-document";
import type { ReportTable } from "../../reports/table-export";
import { SUPPRESSION_NOTE } from "./report-labels";

type Factor = BusinessCaseResult["factors"][number];

/** The words of the business-case page (src/web/businesscase/i18n/nl.json, businessCase.labelKinds). */
const KIND_LABEL: Readonly<Record<Factor["kind"], string>> = { success_factor: "Succesfactor", failure_factor: "Faalfactor" };
const KIND_ORDER: Readonly<Record<Factor["kind"], number>> = { success_factor: 0, failure_factor: 1 };
/** On paper there is no badge as on the page ("Uitgezet"), so the label itself says it. */
const RETIRED_SUFFIX = " (niet meer in gebruik)";

export const FACTORS_TITLE = "Succes- en faalfactoren";
export const NO_FACTORS_TEXT = "Bij de casussen in deze selectie zijn geen succes- of faalfactoren vastgelegd.";

/**
 * Success factors before failure factors, each from most to fewest cases. A suppressed count (null) is 1–4, so it
 * sorts below every shown count without revealing more than "<5" does.
 */
const byKindThenCases = (a: Factor, b: Factor): number =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (b.cases ?? 0) - (a.cases ?? 0) || a.label.localeCompare(b.label, "nl");

/**
 * Factors with zero cases are left out, unlike on the business-case page: the tenant's list holds the default
 * factors and retired ones, most of which a given period never uses, and on paper a column of zeros buries the
 * factors that did play a part. A note says so, so a missing factor is not read as a suppressed one.
 */
function factorTable(counted: readonly Factor[]): ReportTable {
  return {
    title: FACTORS_TITLE,
    columns: [
      { heading: "Factor", kind: "text" },
      { heading: "Soort", kind: "text" },
      { heading: "Aantal casussen", kind: "count" },
    ],
    rows: [...counted].sort(byKindThenCases).map((f) => [f.active ? f.label : `${f.label}${RETIRED_SUFFIX}`, KIND_LABEL[f.kind], f.cases]),
    notes: [
      SUPPRESSION_NOTE,
      "Een casus kan meer dan één factor hebben; de aantallen tellen daarom niet op tot het aantal casussen.",
      "Factoren die bij geen enkele casus in deze selectie zijn vastgelegd, zijn weggelaten. Factoren die niet meer in gebruik zijn, tellen mee voor de casussen waarbij ze eerder zijn vastgelegd.",
    ],
  };
}

/** The section "Succes- en faalfactoren" of the council report: the page's factor counts, or a sentence when there are none. */
export function factorBlocks(result: Pick<BusinessCaseResult, "factors">): ReportBlock[] {
  const counted = result.factors.filter((f) => f.cases !== 0);
  return [
    { kind: "heading", text: FACTORS_TITLE, level: 1 },
    {
      kind: "paragraph",
      text: "Sociaal werkers leggen bij een casus vast wat het verloop hielp (succesfactoren) en wat het belemmerde (faalfactoren). Per factor staat hieronder bij hoeveel casussen in deze selectie die is vastgelegd.",
    },
    counted.length === 0 ? { kind: "paragraph", text: NO_FACTORS_TEXT } : { kind: "table", table: factorTable(counted) },
  ];
}
