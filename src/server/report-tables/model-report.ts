import type { EvaluationResult, Finding, Model, Uncertainty } from "../../engine/index";
import { formatDutchDate, formatEuroCents, formatNumber, formatPercent, formatRatio } from "../../reports/dutch-format";
import type { ReportBlock, ReportDocument } from "../../reports/report-document";
import type { ReportTable } from "../../reports/table-export";

export interface ModelReportContext {
  readonly tenantName: string;
  readonly version: number;
  readonly versionLabel: string;
  readonly today: string;
  /** True when the model had no Monte Carlo settings and the report ran one with the default draws and seed. */
  readonly defaultMonteCarlo: boolean;
  readonly findings: readonly Finding[];
}

const CLASSIFICATION: Record<EvaluationResult["classification"], string> = {
  financially_profitable: "Financieel rendabel",
  societally_profitable: "Maatschappelijk rendabel",
  not_profitable: "Niet rendabel",
};
const CATEGORY = { financial: "financieel", immaterial: "immaterieel" } as const;

/** The engine computes in euros; reports carry integer cents like the rest of Baatwijzer. */
const cents = (euros: number): number => Math.round(euros * 100);
const orDash = (value: number | null | undefined): number | string => (value === null || value === undefined || !Number.isFinite(value) ? "–" : value);
const expression = (value: number | string): string => (typeof value === "number" ? formatNumber(value) : value);

/** "PERT 0,15 – 0,3 – 0,45" and the like. */
export function describeUncertainty(u: Uncertainty | undefined): string {
  if (!u) return "geen (vaste waarde)";
  switch (u.dist) {
    case "uniform":
      return `uniform ${formatNumber(u.min)} – ${formatNumber(u.max)}`;
    case "triangular":
      return `driehoek ${formatNumber(u.min)} – ${formatNumber(u.mode)} – ${formatNumber(u.max)}`;
    case "pert":
      return `PERT ${formatNumber(u.min)} – ${formatNumber(u.mode)} – ${formatNumber(u.max)}`;
    case "normal":
      return `normaal, gemiddelde ${formatNumber(u.mean)}, sd ${formatNumber(u.sd)}${u.min !== undefined || u.max !== undefined ? `, begrensd ${u.min === undefined ? "" : formatNumber(u.min)} – ${u.max === undefined ? "" : formatNumber(u.max)}` : ""}`;
  }
}

/** A rate with up to two decimals, as rates are written (2,25%), not rounded to one like shares. */
const rate = (fraction: number): string => `${formatNumber(fraction * 100)}%`;
const discountText = (model: Model): string =>
  typeof model.discountRate === "number" ? `${rate(model.discountRate)} per jaar (reëel)` : `per jaar opgegeven: ${model.discountRate.map(rate).join(", ")}`;

const paybackText = (result: EvaluationResult): string => (result.paybackYear === null ? "niet binnen de horizon" : `in jaar ${result.paybackYear + 1} (jaarindex ${result.paybackYear})`);

export function modelKeyFigures(result: EvaluationResult): ReportTable {
  const mc = result.monteCarlo;
  return {
    title: "Kerncijfers",
    columns: [
      { heading: "Kengetal", kind: "text" },
      { heading: "Waarde", kind: "euro" },
    ],
    rows: [
      ["Contante waarde baten", cents(result.pvBenefits)],
      ["Contante waarde kosten", cents(result.pvCosts)],
      ["Netto contante waarde (NCW)", cents(result.npv)],
      ["Baten-kostenverhouding", orDash(result.bcr)],
      ["Financiële baten-kostenverhouding", orDash(result.financialBcr)],
      ["Oordeel", CLASSIFICATION[result.classification]],
      ["Terugverdientijd", paybackText(result)],
      ...(mc
        ? ([
            ["NCW P5 (Monte Carlo)", mc.npv ? cents(mc.npv.p5) : "–"],
            ["NCW P50 (Monte Carlo)", mc.npv ? cents(mc.npv.p50) : "–"],
            ["NCW P95 (Monte Carlo)", mc.npv ? cents(mc.npv.p95) : "–"],
            ["Kans op positieve NCW", mc.probabilityPositiveNpv],
          ] as const)
        : []),
    ],
    rowKinds: [undefined, undefined, undefined, "ratio", "ratio", undefined, undefined, undefined, undefined, undefined, "percent"],
  };
}

function stakeholderTable(model: Model, result: EvaluationResult): ReportTable {
  return {
    title: "Kosten en baten per stakeholder",
    columns: [
      { heading: "Stakeholder", kind: "text" },
      { heading: "Soort", kind: "text" },
      { heading: "Kosten (CW)", kind: "euro" },
      { heading: "Baten (CW)", kind: "euro" },
      { heading: "Saldo (CW)", kind: "euro" },
    ],
    rows: [
      ...model.stakeholders.map((s) => {
        const r = result.stakeholders[s.id];
        return [s.name, s.type ?? "", cents(r?.pvCosts ?? 0), cents(r?.pvBenefits ?? 0), cents(r?.npv ?? 0)];
      }),
      ["Totaal", "", cents(result.pvCosts), cents(result.pvBenefits), cents(result.npv)],
    ],
    notes: ["CW: contante waarde over de hele horizon, in euro's van het prijspeil."],
  };
}

function parameterTable(model: Model): ReportTable {
  return {
    title: "Parameters",
    columns: [
      { heading: "Parameter", kind: "text" },
      { heading: "Waarde", kind: "number" },
      { heading: "Eenheid", kind: "text" },
      { heading: "Onzekerheid", kind: "text" },
      { heading: "Bron", kind: "text" },
    ],
    rows: Object.entries(model.parameters).map(([name, p]) => [name, p.value, p.unit ?? "", describeUncertainty(p.uncertainty), p.source ?? "niet vermeld"]),
  };
}

function costLineTable(model: Model): ReportTable {
  const name = (id: string) => model.stakeholders.find((s) => s.id === id)?.name ?? id;
  return {
    title: "Kostenposten",
    columns: [
      { heading: "Kostenpost", kind: "text" },
      { heading: "Stakeholder", kind: "text" },
      { heading: "Bedrag per jaar", kind: "text" },
      { heading: "Jaren (index)", kind: "text" },
      { heading: "Opslag optimisme", kind: "percent" },
    ],
    rows: model.costs.map((c) => [c.label, name(c.stakeholder), expression(c.amount), c.years.join(", "), c.optimismBias]),
  };
}

function benefitLineTables(model: Model): ReportTable[] {
  const name = (id: string) => model.stakeholders.find((s) => s.id === id)?.name ?? id;
  return [
    {
      title: "Batenposten",
      columns: [
        { heading: "Baat", kind: "text" },
        { heading: "Stakeholder", kind: "text" },
        { heading: "Soort", kind: "text" },
        { heading: "Hoeveelheid per jaar", kind: "text" },
        { heading: "Waarde per eenheid", kind: "text" },
        { heading: "Jaren", kind: "text" },
      ],
      rows: model.benefits.map((b) => [
        b.label,
        name(b.stakeholder),
        CATEGORY[b.category],
        expression(b.quantity),
        expression(b.unitValue),
        b.duration === undefined ? `vanaf ${b.startYear}` : `${b.startYear} t/m ${b.startYear + b.duration - 1}`,
      ]),
    },
    {
      title: "Correcties op de baten",
      columns: [
        { heading: "Baat", kind: "text" },
        { heading: "Nulalternatief (deadweight)", kind: "percent" },
        { heading: "Verdringing", kind: "percent" },
        { heading: "Toerekening aan anderen", kind: "percent" },
        { heading: "Afname per jaar", kind: "percent" },
        { heading: "Correctie optimisme", kind: "percent" },
      ],
      rows: model.benefits.map((b) => [b.label, b.deadweight, b.displacement, b.attribution, b.dropOff, b.optimismBias]),
    },
  ];
}

function yearTable(result: EvaluationResult): ReportTable {
  return {
    title: "Kasstromen per jaar",
    columns: [
      { heading: "Jaar (index)", kind: "count" },
      { heading: "Kosten", kind: "euro" },
      { heading: "Baten", kind: "euro" },
      { heading: "Saldo", kind: "euro" },
    ],
    rows: result.years.map((y) => [y.year, cents(y.costs), cents(y.benefits), cents(y.benefits - y.costs)]),
    notes: ["Niet verdisconteerd, in euro's van het prijspeil. Jaar 0 is het eerste jaar van de horizon."],
  };
}

function tornadoTable(result: EvaluationResult): ReportTable {
  return {
    title: "Gevoeligheid (tornado)",
    columns: [
      { heading: "Parameter", kind: "text" },
      { heading: "Lage waarde", kind: "number" },
      { heading: "Hoge waarde", kind: "number" },
      { heading: "NCW bij laag", kind: "euro" },
      { heading: "NCW bij hoog", kind: "euro" },
    ],
    rows: result.tornado.map((bar) => [bar.parameter, bar.low, bar.high, cents(bar.npvLow), cents(bar.npvHigh)]),
    notes: ["Eén parameter tegelijk op zijn P10 en P90 (uniforme verdeling: minimum en maximum), de rest op de basiswaarde; grootste effect eerst."],
  };
}

function switchingTable(model: Model, result: EvaluationResult): ReportTable {
  return {
    title: "Omslagpunten",
    columns: [
      { heading: "Parameter", kind: "text" },
      { heading: "Basiswaarde", kind: "number" },
      { heading: "Waarde waarbij NCW = 0", kind: "number" },
    ],
    rows: Object.entries(result.switchingValues).map(([name, value]) => [name, model.parameters[name]?.value ?? "–", value === null ? "geen" : value]),
  };
}

function monteCarloTable(result: EvaluationResult): ReportTable | null {
  const mc = result.monteCarlo;
  if (!mc) return null;
  const row = (label: string, s: { mean: number; p5: number; p50: number; p95: number } | null, scale: (x: number) => number) =>
    s ? [label, scale(s.mean), scale(s.p5), scale(s.p50), scale(s.p95)] : [label, "–", "–", "–", "–"];
  return {
    title: "Monte Carlo",
    columns: [
      { heading: "Grootheid", kind: "text" },
      { heading: "Gemiddelde", kind: "euro" },
      { heading: "P5", kind: "euro" },
      { heading: "P50", kind: "euro" },
      { heading: "P95", kind: "euro" },
    ],
    rows: [row("Netto contante waarde", mc.npv, cents), row("Baten-kostenverhouding", mc.bcr, (x) => x), ["Kans op positieve NCW", mc.probabilityPositiveNpv, "", "", ""]],
    rowKinds: [undefined, "ratio", "percent"],
    notes: [`${mc.draws} trekkingen met seed ${mc.seed}: dezelfde instellingen geven dezelfde uitkomst.`],
  };
}

/** The MKBA model report (issue 7, item 5): the model with its method notes and the engine's results. */
export function modelReport(model: Model, result: EvaluationResult, context: ModelReportContext): ReportDocument {
  const mc = result.monteCarlo;
  const stakeholderNames = model.stakeholders.map((s) => s.name);
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "Samenvatting", level: 1 },
    {
      kind: "paragraph",
      text: [
        `Over ${model.horizon} jaar is de contante waarde van de baten ${formatEuroCents(cents(result.pvBenefits))} en van de kosten ${formatEuroCents(cents(result.pvCosts))}: een netto contante waarde van ${formatEuroCents(cents(result.npv))}${result.bcr === null ? "" : ` en een baten-kostenverhouding van ${formatRatio(result.bcr)}`}.`,
        `Oordeel: ${CLASSIFICATION[result.classification].toLowerCase()}. Terugverdiend ${paybackText(result)}.`,
        mc?.npv ? `De Monte Carlo-analyse geeft een NCW tussen ${formatEuroCents(cents(mc.npv.p5))} (P5) en ${formatEuroCents(cents(mc.npv.p95))} (P95); de kans op een positieve NCW is ${formatPercent(mc.probabilityPositiveNpv)}.` : "",
      ]
        .filter(Boolean)
        .join(" "),
    },
    { kind: "keyFigures", table: modelKeyFigures(result) },
    ...(model.description ? ([{ kind: "paragraph", text: model.description }] as const) : []),
    { kind: "heading", text: "Werkwijze en uitgangspunten", level: 1 },
    {
      kind: "bullets",
      items: [
        `Soort analyse: ${model.kind === "mkba" ? "MKBA (alle welvaartseffecten, ook immateriële)" : "businesscase (alleen geld voor met name genoemde partijen)"}.`,
        `Prijspeil ${model.priceYear}: alle bedragen zijn in euro's van dat jaar.`,
        `Horizon ${model.horizon} jaar (jaarindex 0 tot en met ${model.horizon - 1}).`,
        `Discontovoet ${discountText(model)}; ${model.firstYearDiscounted ? "ook het eerste jaar wordt verdisconteerd" : "het eerste jaar wordt niet verdisconteerd"}. De standaard reële discontovoet in Nederland is 2,25% (Werkgroep discontovoet 2020).`,
        `Stakeholders: ${stakeholderNames.join(", ")}.`,
        "Baten per jaar = hoeveelheid × (1 − nulalternatief) × (1 − verdringing) × (1 − toerekening aan anderen) × (1 − afname)^(jaren sinds start) × waarde per eenheid × (1 − correctie optimisme). Kosten per jaar = bedrag × (1 + opslag optimisme).",
        "Oordeel: financieel rendabel als de financiële baten alleen al de kosten dekken; maatschappelijk rendabel als alle baten samen de kosten dekken; anders niet rendabel.",
        "Terugverdientijd: het eerste jaar waarin het gecumuleerde verdisconteerde saldo niet meer negatief is.",
        mc
          ? `Onzekerheid: Monte Carlo met ${mc.draws} trekkingen en seed ${mc.seed}${context.defaultMonteCarlo ? " (het model noemt geen instellingen; de rapportage gebruikt deze standaardwaarden)" : ""}; de parameters worden onafhankelijk getrokken uit hun verdeling.`
          : "Onzekerheid: geen parameter heeft een verdeling; er is geen Monte Carlo-analyse gedaan.",
      ],
    },
    { kind: "heading", text: "Parameters en bronnen", level: 1 },
    { kind: "table", table: parameterTable(model) },
    { kind: "heading", text: "Aannames: kosten en baten", level: 1 },
    { kind: "table", table: costLineTable(model) },
    ...benefitLineTables(model).map((table) => ({ kind: "table", table }) as const),
    { kind: "heading", text: "Wie betaalt, wie baat", level: 1 },
    {
      kind: "chart",
      caption: "Figuur 1. Contante waarde van kosten en baten per stakeholder. De tabel hieronder bevat dezelfde cijfers.",
      chart: {
        kind: "stackedBar",
        title: "Kosten en baten per stakeholder",
        categories: stakeholderNames,
        series: [
          { name: "Kosten", values: model.stakeholders.map((s) => -cents(result.stakeholders[s.id]?.pvCosts ?? 0)) },
          { name: "Baten", values: model.stakeholders.map((s) => cents(result.stakeholders[s.id]?.pvBenefits ?? 0)) },
        ],
        valueKind: "euro",
        markLine: { value: 0, label: "0" },
      },
    },
    { kind: "table", table: stakeholderTable(model, result) },
    { kind: "heading", text: "Kasstromen per jaar", level: 1 },
    {
      kind: "chart",
      caption: `Figuur 2. Kosten en baten per jaar, niet verdisconteerd. Terugverdiend ${paybackText(result)}.`,
      chart: {
        kind: "bar",
        title: "Kasstromen per jaar",
        categories: result.years.map((y) => `jaar ${y.year}`),
        series: [
          { name: "Kosten", values: result.years.map((y) => cents(y.costs)) },
          { name: "Baten", values: result.years.map((y) => cents(y.benefits)) },
        ],
        valueKind: "euro",
      },
    },
    { kind: "table", table: yearTable(result) },
  ];
  if (result.tornado.length > 0) {
    blocks.push(
      { kind: "heading", text: "Gevoeligheid", level: 1 },
      {
        kind: "chart",
        caption: `Figuur 3. Verandering van de NCW (basis ${formatEuroCents(cents(result.npv))}) als één parameter op zijn lage of hoge waarde staat. De tabel hieronder bevat dezelfde cijfers.`,
        chart: {
          kind: "bar",
          horizontal: true,
          overlap: true,
          title: "Tornado: verandering van de NCW",
          categories: result.tornado.map((bar) => bar.parameter),
          series: [
            { name: "Lage waarde", values: result.tornado.map((bar) => cents(bar.npvLow - result.npv)) },
            { name: "Hoge waarde", values: result.tornado.map((bar) => cents(bar.npvHigh - result.npv)) },
          ],
          valueKind: "euro",
          markLine: { value: 0, label: "basis" },
        },
      },
      { kind: "table", table: tornadoTable(result) },
    );
  }
  if (Object.keys(result.switchingValues).length > 0) blocks.push({ kind: "table", table: switchingTable(model, result) });
  const mcTable = monteCarloTable(result);
  if (mcTable) blocks.push({ kind: "heading", text: "Onzekerheid (Monte Carlo)", level: 1 }, { kind: "table", table: mcTable });
  if (context.findings.length > 0) {
    blocks.push({ kind: "heading", text: "Waarschuwingen bij de berekening", level: 1 }, { kind: "bullets", items: context.findings.map((f) => `${f.path}: ${f.message}`) });
  }
  return {
    title: model.name,
    subtitle: model.kind === "mkba" ? "Maatschappelijke kosten-batenanalyse (MKBA)" : "Businesscase (model)",
    facts: [
      ["Gemeente", context.tenantName],
      ["Versie", `${context.version} (${context.versionLabel})`],
      ["Prijspeil", String(model.priceYear)],
      ["Horizon", `${model.horizon} jaar`],
      ["Discontovoet", discountText(model)],
      ["Opgesteld op", formatDutchDate(context.today)],
    ],
    blocks,
  };
}
