import {
  type EvaluationResult,
  evaluateModel,
  type Finding,
  hasErrors,
  type Model,
  parseModelJson,
  type StakeholderResult,
} from "../engine/index";
import type { CliIo } from "./io";

const USAGE = `Gebruik:
  baatwijzer model evaluate BESTAND [--json]   reken een baatwijzer.model/1 door
  baatwijzer model validate BESTAND            controleer een model

Het formaat staat beschreven in docs/model-format.md.`;

/** Exit code for bad input: an invalid model, an unreadable file, wrong arguments. */
const BAD_INPUT = 2;

/**
 * `baatwijzer model evaluate FILE [--json]` and `baatwijzer model validate FILE`; `args` start after `model`.
 * Returns the exit code: 0 done, 2 bad input (usage, unreadable file, invalid model — then stdout stays empty and
 * every error is listed on stderr with its JSON path).
 */
export async function runModelCommand(args: string[], io: CliIo): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === "--help" || subcommand === "-h" || subcommand === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (subcommand !== "evaluate" && subcommand !== "validate") {
    io.stderr(subcommand === undefined ? USAGE : `Onbekende opdracht: model ${subcommand}\n\n${USAGE}`);
    return BAD_INPUT;
  }
  const allowedFlags = subcommand === "evaluate" ? ["--json"] : [];
  const flags = rest.filter((arg) => arg.startsWith("--"));
  const files = rest.filter((arg) => !arg.startsWith("--"));
  const unknown = flags.filter((flag) => !allowedFlags.includes(flag));
  if (unknown.length > 0 || files.length !== 1) {
    const problem =
      unknown.length > 0 ? `Onbekende optie: ${unknown.join(", ")}` : files.length === 0 ? "Geef één modelbestand op." : `Geef één modelbestand op, niet ${files.length}.`;
    io.stderr(`${problem}\n\n${USAGE}`);
    return BAD_INPUT;
  }
  const file = files[0] as string;

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`Kan "${file}" niet lezen: ${readProblem(error)}`);
    return BAD_INPUT;
  }

  const parsed = parseModelJson(text);
  if (parsed.model === null || hasErrors(parsed.findings)) {
    const errors = parsed.findings.filter((f) => f.level === "error");
    io.stderr([`Model "${file}" is ongeldig (${errors.length} ${errors.length === 1 ? "fout" : "fouten"}):`, ...parsed.findings.map(findingLine)].join("\n"));
    return BAD_INPUT;
  }

  if (subcommand === "validate") {
    io.stdout(["Model is geldig", ...parsed.findings.map(findingLine)].join("\n"));
    return 0;
  }

  const evaluation = evaluateModel(parsed.model);
  const warnings = [...parsed.findings, ...evaluation.findings];
  if (warnings.length > 0) io.stderr(warnings.map(findingLine).join("\n"));
  io.stdout(rest.includes("--json") ? `${JSON.stringify(evaluation.result, null, 2)}\n` : summary(parsed.model, evaluation.result));
  return 0;
}

/** `benefits[0].stakeholder: onbekende stakeholder "x"`; warnings get a prefix. */
const findingLine = (finding: Finding): string =>
  `${finding.level === "warning" ? "waarschuwing: " : ""}${finding.path}: ${finding.message}`;

const readProblem = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "het bestand bestaat niet";
  if (code === "EACCES" || code === "EPERM") return "geen leesrechten";
  if (code === "EISDIR") return "dit is een map, geen bestand";
  return error instanceof Error ? error.message : String(error);
};

const decimals = (digits: number) =>
  new Intl.NumberFormat("nl-NL", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const CENTS = decimals(2);
const WHOLE = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const TWO = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const FOUR = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 });
const PERCENT = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

/** Dutch money: `€ 1.234,56`, `€ -1.234,56` (plain space, as in Dutch reports). */
export const formatEuro = (x: number): string => (Number.isFinite(x) ? `€ ${CENTS.format(x)}` : "–");
/** A Dutch decimal with a fixed number of digits: `1,44`. */
const formatDecimal = (x: number | null, digits = 2): string => (x === null || !Number.isFinite(x) ? "–" : decimals(digits).format(x));
/** A parameter value with sensible precision: `8.600.000`, `41,77`, `0,4012`. */
const formatValue = (x: number | null): string => {
  if (x === null || !Number.isFinite(x)) return "–";
  const size = Math.abs(x);
  return (size >= 100 ? WHOLE : size >= 1 ? TWO : FOUR).format(x);
};
const formatPercent = (fraction: number): string => `${PERCENT.format(fraction * 100)}%`;

const CLASSIFICATION: Record<EvaluationResult["classification"], string> = {
  financially_profitable: "financieel rendabel (de financiële baten dekken de kosten)",
  societally_profitable: "maatschappelijk rendabel (alle baten samen dekken de kosten)",
  not_profitable: "niet rendabel",
};

const row = (label: string, value: string): string => `  ${label.length < 27 ? label.padEnd(28) : `${label}  `}${value}`;

/** The readable Dutch summary printed by `model evaluate` without `--json`. */
function summary(model: Model, result: EvaluationResult): string {
  const rate = typeof model.discountRate === "number" ? formatPercent(model.discountRate) : "per jaar opgegeven";
  const lines = [
    `${model.name} — ${model.kind === "mkba" ? "MKBA" : "businesscase"}, prijspeil ${model.priceYear}`,
    `Horizon ${model.horizon} jaar, discontovoet ${rate}, ${model.firstYearDiscounted ? "eerste jaar verdisconteerd" : "eerste jaar niet verdisconteerd"}`,
    "",
    row("Contante waarde baten", formatEuro(result.pvBenefits)),
    row("Contante waarde kosten", formatEuro(result.pvCosts)),
    row("Netto contante waarde", formatEuro(result.npv)),
    row("Baten-kostenverhouding", formatDecimal(result.bcr)),
    row("Financiële verhouding", formatDecimal(result.financialBcr)),
    row("Oordeel", CLASSIFICATION[result.classification]),
    row(
      "Terugverdientijd",
      result.paybackYear === null ? "niet binnen de horizon" : `binnen ${result.paybackYear + 1} jaar (jaar ${result.paybackYear})`,
    ),
    "",
    "Per stakeholder (contante waarde)",
    ...model.stakeholders.map((s) => {
      const r = result.stakeholders[s.id] as StakeholderResult;
      return row(s.name, `baten ${formatEuro(r.pvBenefits)}, kosten ${formatEuro(r.pvCosts)}, saldo ${formatEuro(r.npv)}`);
    }),
  ];
  const switching = Object.entries(result.switchingValues);
  if (switching.length > 0) {
    lines.push("", "Omslagpunten (waarde waarbij de netto contante waarde 0 is)");
    for (const [name, value] of switching) {
      lines.push(row(name, `${value === null ? "geen" : formatValue(value)} (basis ${formatValue(model.parameters[name]?.value ?? null)})`));
    }
  }
  if (result.tornado.length > 0) {
    lines.push("", "Gevoeligheid (P10 en P90; uniform: min en max), grootste effect eerst");
    for (const bar of result.tornado) {
      lines.push(row(bar.parameter, `${formatValue(bar.low)} → NCW ${formatEuro(bar.npvLow)}; ${formatValue(bar.high)} → NCW ${formatEuro(bar.npvHigh)}`));
    }
  }
  const mc = result.monteCarlo;
  if (mc) {
    lines.push("", `Monte Carlo (${formatValue(mc.draws)} trekkingen, seed ${mc.seed})`);
    if (mc.npv) {
      lines.push(row("NCW gemiddeld", formatEuro(mc.npv.mean)), row("NCW P5 – P50 – P95", `${formatEuro(mc.npv.p5)} – ${formatEuro(mc.npv.p50)} – ${formatEuro(mc.npv.p95)}`));
    }
    if (mc.bcr) {
      lines.push(row("BKV gemiddeld", formatDecimal(mc.bcr.mean)), row("BKV P5 – P50 – P95", `${formatDecimal(mc.bcr.p5)} – ${formatDecimal(mc.bcr.p50)} – ${formatDecimal(mc.bcr.p95)}`));
    }
    lines.push(row("Kans op positieve NCW", formatPercent(mc.probabilityPositiveNpv)));
  }
  return `${lines.join("\n")}\n`;
}
