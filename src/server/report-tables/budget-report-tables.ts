import { isPurposeCategory, PURPOSE_CATEGORY_NAMES } from "../../domain/budgets/purpose-categories";
import type { BudgetReport } from "../../domain/budgets/report";
import type { PolicyPlatformStats } from "../../domain/platform/policy-stats";
import { SMALL_COUNT_THRESHOLD } from "../../domain/privacy/suppress-small-counts";
import type { ReportTable } from "../../reports/table-export";

const SUPPRESSION_NOTE = `Cellen met minder dan ${SMALL_COUNT_THRESHOLD} uitgaven zijn verborgen (<${SMALL_COUNT_THRESHOLD}), zodat geen huishouden herkenbaar is.`;
const ARRANGEMENT_LABEL: Record<string, string> = { pending: "Loopt nog", forgiven: "Kwijtgescholden", repaid: "Terugbetaald", written_off: "Afgeschreven" };

/** The budget report as Dutch tables for CSV and Excel. */
export function budgetReportTables(year: number, report: BudgetReport, platform: PolicyPlatformStats): ReportTable[] {
  const spending = (title: string, heading: string, cells: BudgetReport["byPot"], label: (key: string) => string = (key) => key): ReportTable => ({
    title,
    columns: [
      { heading, kind: "text" },
      { heading: "Aantal uitgaven", kind: "count" },
      { heading: "Bedrag", kind: "euro" },
    ],
    rows: cells.map((c) => [label(c.key), c.count, c.amountCents]),
    notes: [SUPPRESSION_NOTE],
  });
  return [
    spending(`Uitgaven per budget ${year}`, "Budget", report.byPot),
    spending("Uitgaven per doelcategorie", "Doelcategorie", report.byPurpose, (key) => (isPurposeCategory(key) ? PURPOSE_CATEGORY_NAMES[key] : key)),
    spending("Uitgaven per team", "Team", report.byTeam),
    {
      title: "Terugvordering",
      columns: [
        { heading: "Voorgefinancierd", kind: "euro" },
        { heading: "Terugontvangen", kind: "euro" },
        { heading: "Terugvorderingspercentage", kind: "percent" },
      ],
      rows: [[report.recovery.preFinancedCents, report.recovery.honouredCents, report.recovery.rate]],
      notes: [SUPPRESSION_NOTE],
    },
    {
      title: "Voorwaardelijke afspraken",
      columns: [
        { heading: "Afloop", kind: "text" },
        { heading: "Aantal", kind: "count" },
        { heading: "Bedrag", kind: "euro" },
      ],
      rows: report.arrangements.map((a) => [ARRANGEMENT_LABEL[a.key] ?? a.key, a.count, a.amountCents]),
      notes: [SUPPRESSION_NOTE],
    },
    {
      title: "Casusplatform",
      columns: [
        { heading: "Vlot", kind: "count" },
        { heading: "Nog vast", kind: "count" },
        { heading: "Over de termijn", kind: "count" },
        { heading: "Mediaan dagen tot vlot", kind: "count" },
        { heading: "P90 dagen tot vlot", kind: "count" },
      ],
      rows: [[platform.unstuck, platform.stillStuck, platform.overdue, platform.medianDays, platform.p90Days]],
      notes: [`Streefdoel: vlot binnen ${platform.targetDays} dagen. <5: minder dan 5 casussen; mediaan en P90 alleen over 5 of meer vlotte casussen.`],
    },
  ];
}
