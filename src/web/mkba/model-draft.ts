import type { ModelInput, ParameterLink, Uncertainty } from "../../engine/model-schema";

/**
 * The model as the editor holds it: a `baatwijzer.model/1` document as written in JSON (defaults optional). Every
 * change makes a new object, so React sees it and the studio recomputes.
 */
export type Draft = ModelInput;
export type DraftParameter = NonNullable<Draft["parameters"]>[string];
export type DraftCost = NonNullable<Draft["costs"]>[number];
export type DraftBenefit = NonNullable<Draft["benefits"]>[number];
export type DraftStakeholder = Draft["stakeholders"][number];
export type { ParameterLink, Uncertainty };

/** The document as the API stores it (a plain JSON object). */
export const draftOf = (document: Record<string, unknown>): Draft => structuredClone(document) as unknown as Draft;
export const documentOf = (draft: Draft): Record<string, unknown> => JSON.parse(JSON.stringify(draft)) as Record<string, unknown>;

export const parameterEntries = (draft: Draft): [string, DraftParameter][] => Object.entries(draft.parameters ?? {});

/** Replaces one list item. */
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] => items.map((current, i) => (i === index ? item : current));
export const removeAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/** Changes one parameter, keeping the order of the others. */
export const withParameter = (draft: Draft, name: string, parameter: DraftParameter): Draft => ({
  ...draft,
  parameters: { ...(draft.parameters ?? {}), [name]: parameter },
});

export const withoutParameter = (draft: Draft, name: string): Draft => ({
  ...draft,
  parameters: Object.fromEntries(parameterEntries(draft).filter(([key]) => key !== name)),
});

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;

/** An expression with every use of parameter `from` renamed to `to` (whole names only: `n` never touches `nn`). */
export const renameInExpression = (value: number | string, from: string, to: string): number | string =>
  typeof value === "number" ? value : value.replace(IDENTIFIER, (name) => (name === from ? to : name));

/**
 * Renames a parameter in place (same position) and in every expression that uses it, so a rename never breaks the
 * model. The caller makes sure `to` is a free, valid name.
 * @example renameParameter(draft, "n", "deelnemers").costs[0].amount // "deelnemers * 100" (was "n * 100")
 */
export function renameParameter(draft: Draft, from: string, to: string): Draft {
  const rename = (value: number | string) => renameInExpression(value, from, to);
  return {
    ...draft,
    parameters: Object.fromEntries(parameterEntries(draft).map(([key, value]) => [key === from ? to : key, value])),
    costs: (draft.costs ?? []).map((cost) => ({ ...cost, amount: rename(cost.amount) })),
    benefits: (draft.benefits ?? []).map((benefit) => ({ ...benefit, quantity: rename(benefit.quantity), unitValue: rename(benefit.unitValue) })),
  };
}

/** The first name `base`, `base2`, `base3`, … not yet in use (for new parameters and line ids). */
export const freeName = (base: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
};

/** A parameter's value and source replaced by what was observed (ex-post), its link and uncertainty kept. */
export const withObservation = (parameter: DraftParameter, value: number, source: string): DraftParameter => ({ ...parameter, value, source });

/** The draft with parameter values replaced (what-if), for a results run that is never saved. */
export function withValues(draft: Draft, values: Readonly<Record<string, number>>): Draft {
  if (Object.keys(values).length === 0) return draft;
  return {
    ...draft,
    parameters: Object.fromEntries(parameterEntries(draft).map(([name, p]) => [name, name in values ? { ...p, value: values[name] as number } : p])),
  };
}
