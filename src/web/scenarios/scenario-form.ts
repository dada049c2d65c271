import type { Payer } from "../../domain/prices/dto";
import type { CostLineInput, SaveScenarios, ScenarioKey, Scenarios } from "../../domain/scenarios/dto";
import type { FieldRef } from "../api/form-failure";
import { centsInput, formatDecimal, parseDecimal, parseEuroCents } from "../format";
import { newKey } from "../ui/list-items";
import { SCENARIO_VALUES } from "./scenario-values";

/** One cost line as typed. An empty `priceItemId` means a free amount (`unitPrice`); `probability` is a percentage. */
export interface CostLineForm {
  readonly key: string;
  readonly label: string;
  readonly priceItemId: string;
  readonly unitPrice: string;
  readonly quantity: string;
  readonly periods: string;
  readonly payer: Payer | "";
  readonly probability: string;
}

export type Justification = Scenarios["justification"];
export const JUSTIFICATION_KEYS = ["rechtmatigheid", "rendement", "betrokkenheid"] as const satisfies readonly (keyof Justification)[];

export interface ScenariosForm {
  readonly lines: Readonly<Record<ScenarioKey, readonly CostLineForm[]>>;
  readonly justification: Justification;
}

export const COST_LINE_FIELDS = ["label", "priceItemId", "unitPrice", "quantity", "periods", "payer", "probability"] as const;
export type CostLineField = (typeof COST_LINE_FIELDS)[number];

/** The API's name of each field of a line. */
const API_FIELD: Record<CostLineField, keyof CostLineInput> = {
  label: "label",
  priceItemId: "priceItemId",
  unitPrice: "unitPriceCents",
  quantity: "quantity",
  periods: "periods",
  payer: "payer",
  probability: "probability",
};

export const costLineFieldId = (scenario: ScenarioKey, index: number, field: CostLineField) => `scenario-${scenario}-${index}-${field}`;
export const justificationFieldId = (key: keyof Justification) => `scenario-justification-${key}`;

export const newCostLine = (): CostLineForm => ({
  key: newKey(),
  label: "",
  priceItemId: "",
  unitPrice: "",
  quantity: "1",
  periods: "1",
  payer: "",
  probability: "100",
});

/**
 * The saved scenarios as a form. A price-list line keeps no price of its own: saving again takes the
 * item's price at that moment, as the server does for new lines.
 */
export const scenariosFormOf = (scenarios: Scenarios): ScenariosForm => ({
  lines: Object.fromEntries(
    SCENARIO_VALUES.map((key) => [
      key,
      scenarios.lines[key].map((line) => ({
        key: newKey(),
        label: line.label,
        priceItemId: line.priceItemId ?? "",
        unitPrice: line.priceItemId ? "" : centsInput(line.unitPriceCents),
        quantity: formatDecimal(line.quantity),
        periods: formatDecimal(line.periods),
        payer: line.payer,
        probability: formatDecimal(line.probability * 100),
      })),
    ]),
  ) as Record<ScenarioKey, CostLineForm[]>,
  justification: { ...scenarios.justification },
});

export interface ScenarioLabels {
  field: (scenario: ScenarioKey, n: number, field: CostLineField) => string;
  justification: (key: keyof Justification) => string;
}

export interface ScenariosSubmission {
  readonly body: SaveScenarios;
  readonly fields: Record<string, FieldRef>;
  /** API paths whose text could not be read, with the kind of text expected there. */
  readonly unreadable: readonly { readonly path: string; readonly expected: "number" | "amount" }[];
}

/**
 * What "Scenario's opslaan" sends: numbers with a decimal comma read (sent as typed when unreadable,
 * so the server reports them with everything else), percentages as probabilities, amounts in cents,
 * and for every path the control to show its message at.
 */
export const scenariosSubmissionOf = (form: ScenariosForm, version: number, labels: ScenarioLabels): ScenariosSubmission => {
  const fields: Record<string, FieldRef> = {};
  const unreadable: { path: string; expected: "number" | "amount" }[] = [];
  const lineOf = (scenario: ScenarioKey, line: CostLineForm, index: number): CostLineInput => {
    const path = (field: CostLineField) => `lines.${scenario}.${index}.${API_FIELD[field]}`;
    for (const field of COST_LINE_FIELDS) {
      fields[path(field)] = { id: costLineFieldId(scenario, index, field), label: labels.field(scenario, index + 1, field) };
    }
    const number = (text: string, field: CostLineField, scale = 1) => {
      const value = parseDecimal(text);
      if (value !== null) return value / scale;
      unreadable.push({ path: path(field), expected: "number" });
      return text as unknown as number;
    };
    const free = line.priceItemId === "";
    let unitPriceCents: number | null = null;
    if (free && line.unitPrice.trim() !== "") {
      const cents = parseEuroCents(line.unitPrice);
      if (cents === null) unreadable.push({ path: path("unitPrice"), expected: "amount" });
      unitPriceCents = cents ?? (line.unitPrice as unknown as number);
    }
    return {
      label: line.label,
      priceItemId: free ? null : line.priceItemId,
      unitPriceCents,
      quantity: number(line.quantity, "quantity"),
      periods: number(line.periods, "periods"),
      ...(line.payer ? { payer: line.payer } : {}),
      probability: number(line.probability, "probability", 100),
    };
  };
  const lines = Object.fromEntries(
    SCENARIO_VALUES.map((scenario) => [scenario, form.lines[scenario].map((line, index) => lineOf(scenario, line, index))]),
  ) as SaveScenarios["lines"];
  for (const key of JUSTIFICATION_KEYS) {
    fields[`justification.${key}`] = { id: justificationFieldId(key), label: labels.justification(key) };
  }
  return { body: { version, lines, justification: form.justification }, fields, unreadable };
};
