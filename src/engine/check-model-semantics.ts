import { checkUncertainty } from "./check-uncertainty";
import { expressionParameters } from "./expression-parameters";
import type { Finding } from "./finding";
import { formatPath } from "./format-path";
import { MAX_EXPRESSION_LENGTH, parseExpression } from "./parse-expression";
import { PARAMETER_NAME_PATTERN } from "./reserved-names";

type Json = Record<string, unknown>;

const isRecord = (x: unknown): x is Json => x !== null && typeof x === "object" && !Array.isArray(x);
const isYear = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

/**
 * The checks the schema cannot express, on raw JSON (so they run even when the schema found problems, and every
 * problem is reported at once): references to stakeholders and parameters, unique ids, expression syntax, years
 * within the horizon, possible distributions, the length of a discount-rate array, and the business-case rule that
 * only money counts. Fields of the wrong type are skipped here; the schema reports them.
 * @example checkModelSemantics({ …, benefits: [{ stakeholder: "x", … }] })
 *   // [{ level: "error", code: "unknown_stakeholder", path: "benefits[0].stakeholder", message: 'onbekende stakeholder "x"' }]
 */
export function checkModelSemantics(input: unknown): Finding[] {
  if (!isRecord(input)) return [];
  const findings: Finding[] = [];
  const add = (level: Finding["level"], code: Finding["code"], path: readonly PropertyKey[], message: string): void => {
    findings.push({ level, code, path: formatPath(path), message });
  };
  const horizon =
    typeof input.horizon === "number" && Number.isInteger(input.horizon) && input.horizon >= 1 ? input.horizon : undefined;
  const lastYear = horizon === undefined ? "" : ` (0 … ${horizon - 1})`;

  if (horizon !== undefined && Array.isArray(input.discountRate) && input.discountRate.length !== horizon) {
    add("error", "discount_rate_length", ["discountRate"], `verwacht ${horizon} discontovoeten (één per jaar), gekregen ${input.discountRate.length}`);
  }

  // Stakeholders: unique ids.
  const stakeholders = new Set<string>();
  list(input.stakeholders).forEach((s, i) => {
    if (!isRecord(s) || typeof s.id !== "string") return;
    if (stakeholders.has(s.id)) add("error", "duplicate_id", ["stakeholders", i, "id"], `dubbele stakeholder-id "${s.id}"`);
    stakeholders.add(s.id);
  });
  const stakeholdersKnown = Array.isArray(input.stakeholders);

  // Parameters: names and distributions.
  const parameters = new Set<string>();
  const used = new Set<string>();
  if (isRecord(input.parameters)) {
    if (Object.hasOwn(input.parameters, "__proto__")) {
      add("error", "invalid_name", ["parameters", "__proto__"], `"__proto__" is een gereserveerde naam en kan geen parameter zijn`);
    }
    for (const [name, parameter] of Object.entries(input.parameters)) {
      if (!PARAMETER_NAME_PATTERN.test(name)) continue;
      parameters.add(name);
      if (isRecord(parameter)) {
        findings.push(...checkUncertainty(parameter.uncertainty, parameter.value, formatPath(["parameters", name, "uncertainty"])));
      }
    }
  }

  const checkExpression = (value: unknown, path: readonly PropertyKey[]): void => {
    if (typeof value !== "string" || value.length === 0 || value.length > MAX_EXPRESSION_LENGTH) return;
    const parsed = parseExpression(value);
    if (!parsed.ok) {
      add("error", "invalid_expression", path, `ongeldige expressie: ${parsed.error.message} (positie ${parsed.error.position})`);
      return;
    }
    for (const name of expressionParameters(parsed.node)) {
      used.add(name);
      if (!parameters.has(name)) add("error", "unknown_parameter", path, `onbekende parameter "${name}"`);
    }
  };

  const ids = new Map<string, string>();
  const checkLine = (line: Json, path: readonly PropertyKey[]): void => {
    if (typeof line.id === "string") {
      const earlier = ids.get(line.id);
      if (earlier !== undefined) add("error", "duplicate_id", [...path, "id"], `dubbele id "${line.id}" (ook gebruikt in ${earlier})`);
      else ids.set(line.id, formatPath(path));
    }
    if (stakeholdersKnown && typeof line.stakeholder === "string" && !stakeholders.has(line.stakeholder)) {
      add("error", "unknown_stakeholder", [...path, "stakeholder"], `onbekende stakeholder "${line.stakeholder}"`);
    }
  };

  list(input.costs).forEach((cost, i) => {
    if (!isRecord(cost)) return;
    checkLine(cost, ["costs", i]);
    checkExpression(cost.amount, ["costs", i, "amount"]);
    const seen = new Set<number>();
    list(cost.years).forEach((year, j) => {
      if (!isYear(year)) return;
      if (horizon !== undefined && year >= horizon) {
        add("error", "year_out_of_range", ["costs", i, "years", j], `jaar ${year} ligt buiten de horizon${lastYear}`);
      }
      if (seen.has(year)) add("error", "duplicate_year", ["costs", i, "years", j], `jaar ${year} staat er dubbel in`);
      seen.add(year);
    });
  });

  list(input.benefits).forEach((benefit, i) => {
    if (!isRecord(benefit)) return;
    checkLine(benefit, ["benefits", i]);
    checkExpression(benefit.quantity, ["benefits", i, "quantity"]);
    checkExpression(benefit.unitValue, ["benefits", i, "unitValue"]);
    if (input.kind === "businesscase" && benefit.category === "immaterial") {
      add("error", "immaterial_in_businesscase", ["benefits", i, "category"], "een businesscase telt alleen geld: immateriële baten horen in een MKBA (kind: \"mkba\")");
    }
    const start = isYear(benefit.startYear) ? benefit.startYear : benefit.startYear === undefined ? 0 : undefined;
    if (horizon === undefined || start === undefined) return;
    if (start >= horizon) {
      add("error", "year_out_of_range", ["benefits", i, "startYear"], `startjaar ${start} ligt buiten de horizon${lastYear}`);
    } else if (typeof benefit.duration === "number" && Number.isInteger(benefit.duration) && benefit.duration >= 1 && start + benefit.duration > horizon) {
      add("warning", "truncated_by_horizon", ["benefits", i, "duration"], `de looptijd eindigt na de horizon; alleen de jaren ${start} … ${horizon - 1} tellen mee`);
    }
  });

  for (const name of parameters) {
    if (!used.has(name)) add("warning", "unused_parameter", ["parameters", name], `parameter "${name}" wordt nergens gebruikt`);
  }
  if (list(input.costs).length === 0) {
    add("warning", "no_costs", ["costs"], "het model heeft geen kosten; de baten-kostenverhouding is dan niet gedefinieerd");
  }
  return findings;
}
