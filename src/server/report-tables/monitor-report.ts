import type { Comparison } from "../../domain/benchmarks/compare";
import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { Contract, ContractKpis, TrajectoryComparisonResult } from "../../domain/monitor/dto";
import { formatDutchDate, formatEuroCents, formatPercent, formatRatio } from "../../reports/dutch-format";
import type { ReportBlock, ReportDocument } from "../../reports/report-document";
import type { ReportTable } from "../../reports/table-export";
import { trajectoryComparisonTables } from "./monitor-export-tables";
import { SUPPRESSION_NOTE } from "./report-labels";

/** The traffic light in words: a colour alone tells nothing to a screen reader or on a grey printer. */
export const LIGHT_TEXT: Readonly<Record<ContractKpis["reach"]["light"], string>> = {
  groen: "Groen: norm gehaald",
  oranje: "Oranje: binnen 10% van de norm",
  rood: "Rood: norm niet gehaald",
  onbekend: "Onbekend: te weinig gegevens of geen norm",
};
const FINANCING_TEXT: Readonly<Record<Contract["financing"], string>> = { lump_sum: "Lumpsum", price_per_unit: "Prijs × hoeveelheid", per_trajectory: "Per traject" };
const INDICATOR_TEXT: Readonly<Record<string, string>> = { wmo_clienten: "Wmo-cliënten", wmo_uitgaven: "Wmo-uitgaven" };
export const indicatorLabel = (indicator: string): string => INDICATOR_TEXT[indicator] ?? indicator;

/** What the report shows for "€ 1 at the front": the business case's figure, or why it is missing. */
export type FrontToBackSection =
  | { readonly kind: "computed"; readonly result: BusinessCaseResult }
  | { readonly kind: "not_requested" }
  | { readonly kind: "not_permitted" }
  | { readonly kind: "refused"; readonly reason: string };

export interface MonitorReportInput {
  readonly tenantName: string;
  readonly today: string;
  readonly from: string;
  readonly to: string;
  readonly contracts: readonly { readonly contract: Contract; readonly kpis: ContractKpis }[];
  readonly comparisons: readonly Comparison[];
  readonly frontToBack: FrontToBackSection;
  /** Own trajectories against contracted providers; null when no hourly rate was given. */
  readonly trajectories: TrajectoryComparisonResult | null;
}

function contractTable(input: MonitorReportInput): ReportTable {
  return {
    title: "Contracten",
    columns: [
      { heading: "Contract", kind: "text" },
      { heading: "Aanbieder", kind: "text" },
      { heading: "Financiering", kind: "text" },
      { heading: "Looptijd", kind: "text" },
      { heading: "Bedrag", kind: "euro" },
    ],
    rows: input.contracts.map(({ contract: c }) => [c.name, c.organisationName, FINANCING_TEXT[c.financing], `${c.startsOn} t/m ${c.endsOn}`, c.amountCents]),
  };
}

export function kpiTable(input: MonitorReportInput): ReportTable {
  const rows: (string | number | null)[][] = [];
  const kinds: ("count" | "percent" | "number")[] = [];
  for (const { contract, kpis } of input.contracts) {
    rows.push([contract.name, "Bereik (gestarte trajecten)", kpis.reach.value, kpis.reach.target ?? "geen norm", LIGHT_TEXT[kpis.reach.light], ""]);
    kinds.push("count");
    rows.push([contract.name, "Zelfredzaamheid stabiel of beter na 6 maanden", kpis.stableOrBetter.value ?? "–", kpis.stableOrBetter.target ?? "geen norm", LIGHT_TEXT[kpis.stableOrBetter.light], kpis.stableOrBetter.measured]);
    kinds.push("percent");
    rows.push([contract.name, "Gemiddelde klanttevredenheid (1-10)", kpis.satisfaction.value ?? "–", kpis.satisfaction.target ?? "geen norm", LIGHT_TEXT[kpis.satisfaction.light], kpis.satisfaction.scored]);
    kinds.push("number");
  }
  return {
    title: "KPI's per contract",
    columns: [
      { heading: "Contract", kind: "text" },
      { heading: "KPI", kind: "text" },
      { heading: "Resultaat", kind: "number" },
      { heading: "Norm", kind: "number" },
      { heading: "Stoplicht", kind: "text" },
      { heading: "Gemeten trajecten", kind: "count" },
    ],
    rows,
    // A row's kind applies to the result and the norm; the count of measured trajectories stays a count.
    rowKinds: kinds,
    rowKindColumns: [2, 3],
    notes: [SUPPRESSION_NOTE, `Periode ${formatDutchDate(input.from)} t/m ${formatDutchDate(input.to)}. – : niet te bepalen (minder dan 5 metingen).`],
  };
}

function trendTable(input: MonitorReportInput): ReportTable {
  return {
    title: "Trend per kwartaal",
    columns: [
      { heading: "Contract", kind: "text" },
      { heading: "Kwartaal", kind: "text" },
      { heading: "Stabiel of beter", kind: "percent" },
      { heading: "Tevredenheid", kind: "number" },
    ],
    rows: input.contracts.flatMap(({ contract, kpis }) => kpis.trend.map((q) => [contract.name, q.quarter, q.stableOrBetter ?? "–", q.satisfaction ?? "–"])),
    notes: ["– : minder dan 5 trajecten in het kwartaal gemeten; het cijfer is verborgen."],
  };
}

function comparisonTable(comparison: Comparison): ReportTable {
  const years = [...new Set([...(comparison.own.series ?? []), ...(comparison.peers.series ?? [])].map((p) => p.year))].sort((a, b) => a - b);
  const at = (series: Comparison["own"]["series"], year: number) => series?.find((p) => p.year === year)?.index ?? "–";
  return {
    title: `Benchmark ${indicatorLabel(comparison.indicator)}`,
    columns: [
      { heading: "Jaar", kind: "text" },
      { heading: comparison.own.municipality, kind: "index" },
      { heading: "Vergelijkingsgroep", kind: "index" },
    ],
    rows: years.map((year) => [String(year), at(comparison.own.series, year), at(comparison.peers.series, year)]),
    notes: [`Index, ${comparison.baseYear} = 100. Vergelijkingsgroep (opgeteld): ${comparison.peers.municipalities.join(", ")}.`],
  };
}

function comparisonBlocks(comparison: Comparison, figure: number): ReportBlock[] {
  const table = comparisonTable(comparison);
  const growth = comparison.growth;
  const growthText =
    growth.year === null
      ? "Er is geen gemeenschappelijk jaar na het basisjaar om de groei te vergelijken."
      : `Van ${comparison.baseYear} tot ${growth.year}: ${comparison.own.municipality} ${growth.own === null ? "onbekend" : signedPercent(growth.own)}, vergelijkingsgroep ${growth.peers === null ? "onbekend" : signedPercent(growth.peers)}.`;
  return [
    { kind: "heading", text: indicatorLabel(comparison.indicator), level: 2 },
    { kind: "paragraph", text: growthText },
    {
      kind: "chart",
      caption: `Figuur ${figure}. ${indicatorLabel(comparison.indicator)}, geïndexeerd (${comparison.baseYear} = 100). De tabel hieronder bevat dezelfde cijfers.`,
      chart: {
        kind: "line",
        title: `${indicatorLabel(comparison.indicator)}: ${comparison.own.municipality} tegen de vergelijkingsgroep`,
        categories: table.rows.map((row) => String(row[0])),
        series: [
          { name: comparison.own.municipality, values: table.rows.map((row) => (typeof row[1] === "number" ? row[1] : null)) },
          { name: "Vergelijkingsgroep", values: table.rows.map((row) => (typeof row[2] === "number" ? row[2] : null)) },
        ],
        valueKind: "index",
        markLine: { value: 100, label: `${comparison.baseYear} = 100` },
      },
    },
    { kind: "table", table },
  ];
}

const signedPercent = (fraction: number): string => `${fraction > 0 ? "+" : ""}${formatPercent(fraction)}`;

export function frontToBackTable(result: BusinessCaseResult): ReportTable {
  const f = result.frontToBack;
  return {
    title: "Voorkant en achterkant",
    columns: [
      { heading: "Grootheid", kind: "text" },
      { heading: "Schatting", kind: "ratio" },
      { heading: "95%-interval, ondergrens", kind: "ratio" },
      { heading: "95%-interval, bovengrens", kind: "ratio" },
    ],
    rows: [
      ["€ aan de achterkant bespaard per € 1 aan de voorkant", f?.perEuro ?? "–", f?.interval95?.[0] ?? "–", f?.interval95?.[1] ?? "–"],
      ["Afgesloten casussen", result.cases, "", ""],
      ["Beoordeeld door het panel", result.reviewed, "", ""],
      ["Kosten aan de voorkant (alle casussen)", result.allCases.costsCents, "", ""],
      ["Geëxtrapoleerd vermeden maatwerk", result.allCases.extrapolatedBenefitsCents ?? "–", "", ""],
    ],
    rowKinds: [undefined, "count", "count", "euro", "euro"],
    notes: [SUPPRESSION_NOTE, `Uit de businesscase achteraf: uurtarief ${formatEuroCents(result.settings.hourlyRateCents)}, prijspeil ${result.settings.priceYear}, bootstrap ${result.settings.draws} trekkingen met seed ${result.settings.seed}.`],
  };
}

function frontToBackBlocks(section: FrontToBackSection): ReportBlock[] {
  const heading: ReportBlock = { kind: "heading", text: "€ 1 aan de voorkant", level: 1 };
  switch (section.kind) {
    case "not_requested":
      return [heading, { kind: "paragraph", text: "Niet berekend: geef een uurtarief en een prijspeil op om de besparing per euro aan de voorkant uit de businesscase achteraf mee te nemen." }];
    case "not_permitted":
      return [heading, { kind: "paragraph", text: "Niet opgenomen: uw rol heeft geen toegang tot de businesscase." }];
    case "refused":
      return [heading, { kind: "paragraph", text: `Niet berekend: ${section.reason}` }];
    case "computed": {
      const f = section.result.frontToBack;
      const text = f
        ? `€ 1 aan de voorkant bespaart € ${formatRatio(f.perEuro)} aan de achterkant${f.interval95 ? ` (95%-interval € ${formatRatio(f.interval95[0])} tot € ${formatRatio(f.interval95[1])})` : ""}: het door het panel vastgestelde vermeden maatwerk, doorgetrokken naar alle afgesloten casussen in de periode, gedeeld door de kosten aan de voorkant.`
        : "Zonder beoordeelde casussen is de besparing per euro aan de voorkant niet te bepalen.";
      return [heading, { kind: "paragraph", text }, { kind: "table", table: frontToBackTable(section.result) }];
    }
  }
}

/** The monitor report (issue 8, item 5): contracts and their KPIs, the benchmark and "€ 1 at the front". */
export function monitorReport(input: MonitorReportInput): ReportDocument {
  const period = `${formatDutchDate(input.from)} t/m ${formatDutchDate(input.to)}`;
  const first = input.comparisons[0];
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "Contracten en resultaten", level: 1 },
    {
      kind: "paragraph",
      text: "De KPI's worden berekend uit de metingen en afsluitingen van de casussen die aan de aanbieder zijn gekoppeld: het aandeel trajecten dat na zes maanden even zelfredzaam of zelfredzamer is (gemiddeld niveau over de domeinen die beide keren zijn gescoord), de gemiddelde klanttevredenheid bij afsluiting en het bereik. Het stoplicht vergelijkt het resultaat met de norm uit het contract.",
    },
    ...(input.contracts.length === 0
      ? ([{ kind: "paragraph", text: "Er zijn nog geen contracten vastgelegd." }] as const)
      : ([
          { kind: "table", table: contractTable(input) },
          { kind: "table", table: kpiTable(input) },
          { kind: "table", table: trendTable(input) },
        ] as const)),
    { kind: "heading", text: "Benchmark met vergelijkbare gemeenten", level: 1 },
    ...(first
      ? ([
          {
            kind: "paragraph",
            text: `${first.own.municipality} tegen de vergelijkingsgroep ${first.peers.municipalities.join(", ")}: de groei sinds ${first.baseYear}, geïndexeerd op 100. De vergelijkingsgroep telt als één geheel (som van de gemeenten).`,
          },
          ...input.comparisons.flatMap((comparison, i) => comparisonBlocks(comparison, i + 1)),
        ] as const)
      : ([{ kind: "paragraph", text: "Niet opgenomen: kies een eigen gemeente, een vergelijkingsgroep en een basisjaar." }] as const)),
    { kind: "heading", text: "Eigen trajecten tegen gecontracteerde aanbieders", level: 1 },
    ...(input.trajectories
      ? ([
          {
            kind: "paragraph",
            text: "Kosten en duur per traject van de casussen die in de periode zijn afgesloten: eigen trajecten (uren × uurtarief plus directe kosten) tegen trajecten bij aanbieders (hun deel van het contract). Tussen haakjes het 95%-bootstrapinterval van het gemiddelde; groepen van minder dan 5 trajecten zijn weggelaten.",
          },
          ...trajectoryComparisonTables(input.trajectories).map((table) => ({ kind: "table", table }) as const),
        ] as const)
      : ([{ kind: "paragraph", text: "Niet opgenomen: geef een uurtarief op." }] as const)),
    ...frontToBackBlocks(input.frontToBack),
  ];
  return {
    title: "Monitor sociaal domein",
    subtitle: "Contracten, benchmark en de opbrengst van de voorkant",
    facts: [
      ["Gemeente", input.tenantName],
      ["Periode", period],
      ["Contracten", String(input.contracts.length)],
      ...(first ? ([["Vergelijking", `${first.own.municipality} tegen ${first.peers.municipalities.join(", ")}, basisjaar ${first.baseYear}`]] as const) : []),
      ["Opgesteld op", formatDutchDate(input.today)],
    ],
    blocks,
  };
}
