// The settings file of `baatwijzer businesscase` (docs/businesscase-cli.md).
import { MAX_DRAWS } from "../engine/index";
import type { InputProblem } from "./businesscase-csv";

export interface BusinessCaseSettings {
  /** Euros per front-line hour, overhead included. Required: no national figure fits every organisation. */
  readonly hourlyRate: number;
  readonly bootstrap: { readonly draws: number; readonly seed: number };
}

/** Bootstrap defaults: 2,000 draws (for percentile intervals Efron & Tibshirani (1993) advise about 1,000 or more), seed 1. */
export const DEFAULT_BOOTSTRAP = { draws: 2000, seed: 1 } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const show = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value) ?? String(value));

/**
 * Reads `{ "hourlyRate": number, "bootstrap": { "draws": number, "seed": number } }`; `bootstrap` and its fields are
 * optional ({@link DEFAULT_BOOTSTRAP}), `hourlyRate` is required — also when there is no settings file (`text`
 * null). Unknown fields are problems, so a typo cannot silently fall back to a default.
 */
export function readSettingsJson(text: string | null, file: string): { readonly settings: BusinessCaseSettings | null; readonly problems: readonly InputProblem[] } {
  const problems: InputProblem[] = [];
  const problem = (column: string | null, value: unknown, message: string) =>
    problems.push({ file, line: null, column, value: value === undefined ? null : show(value), message });
  if (text === null) {
    problem(null, undefined, "geen uurtarief: geef --settings BESTAND met hourlyRate (euro per uur, inclusief overhead); zie docs/businesscase-cli.md");
    return { settings: null, problems };
  }
  let json: unknown;
  const clean = text.replace(/^\uFEFF/, "");
  try {
    json = JSON.parse(clean);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position ? clean.slice(0, Number(position[1])).split("\n").length : null;
    problems.push({ file, line, column: null, value: null, message: `geen geldige JSON: ${message}` });
    return { settings: null, problems };
  }
  if (!isRecord(json)) {
    problem(null, undefined, 'verwacht een JSON-object zoals { "hourlyRate": 75 }');
    return { settings: null, problems };
  }
  for (const key of Object.keys(json)) {
    if (key !== "hourlyRate" && key !== "bootstrap") problem(key, undefined, "onbekend veld; bekend zijn hourlyRate en bootstrap");
  }
  const hourlyRate = json["hourlyRate"];
  if (hourlyRate === undefined) problem("hourlyRate", undefined, "ontbreekt: het uurtarief (euro per uur, inclusief overhead) is verplicht");
  else if (!(typeof hourlyRate === "number" && Number.isFinite(hourlyRate) && hourlyRate >= 0)) {
    problem("hourlyRate", hourlyRate, "verwacht een getal ≥ 0 (in JSON met een decimale punt, zonder aanhalingstekens)");
  }

  const bootstrap = json["bootstrap"] ?? {};
  let draws: number = DEFAULT_BOOTSTRAP.draws;
  let seed: number = DEFAULT_BOOTSTRAP.seed;
  if (!isRecord(bootstrap)) problem("bootstrap", bootstrap, 'verwacht een object zoals { "draws": 2000, "seed": 1 }');
  else {
    for (const key of Object.keys(bootstrap)) {
      if (key !== "draws" && key !== "seed") problem(`bootstrap.${key}`, undefined, "onbekend veld; bekend zijn draws en seed");
    }
    const d = bootstrap["draws"] ?? draws;
    const s = bootstrap["seed"] ?? seed;
    if (typeof d === "number" && Number.isInteger(d) && d >= 1 && d <= MAX_DRAWS) draws = d;
    else problem("bootstrap.draws", d, `verwacht een geheel getal van 1 tot en met ${MAX_DRAWS.toLocaleString("nl-NL")}`);
    if (typeof s === "number" && Number.isSafeInteger(s) && s >= 0) seed = s;
    else problem("bootstrap.seed", s, "verwacht een geheel getal ≥ 0 (tot 2^53)");
  }
  return problems.length > 0 ? { settings: null, problems } : { settings: { hourlyRate: hourlyRate as number, bootstrap: { draws, seed } }, problems };
}
