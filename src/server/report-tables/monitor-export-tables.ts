import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { Comparison } from "../../domain/benchmarks/compare";
import type { Contract, ContractKpis, TrajectoryComparisonResult } from "../../domain/monitor/dto";
import { SMALL_COUNT_THRESHOLD } from "../../domain/privacy/suppress-small-counts";
import type { ReportTable } from "../../reports/table-export";

const SUPPRESSION_NOTE = `"<${SMALL_COUNT_THRESHOLD}": minder dan ${SMALL_COUNT_THRESHOLD} trajecten of waarden, verborgen zodat geen huishouden herkenbaar is.`;
const FINANCING_LABEL: Record<string, string> = { lump_sum: "Lumpsum", price_per_unit: "P×Q (per maand)", per_trajectory: "Per traject" };
const LIGHT_LABEL: Record<string, string> = { groen: "Groen: doel gehaald", oranje: "Oranje: binnen 10% van het doel", rood: "Rood: doel niet gehaald", onbekend: "Onbekend" };
const INDICATOR_LABEL: Record<string, string> = { wmo_clienten: "Wmo-cliënten", wmo_uitgaven: "Wmo-uitgaven" };

/** A number with a decimal comma and one decimal, as text (the table kinds have no plain decimal). */
const decimal = (value: number | null | undefined) => (value === null || value === undefined ? null : value.toFixed(1).replace(".", ","));
const indicatorLabel = (indicator: string) => INDICATOR_LABEL[indicator] ?? indicator;
/** A table title that is also a valid Excel sheet name: no \ / ? * [ ] :, at most 31 characters, no ' at either end. */
const sheetTitle = (title: string) =>
  title
    .replace(/[\\/?*[\]:]/g, "-")
    .slice(0, 31)
    .replace(/^'+|'+$/g, "");

/** Own trajectories against contracted providers, as one table plus the own-cost share. */
export function trajectoryComparisonTables(result: TrajectoryComparisonResult): ReportTable[] {
  const s = result.settings;
  return [
    {
      title: "Eigen trajecten en aanbieders",
      columns: [
        { heading: "Groep", kind: "text" },
        { heading: "Financiering", kind: "text" },
        { heading: "Trajecten", kind: "count" },
        { heading: "Zonder contract", kind: "count" },
        { heading: "Kosten per traject", kind: "euro" },
        { heading: "Kosten 95%-interval van", kind: "euro" },
        { heading: "Kosten 95%-interval tot", kind: "euro" },
        { heading: "Duur in dagen", kind: "text" },
        { heading: "Duur 95%-interval", kind: "text" },
        { heading: "Tevredenheid", kind: "text" },
      ],
      rows: result.groups.map((g) => {
        const empty = g.trajectories === 0;
        const or = <T>(value: T) => (empty ? "" : value);
        return [
          g.kind === "own" ? "Eigen trajecten" : (g.name ?? "Aanbieder"),
          g.financing.map((f) => FINANCING_LABEL[f] ?? f).join(", ") || (g.kind === "own" ? "Uren × uurtarief + directe kosten" : "Geen contract"),
          g.trajectories,
          or(g.withoutContract),
          or(g.costCents?.mean ?? null),
          or(g.costCents?.interval95[0] ?? null),
          or(g.costCents?.interval95[1] ?? null),
          or(decimal(g.durationDays?.mean)),
          or(g.durationDays ? `${decimal(g.durationDays.interval95[0])} – ${decimal(g.durationDays.interval95[1])}` : null),
          or(decimal(g.satisfaction?.mean)),
        ];
      }),
      notes: [
        `Trajecten afgesloten van ${s.closedFrom} tot en met ${s.closedTo}. Eigen trajecten: uren × uurtarief (€ ${(s.hourlyRateCents / 100).toFixed(2).replace(".", ",")}) + goedgekeurde budgetuitgaven. Aanbieders: wat het contract voor het traject rekent (lumpsum naar rato van de dagen tot ${s.asOf}, P×Q per maand, of prijs per traject).`,
        `95%-interval: bootstrap van het gemiddelde met ${s.draws} trekkingen, seed ${s.seed}.`,
        SUPPRESSION_NOTE,
      ],
    },
    {
      title: "Eigen kosten t.o.v. aanbieder",
      columns: [
        { heading: "Eigen kosten als deel van aanbieder", kind: "percent" },
        { heading: "95%-interval van", kind: "percent" },
        { heading: "95%-interval tot", kind: "percent" },
      ],
      rows: [[result.ownCostShare?.ratio ?? null, result.ownCostShare?.interval95?.[0] ?? null, result.ownCostShare?.interval95?.[1] ?? null]],
      notes: [SUPPRESSION_NOTE],
    },
  ];
}

/** A contract's KPIs over a period with traffic lights, the quarterly trend and the results conversations. */
export function contractKpiTables(contract: Contract, kpis: ContractKpis, notes: readonly { heldOn: string; text: string }[]): ReportTable[] {
  return [
    {
      title: sheetTitle(`KPI's ${contract.name}`),
      columns: [
        { heading: "Indicator", kind: "text" },
        { heading: "Waarde", kind: "text" },
        { heading: "Streefwaarde", kind: "text" },
        { heading: "Stoplicht", kind: "text" },
      ],
      rows: [
        ["Stabiel of zelfredzamer na 6 maanden", kpis.stableOrBetter.value === null ? null : `${decimal(kpis.stableOrBetter.value * 100)}%`, `≥ ${decimal((kpis.stableOrBetter.target ?? 0) * 100)}%`, LIGHT_LABEL[kpis.stableOrBetter.light]!],
        ["Gemiddelde tevredenheid", decimal(kpis.satisfaction.value), `≥ ${decimal(kpis.satisfaction.target)}`, LIGHT_LABEL[kpis.satisfaction.light]!],
        ["Bereik (gestarte trajecten)", kpis.reach.value === null ? null : String(kpis.reach.value), kpis.reach.target === null ? "" : `≥ ${kpis.reach.target}`, LIGHT_LABEL[kpis.reach.light]!],
      ],
      notes: [`${contract.organisationName}, ${FINANCING_LABEL[contract.financing]}; periode ${kpis.from} tot en met ${kpis.to}.`, SUPPRESSION_NOTE],
    },
    {
      title: "Verloop per kwartaal",
      columns: [
        { heading: "Kwartaal", kind: "text" },
        { heading: "Stabiel of zelfredzamer", kind: "percent" },
        { heading: "Tevredenheid", kind: "text" },
      ],
      rows: kpis.trend.map((q) => [q.quarter, q.stableOrBetter, decimal(q.satisfaction)]),
      notes: [SUPPRESSION_NOTE],
    },
    {
      title: "Resultaatgesprekken",
      columns: [
        { heading: "Datum", kind: "text" },
        { heading: "Besproken", kind: "text" },
      ],
      rows: notes.map((n) => [n.heldOn, n.text]),
    },
  ];
}

/** Own municipality against its peers: the indexed series per indicator and the growth table. */
export function benchmarkTables(comparisons: readonly Comparison[]): ReportTable[] {
  const series = comparisons.map((c, i): ReportTable => {
    const years = [...new Set([...(c.own.series ?? []), ...(c.peers.series ?? [])].map((p) => p.year))].sort((a, b) => a - b);
    const at = (list: { year: number; index: number }[] | null, year: number) => decimal(list?.find((p) => p.year === year)?.index) ?? "";
    return {
      // Numbered: two long indicator names could otherwise become the same sheet name.
      title: sheetTitle(`${i + 1} ${indicatorLabel(c.indicator)} (index)`),
      columns: [
        { heading: "Jaar", kind: "text" },
        { heading: c.own.municipality, kind: "text" },
        { heading: "Vergelijkingsgroep", kind: "text" },
      ],
      rows: years.map((year) => [String(year), at(c.own.series, year), at(c.peers.series, year)]),
      notes: [`Basisjaar ${c.baseYear} = 100. Vergelijkingsgroep: ${c.peers.municipalities.join(", ")} (opgeteld).`],
    };
  });
  return [
    {
      title: "Groei t.o.v. basisjaar",
      columns: [
        { heading: "Indicator", kind: "text" },
        { heading: "Tot jaar", kind: "text" },
        { heading: "Groei eigen gemeente", kind: "percent" },
        { heading: "Groei vergelijkingsgroep", kind: "percent" },
      ],
      rows: comparisons.map((c) => [indicatorLabel(c.indicator), c.growth.year === null ? "" : String(c.growth.year), c.growth.own ?? "", c.growth.peers ?? ""]),
      notes: ["Openbare cijfers over gemeenten; geen persoonsgegevens."],
    },
    ...series,
  ];
}

/** "€ 1 aan de voorkant bespaart € X aan de achterkant" from the ex-post business case. */
export function frontToBackTables(result: BusinessCaseResult, period: { closedFrom: string; closedTo: string }): ReportTable[] {
  const perEuro = result.frontToBack;
  const cents = (value: number | undefined) => (value === undefined ? "" : Math.round(value * 100));
  return [
    {
      title: "€ 1 aan de voorkant",
      columns: [
        { heading: "Bespaart aan de achterkant", kind: "euro" },
        { heading: "95%-interval van", kind: "euro" },
        { heading: "95%-interval tot", kind: "euro" },
        { heading: "Kosten voorkant", kind: "euro" },
        { heading: "Vermeden maatwerk (geëxtrapoleerd)", kind: "euro" },
        { heading: "Afgesloten casussen", kind: "count" },
        { heading: "Beoordeeld door panel", kind: "count" },
      ],
      rows: [[cents(perEuro?.perEuro), cents(perEuro?.interval95?.[0]), cents(perEuro?.interval95?.[1]), result.allCases.costsCents, result.allCases.extrapolatedBenefitsCents ?? "", result.cases, result.reviewed]],
      notes: [
        `Casussen afgesloten van ${period.closedFrom} tot en met ${period.closedTo}; prijspeil ${result.settings.priceYear}; uurtarief € ${(result.settings.hourlyRateCents / 100).toFixed(2).replace(".", ",")}.`,
        `95%-interval: bootstrap met ${result.settings.draws} trekkingen, seed ${result.settings.seed}. Lege cel: nog geen panelbeoordelingen.`,
        SUPPRESSION_NOTE,
      ],
    },
  ];
}
