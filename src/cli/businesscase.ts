import { type ExPostBusinessCase, exPostBusinessCase, xoshiro128ss } from "../engine/index";
import { type CaseTable, formatProblem, type InputProblem, type PriceRow, readCasesCsv, readPricesCsv } from "./businesscase-csv";
import { type BusinessCaseSettings, readSettingsJson } from "./businesscase-settings";
import type { CliIo } from "./io";
import { formatEuro } from "./model";

const USAGE = `Gebruik:
  baatwijzer businesscase --cases CASUSSEN.csv --prices PRIJZEN.csv [--settings INSTELLINGEN.json] [--json]

Rekent de businesscase achteraf door van casussen die een panel heeft beoordeeld: kosten aan de voorkant
tegenover het vermeden maatwerk, per betaler, geëxtrapoleerd naar alle casussen met een bootstrapinterval.
Het uurtarief staat in het instellingenbestand. Formaten en rekenregels: docs/businesscase-cli.md.`;

/** Exit code for bad input: wrong arguments, unreadable files, invalid rows. */
const BAD_INPUT = 2;
/** The summary lists at most this many flagged cases; --json lists them all. */
const FLAGS_SHOWN = 20;

/** The JSON printed by `--json`: the engine's result with flagged cases named by their case_id. */
export type BusinessCaseJson = Omit<ExPostBusinessCase, "flags"> & {
  readonly flags: readonly { readonly caseId: string; readonly costs: number; readonly benefits: number }[];
};

interface Arguments {
  readonly cases: string;
  readonly prices: string;
  readonly settings: string | null;
  readonly json: boolean;
}

/**
 * `baatwijzer businesscase --cases CASES.csv --prices PRICES.csv [--settings SETTINGS.json] [--json]`; `args` start
 * after `businesscase`. Returns the exit code: 0 done; 2 bad input — then stdout stays empty and stderr lists every
 * problem of every file with its line, column and value, and nothing is computed.
 */
export async function runBusinessCaseCommand(args: string[], io: CliIo): Promise<number> {
  if (args.some((arg) => arg === "--help" || arg === "-h" || arg === "help")) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArguments(args);
  if (typeof parsed === "string") {
    io.stderr(`${parsed}\n\n${USAGE}`);
    return BAD_INPUT;
  }

  const [casesText, pricesText, settingsText] = await Promise.all([
    readInput(io, parsed.cases),
    readInput(io, parsed.prices),
    parsed.settings === null ? null : readInput(io, parsed.settings),
  ]);
  // Prices first: the cases refer to their codes. Problems are listed cases, prices, settings.
  const pricesRead = typeof pricesText === "string" ? readPricesCsv(pricesText, parsed.prices) : { prices: null, problems: [pricesText] };
  const settingsRead =
    settingsText === null || typeof settingsText === "string"
      ? readSettingsJson(settingsText, parsed.settings ?? "--settings")
      : { settings: null, problems: [settingsText] };
  const prices = pricesRead.prices;
  const codes = prices === null ? null : new Map(prices.map((price, index) => [price.code, index]));
  const casesRead = typeof casesText === "string" ? readCasesCsv(casesText, parsed.cases, codes) : { cases: null, problems: [casesText] };
  const problems: readonly InputProblem[] = [...casesRead.problems, ...pricesRead.problems, ...settingsRead.problems];
  const table = casesRead.cases;
  const settings = settingsRead.settings;

  if (problems.length > 0 || table === null || prices === null || settings === null) {
    const count = problems.length;
    io.stderr([`De invoer bevat ${count} ${count === 1 ? "fout" : "fouten"}; er is niets berekend.`, ...problems.map(formatProblem)].join("\n"));
    return BAD_INPUT;
  }

  const result = exPostBusinessCase(
    { cases: table.columns, products: prices, hourlyRate: settings.hourlyRate },
    { draws: settings.bootstrap.draws, rng: xoshiro128ss(settings.bootstrap.seed) },
  );
  const output: BusinessCaseJson = {
    ...result,
    flags: result.flags.map((flag) => ({ caseId: table.caseIds[flag.case] as string, costs: flag.costs, benefits: flag.benefits })),
  };
  const warnings: string[] = [];
  if (result.reviewed === 0) {
    warnings.push("waarschuwing: geen enkele casus is beoordeeld (reviewed = ja); het effect en de extrapolatie naar alle casussen ontbreken.");
  }
  const years = [...new Set(prices.map((price) => price.priceYear))].sort((a, b) => a - b);
  if (years.length > 1) {
    warnings.push(`waarschuwing: de prijslijst mengt prijsjaren (${years.join(", ")}); indexeer de prijzen eerst naar één prijsjaar, anders tellen euro's van verschillende jaren op.`);
  }
  if (warnings.length > 0) io.stderr(warnings.join("\n"));
  io.stdout(parsed.json ? `${JSON.stringify(output, null, 2)}\n` : summary(output, table, prices, settings));
  return 0;
}

/** The options, or a Dutch message saying what is wrong with them. */
function parseArguments(args: readonly string[]): Arguments | string {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") {
      json = true;
      continue;
    }
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (name !== "--cases" && name !== "--prices" && name !== "--settings") {
      return arg.startsWith("-") ? `Onbekende optie: ${arg}` : `Onverwacht argument: ${arg} (geef bestanden op met --cases, --prices en --settings)`;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return `Bij ${name} hoort een bestandsnaam.`;
    if (values.has(name)) return `${name} staat er twee keer.`;
    values.set(name, value);
  }
  const cases = values.get("--cases");
  const prices = values.get("--prices");
  if (cases === undefined || prices === undefined) {
    return `Geef ${[cases === undefined ? "--cases" : null, prices === undefined ? "--prices" : null].filter(Boolean).join(" en ")} op.`;
  }
  return { cases, prices, settings: values.get("--settings") ?? null, json };
}

/** The file's text, or the problem that it cannot be read. */
async function readInput(io: CliIo, file: string): Promise<string | InputProblem> {
  try {
    return await io.readFile(file);
  } catch (error) {
    return { file, line: null, column: null, value: null, message: `kan het bestand niet lezen: ${readProblem(error)}` };
  }
}

const readProblem = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "het bestand bestaat niet";
  if (code === "EACCES" || code === "EPERM") return "geen leesrechten";
  if (code === "EISDIR") return "dit is een map, geen bestand";
  return error instanceof Error ? error.message : String(error);
};

const WHOLE = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const TWO = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (fraction: number): string => `${ONE.format(fraction * 100)}%`;
const dutchDate = (iso: string): string => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const row = (label: string, value: string): string => `  ${label.length < 27 ? label.padEnd(28) : `${label}  `}${value}`;

/** The readable Dutch summary printed without `--json`. */
function summary(result: BusinessCaseJson, table: CaseTable, prices: readonly PriceRow[], settings: BusinessCaseSettings): string {
  const { reviewedScope: scope, allCases: all, effectShare } = result;
  const dates = [...table.opened].sort();
  const years = [...new Set(prices.map((price) => price.priceYear))].sort((a, b) => a - b);
  const priceYears = years.length === 0 ? "" : years.length === 1 ? `, prijsjaar ${years[0]}` : `, prijsjaren ${years[0]}–${years.at(-1)} (gemengd)`;
  const reviewedShare = result.cases === 0 ? "" : ` (${percent(result.reviewed / result.cases)})`;
  const lines = [
    `Businesscase achteraf: ${WHOLE.format(result.cases)} ${result.cases === 1 ? "casus" : "casussen"}, waarvan ${WHOLE.format(result.reviewed)} beoordeeld door het panel${reviewedShare}`,
    `Geopend van ${dutchDate(dates[0] as string)} tot en met ${dutchDate(dates.at(-1) as string)}; uurtarief ${formatEuro(settings.hourlyRate)}${priceYears}`,
    "",
    "Oordeel van het panel",
    row("maatwerk voorkomen", WHOLE.format(result.verdicts.prevented)),
    row("maatwerk verminderd", WHOLE.format(result.verdicts.reduced)),
    row("maatwerk beëindigd", WHOLE.format(result.verdicts.ended)),
    row("geen effect", WHOLE.format(result.verdicts.none)),
    row(
      "Aandeel met effect",
      effectShare.value === null || effectShare.wilson95 === null
        ? "– (geen beoordeelde casussen)"
        : `${percent(effectShare.value)} (95%-interval volgens Wilson: ${percent(effectShare.wilson95[0])} – ${percent(effectShare.wilson95[1])})`,
    ),
    "",
    "Beoordeelde casussen",
    row("Kosten", formatEuro(scope.costs)),
    row("Baten (vermeden maatwerk)", formatEuro(scope.benefits)),
    ...Object.entries(scope.benefitsByPayer).map(([payer, amount]) => row(`  ${payer}`, formatEuro(amount))),
    row("Saldo", formatEuro(scope.net)),
    row("Baten-kostenverhouding", scope.bcr === null ? "– (geen kosten)" : TWO.format(scope.bcr)),
    "",
    "Alle casussen (baten geëxtrapoleerd vanuit de beoordeelde casussen)",
    row("Kosten", formatEuro(all.costs)),
  ];
  if (all.extrapolatedBenefits === null || all.extrapolatedNet === null || all.bootstrapNet95 === null) {
    lines.push(row("Baten en saldo", "– (niet te bepalen zonder beoordeelde casussen)"));
  } else {
    const { draws, seed } = settings.bootstrap;
    lines.push(
      row("Baten (geëxtrapoleerd)", formatEuro(all.extrapolatedBenefits)),
      row("Saldo (geëxtrapoleerd)", formatEuro(all.extrapolatedNet)),
      row("95%-interval saldo", `${formatEuro(all.bootstrapNet95[0])} – ${formatEuro(all.bootstrapNet95[1])} (bootstrap, ${WHOLE.format(draws)} trekkingen, seed ${seed})`),
      "  De extrapolatie gaat ervan uit dat de beoordeelde casussen een aselecte steekproef van alle casussen zijn.",
    );
  }
  const flags = result.flags;
  if (flags.length > 0) {
    lines.push(
      "",
      flags.length === 1
        ? "Let op: 1 beoordeelde casus kostte aan de voorkant meer dan het maatwerk dat ze verving."
        : `Let op: ${WHOLE.format(flags.length)} beoordeelde casussen kostten aan de voorkant meer dan het maatwerk dat ze vervingen.`,
      "Een lang traject aan de voorkant kan ongemerkt maatwerk worden dat vanuit de voorkant wordt betaald.",
      ...flags.slice(0, FLAGS_SHOWN).map((flag) => row(flag.caseId, `kosten ${formatEuro(flag.costs)}, vermeden maatwerk ${formatEuro(flag.benefits)}`)),
    );
    if (flags.length > FLAGS_SHOWN) lines.push(`  … en ${WHOLE.format(flags.length - FLAGS_SHOWN)} andere (alle staan in de uitvoer van --json)`);
  }
  return `${lines.join("\n")}\n`;
}
