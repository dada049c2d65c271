import type { BusinessCaseQuery, BusinessCaseResult } from "../../domain/businesscase/dto";
import { SMALL_COUNT_THRESHOLD } from "../../domain/privacy/suppress-small-counts";
import { type KappaBand, kappaBand } from "../../engine/kappa-band";
import { formatDutchDate, formatEuroCents, formatPercent, formatRatio } from "../../reports/dutch-format";
import type { ReportBlock, ReportDocument } from "../../reports/report-document";
import type { ReportTable } from "../../reports/table-export";
import { factorBlocks } from "./businesscase-factors";
import { SUPPRESSION_NOTE, payerLabel } from "./report-labels";

export interface BusinessCaseReportContext {
  readonly tenantName: string;
  /** The team's name when the selection is one team. */
  readonly teamName: string | null;
  /** The date of the report (Europe/Amsterdam), ISO. */
  readonly today: string;
}

const VERDICT_LABEL = { prevented: "Voorkomen", reduced: "Verminderd", ended: "Beëindigd", none: "Geen effect" } as const;
const OUTCOME_LABEL = { maatwerk_nodig: "Maatwerk nodig", lichte_vorm: "Lichte vorm van maatwerk", andere_oplossing: "Andere oplossing" } as const;
const NOT_AVAILABLE = "–";
/** Landis & Koch's reading in the words the app uses (src/web/panel/i18n/nl.json, panel.kappa.bands). */
const KAPPA_READING: Record<KappaBand, string> = {
  poor: "minder dan toeval",
  slight: "geringe overeenstemming",
  fair: "redelijke overeenstemming",
  moderate: "matige overeenstemming",
  substantial: "substantiële overeenstemming",
  almostPerfect: "(bijna) volledige overeenstemming",
};

const orDash = (value: number | null | undefined): number | string => (value === null || value === undefined ? NOT_AVAILABLE : value);
const interval = (pair: readonly [number, number] | null, format: (x: number) => string) => (pair ? `${format(pair[0])} tot ${format(pair[1])}` : "niet te bepalen");

/** The key figures, in the order a council member reads them; also the first sheet of the workbook. */
export function businessCaseKeyFigures(result: BusinessCaseResult): ReportTable {
  const { reviewedScope: scope, allCases: all, effectShare, frontToBack } = result;
  return {
    title: "Kerncijfers",
    columns: [
      { heading: "Kengetal", kind: "text" },
      { heading: "Waarde", kind: "euro" },
      { heading: "95%-interval, ondergrens", kind: "euro" },
      { heading: "95%-interval, bovengrens", kind: "euro" },
    ],
    rows: [
      ["Afgesloten casussen in de selectie", result.cases, "", ""],
      ["Beoordeeld door het panel", result.reviewed, "", ""],
      ["Aandeel beoordeeld met effect (Wilson)", orDash(effectShare.value), orDash(effectShare.wilson95?.[0]), orDash(effectShare.wilson95?.[1])],
      ["Overeenstemming panel (Fleiss' kappa)", orDash(result.panelAgreement.fleissKappa), "", ""],
      ["Kosten van de beoordeelde casussen", scope.costsCents, "", ""],
      ["Baten van de beoordeelde casussen", scope.benefitsCents, "", ""],
      ["Netto resultaat van de beoordeelde casussen", scope.netCents, "", ""],
      ["Baten-kostenverhouding van de beoordeelde casussen", orDash(scope.bcr), "", ""],
      ["Kosten van alle casussen", all.costsCents, "", ""],
      ["Geëxtrapoleerde baten van alle casussen", orDash(all.extrapolatedBenefitsCents), "", ""],
      ["Geëxtrapoleerd netto resultaat (bootstrap)", orDash(all.extrapolatedNetCents), orDash(all.bootstrapNet95Cents?.[0]), orDash(all.bootstrapNet95Cents?.[1])],
      ["€ 1 aan de voorkant bespaart € … aan de achterkant", orDash(frontToBack?.perEuro), orDash(frontToBack?.interval95?.[0]), orDash(frontToBack?.interval95?.[1])],
      ["Casussen duurder dan het vervangen maatwerk", result.flaggedCases, "", ""],
    ],
    rowKinds: ["count", "count", "percent", "ratio", undefined, undefined, undefined, "ratio", undefined, undefined, undefined, "ratio", "count"],
    notes: [SUPPRESSION_NOTE, "Bedragen in euro's, prijspeil zoals op het titelblad. – : niet te bepalen met deze selectie."],
  };
}

function payerTable(result: BusinessCaseResult): ReportTable {
  const scope = result.reviewedScope;
  const payers = Object.entries(scope.benefitsByPayerCents).filter(([, cents]) => cents !== 0);
  return {
    title: "Wie betaalt, wie baat",
    columns: [
      { heading: "Partij", kind: "text" },
      { heading: "Kosten", kind: "euro" },
      { heading: "Baten", kind: "euro" },
      { heading: "Saldo", kind: "euro" },
    ],
    rows: [
      ["Voorkant: sociaal werk en directe kosten", scope.costsCents, 0, -scope.costsCents],
      ...payers.map(([payer, cents]) => [payerLabel(payer), 0, cents, cents]),
      ["Totaal", scope.costsCents, scope.benefitsCents, scope.netCents],
    ],
    notes: ["Alleen de beoordeelde casussen. De baten zijn het vermeden maatwerk, geboekt bij de partij die het zou hebben betaald. Partijen zonder vermeden maatwerk zijn weggelaten."],
  };
}

function verdictTable(result: BusinessCaseResult): ReportTable {
  const reviewed = result.reviewed;
  const share = (count: number | null) => (count === null || reviewed === null || reviewed === 0 ? null : count / reviewed);
  const entries = (Object.keys(VERDICT_LABEL) as (keyof typeof VERDICT_LABEL)[]).map((key) => [VERDICT_LABEL[key], result.verdicts[key]] as const);
  return {
    title: "Oordelen van het panel",
    columns: [
      { heading: "Oordeel (consensus)", kind: "text" },
      { heading: "Aantal casussen", kind: "count" },
      { heading: "Aandeel van beoordeeld", kind: "percent" },
    ],
    rows: entries.map(([label, count]) => [label, count, share(count)]),
    notes: [SUPPRESSION_NOTE, "Een aandeel wordt niet getoond als het aantal verborgen is."],
  };
}

function outcomeTable(result: BusinessCaseResult): ReportTable {
  const entries = (Object.keys(OUTCOME_LABEL) as (keyof typeof OUTCOME_LABEL)[]).map((key) => [OUTCOME_LABEL[key], result.closingOutcomes[key]] as const);
  const known = entries.every(([, count]) => count !== null);
  const total = entries.reduce((sum, [, count]) => sum + (count ?? 0), 0);
  return {
    title: "Afsluiting van de casussen",
    columns: [
      { heading: "Uitkomst bij afsluiten", kind: "text" },
      { heading: "Aantal casussen", kind: "count" },
      { heading: "Aandeel", kind: "percent" },
    ],
    rows: entries.map(([label, count]) => [label, count, known && total > 0 && count !== null ? count / total : null]),
    notes: [SUPPRESSION_NOTE],
  };
}

function extrapolationTable(result: BusinessCaseResult): ReportTable {
  const all = result.allCases;
  return {
    title: "Extrapolatie naar alle casussen",
    columns: [
      { heading: "Grootheid", kind: "text" },
      { heading: "Schatting", kind: "euro" },
      { heading: "95%-interval, ondergrens", kind: "euro" },
      { heading: "95%-interval, bovengrens", kind: "euro" },
    ],
    rows: [
      ["Kosten van alle casussen (gemeten)", all.costsCents, "", ""],
      ["Geëxtrapoleerde baten", orDash(all.extrapolatedBenefitsCents), "", ""],
      ["Geëxtrapoleerd netto resultaat", orDash(all.extrapolatedNetCents), orDash(all.bootstrapNet95Cents?.[0]), orDash(all.bootstrapNet95Cents?.[1])],
      ["Besparing per € 1 aan de voorkant", orDash(result.frontToBack?.perEuro), orDash(result.frontToBack?.interval95?.[0]), orDash(result.frontToBack?.interval95?.[1])],
    ],
    rowKinds: [undefined, undefined, undefined, "ratio"],
    notes: [`Bootstrap: ${result.settings.draws} trekkingen, seed ${result.settings.seed}; dezelfde instellingen geven dezelfde uitkomst.`],
  };
}

function summaryText(result: BusinessCaseResult, query: BusinessCaseQuery): string {
  const parts = [`Tussen ${formatDutchDate(query.closedFrom)} en ${formatDutchDate(query.closedTo)} zijn ${result.cases} casussen afgesloten.`];
  if (result.reviewed === null) parts.push(`Minder dan ${SMALL_COUNT_THRESHOLD} daarvan zijn door het panel beoordeeld; aandelen en extrapolatie worden daarom niet getoond.`);
  else if (result.effectShare.value !== null) {
    parts.push(
      `Het panel beoordeelde er ${result.reviewed}; bij ${formatPercent(result.effectShare.value)} daarvan (95%-interval ${interval(result.effectShare.wilson95, formatPercent)}) is maatwerk voorkomen, verminderd of beëindigd.`,
    );
  }
  parts.push(`De beoordeelde casussen kostten ${formatEuroCents(result.reviewedScope.costsCents)} en leverden ${formatEuroCents(result.reviewedScope.benefitsCents)} aan vermeden maatwerk op: netto ${formatEuroCents(result.reviewedScope.netCents)}.`);
  if (result.frontToBack) {
    parts.push(`Elke euro aan de voorkant bespaart naar schatting € ${formatRatio(result.frontToBack.perEuro)} aan de achterkant (95%-interval ${interval(result.frontToBack.interval95, (x) => `€ ${formatRatio(x)}`)}).`);
  }
  return parts.join(" ");
}

/** The panel agreement on exactly the cases of this selection, read with Landis & Koch (1977). */
function agreementText(result: BusinessCaseResult): string {
  const { cases, fleissKappa } = result.panelAgreement;
  if (fleissKappa === null || cases === null) {
    return `In deze selectie is de kappa niet te berekenen: er zijn minder dan ${SMALL_COUNT_THRESHOLD} casussen met drie oordelen, of alle beoordelaars gaven steeds hetzelfde oordeel.`;
  }
  return `Over de ${cases} casussen in deze selectie met drie oordelen is Fleiss' kappa ${formatRatio(fleissKappa)}: ${KAPPA_READING[kappaBand(fleissKappa)]} (Landis & Koch, 1977). De kappa per beoordelingsronde staat in de app.`;
}

/**
 * The council report of the ex-post business case (issue 6, item 4): the JSON endpoint's result, unchanged and
 * with its suppression, laid out with the method a council member needs to weigh it.
 */
export function businessCaseReport(result: BusinessCaseResult, query: BusinessCaseQuery, context: BusinessCaseReportContext): ReportDocument {
  const payers = Object.entries(result.reviewedScope.benefitsByPayerCents).filter(([, cents]) => cents !== 0);
  const { settings } = result;
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "Samenvatting", level: 1 },
    { kind: "paragraph", text: summaryText(result, query) },
    { kind: "keyFigures", table: businessCaseKeyFigures(result) },
    { kind: "heading", text: "Selectie en instellingen", level: 1 },
    {
      kind: "bullets",
      items: [
        `Casussen afgesloten van ${formatDutchDate(query.closedFrom)} tot en met ${formatDutchDate(query.closedTo)}${context.teamName ? `, team ${context.teamName}` : ", alle teams"}.`,
        `Uurtarief voor de inzet aan de voorkant: ${formatEuroCents(settings.hourlyRateCents)} per uur (inclusief overhead).`,
        `Prijspeil ${settings.priceYear}: alle prijzen zijn met de indexreeks van de gemeente naar dit jaar omgerekend.`,
        `Bootstrap met ${settings.draws} trekkingen en seed ${settings.seed}.`,
        ...(result.unindexedPrices.length > 0 ? [`Niet te indexeren (geen indexwaarde, oorspronkelijke prijs gebruikt): ${result.unindexedPrices.join(", ")}.`] : []),
      ],
    },
    { kind: "heading", text: "Werkwijze", level: 1 },
    { kind: "heading", text: "Kosten en baten", level: 2 },
    {
      kind: "paragraph",
      text: "Kosten zijn de inzet aan de voorkant: de geregistreerde uren maal het uurtarief, plus de directe kosten van de casus (goedgekeurde uitgaven uit het flexibel budget, vrijwilligers en activiteiten). Baten zijn het maatwerk dat zonder deze aanpak nodig was geweest: eenheden per maand maal het aantal maanden maal de prijs uit de prijslijst, geïndexeerd naar het prijspeil. Elke bate wordt geboekt bij de partij die het maatwerk zou hebben betaald. De businesscase telt alleen geld voor met name genoemde partijen; immateriële baten horen in een MKBA.",
    },
    { kind: "heading", text: "Beoordeling door een onafhankelijk panel", level: 2 },
    {
      kind: "paragraph",
      text: "Een steekproef van afgesloten casussen is beoordeeld door drie professionals die niet bij de casus betrokken waren, op basis van een gepseudonimiseerd dossier (geen namen, BSN of adressen; relatieve datums). Ieder oordeelt eerst zelfstandig: voorkomen, verminderd, beëindigd of geen effect, met het maatwerk dat anders was ingezet. Pas als alle drie oordelen binnen zijn, volgt een consensusoordeel; alleen dat telt mee. De overeenstemming tussen de beoordelaars meet Fleiss' kappa: 1 is volledige overeenstemming, 0 niet meer dan toeval.",
    },
    { kind: "paragraph", text: agreementText(result) },
    { kind: "heading", text: "Onzekerheid", level: 2 },
    {
      kind: "paragraph",
      text: "De baten van de beoordeelde casussen worden per casus doorgetrokken naar alle casussen in de selectie. Die extrapolatie gaat ervan uit dat de beoordeelde casussen een aselecte steekproef zijn. De onzekerheid daarvan staat als 95%-interval uit een bootstrap: de beoordeelde casussen worden vele malen opnieuw getrokken met teruglegging; de kosten zijn voor alle casussen gemeten en liggen vast. Het aandeel casussen met effect heeft een Wilson-interval (95%), dat ook bij kleine aantallen betrouwbaar is.",
    },
    { kind: "heading", text: "Privacy en kanttekeningen", level: 2 },
    {
      kind: "bullets",
      items: [
        SUPPRESSION_NOTE,
        "Steekproef: hoe kleiner het aantal beoordeelde casussen, hoe breder de intervallen. Een niet-aselecte keuze van casussen vertekent de extrapolatie.",
        "Nulalternatief (deadweight): het panel schat wat er zonder de aanpak was gebeurd; dat blijft een oordeel, geen meting.",
        "De bedragen zijn niet verdisconteerd: het gaat om maatwerk binnen de looptijd van de casus.",
      ],
    },
    { kind: "heading", text: "Wie betaalt, wie baat", level: 1 },
    {
      kind: "chart",
      caption: "Figuur 1. Kosten aan de voorkant en vermeden maatwerk per partij (beoordeelde casussen). De tabel hieronder bevat dezelfde cijfers.",
      chart: {
        kind: "stackedBar",
        title: "Wie betaalt, wie baat",
        categories: ["Voorkant", ...payers.map(([payer]) => payerLabel(payer))],
        series: [
          { name: "Kosten", values: [-result.reviewedScope.costsCents, ...payers.map(() => 0)] },
          { name: "Baten (vermeden maatwerk)", values: [0, ...payers.map(([, cents]) => cents)] },
        ],
        valueKind: "euro",
        markLine: { value: 0, label: "0" },
      },
    },
    { kind: "table", table: payerTable(result) },
    {
      kind: "paragraph",
      text: `Netto resultaat van de beoordeelde casussen: ${formatEuroCents(result.reviewedScope.netCents)}; baten-kostenverhouding ${result.reviewedScope.bcr === null ? "niet te bepalen" : formatRatio(result.reviewedScope.bcr)}.`,
    },
    { kind: "heading", text: "Oordelen van het panel", level: 1 },
    {
      kind: "chart",
      caption: "Figuur 2. Consensusoordelen van het panel; verborgen aantallen (<5) ontbreken in de figuur. De tabel hieronder bevat dezelfde cijfers.",
      chart: { kind: "bar", title: "Oordelen van het panel", categories: Object.values(VERDICT_LABEL), series: [{ name: "Casussen", values: [result.verdicts.prevented, result.verdicts.reduced, result.verdicts.ended, result.verdicts.none] }], valueKind: "count" },
    },
    { kind: "table", table: verdictTable(result) },
    { kind: "table", table: outcomeTable(result) },
    { kind: "heading", text: "Extrapolatie naar alle casussen", level: 1 },
    { kind: "table", table: extrapolationTable(result) },
    {
      kind: "paragraph",
      text: result.frontToBack
        ? `€ 1 aan de voorkant bespaart € ${formatRatio(result.frontToBack.perEuro)} aan de achterkant (95%-interval ${interval(result.frontToBack.interval95, (x) => `€ ${formatRatio(x)}`)}).`
        : "Zonder beoordeelde casussen of kosten is de besparing per euro aan de voorkant niet te bepalen.",
    },
    // As on the business-case page: the factors stand just before the signal about costly cases.
    ...factorBlocks(result),
    { kind: "heading", text: "Signaal: voorkant duurder dan het vervangen maatwerk", level: 1 },
    {
      kind: "paragraph",
      text:
        result.flaggedCases === null
          ? `Minder dan ${SMALL_COUNT_THRESHOLD} beoordeelde casussen kostten aan de voorkant meer dan het maatwerk dat zij vervingen.`
          : `${result.flaggedCases} beoordeelde casussen kostten aan de voorkant meer dan het maatwerk dat zij vervingen. Een lang traject door een sociaal werker kan ongemerkt maatwerk worden dat aan de voorkant wordt betaald; bespreek deze casussen met de teams.`,
    },
  ];
  return {
    title: "Businesscase achteraf",
    subtitle: "Rapportage voor college en gemeenteraad",
    facts: [
      ["Gemeente", context.tenantName],
      ["Casussen afgesloten", `${formatDutchDate(query.closedFrom)} t/m ${formatDutchDate(query.closedTo)}`],
      ["Team", context.teamName ?? "Alle teams"],
      ["Uurtarief", formatEuroCents(settings.hourlyRateCents)],
      ["Prijspeil", String(settings.priceYear)],
      ["Bootstrap", `${settings.draws} trekkingen, seed ${settings.seed}`],
      ["Opgesteld op", formatDutchDate(context.today)],
    ],
    blocks,
  };
}
