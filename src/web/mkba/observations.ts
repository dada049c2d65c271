import type { PriceItem } from "../../domain/prices/dto";
import type { RegistrationFigure } from "../../domain/registration-figures/dto";
import { type Drift, drift } from "./drift";
import type { Draft, DraftParameter, ParameterLink } from "./model-draft";
import { parameterEntries } from "./model-draft";

/** Why a linked parameter has no observation. */
export type Unobserved = "unknownPriceItem" | "notIndexed" | "unknownFigure" | "suppressed" | "noData" | "loading";

/** A linked parameter: its assumption next to what the price list or the registration shows. */
export interface ObservationRow {
  readonly name: string;
  readonly link: ParameterLink;
  readonly assumption: number;
  readonly observation: number | null;
  readonly unobserved: Unobserved | null;
  readonly drift: Drift | null;
  /** How many cases (or bookings) a registration figure rests on. */
  readonly basis: number | null;
}

export const periodKey = (period: { from: string; to: string }) => `${period.from}/${period.to}`;

/** The distinct periods of the model's registration links, to fetch their figures once each. */
export const linkedPeriods = (draft: Draft): { from: string; to: string }[] => {
  const seen = new Map<string, { from: string; to: string }>();
  for (const [, parameter] of parameterEntries(draft)) {
    const link = parameter.link;
    if (link?.kind === "registration") seen.set(periodKey(link), { from: link.from, to: link.to });
  }
  return [...seen.values()];
};

const observe = (
  link: ParameterLink,
  prices: readonly PriceItem[] | null,
  figures: ReadonlyMap<string, readonly RegistrationFigure[]>,
): { value: number | null; unobserved: Unobserved | null; basis: number | null } => {
  if (link.kind === "priceItem") {
    if (prices === null) return { value: null, unobserved: "loading", basis: null };
    const item = prices.find((p) => p.code === link.code);
    if (!item) return { value: null, unobserved: "unknownPriceItem", basis: null };
    // The price list answers in the model's price year where the index series allows (indexedCents).
    if (item.indexedCents === null) return { value: null, unobserved: "notIndexed", basis: null };
    return { value: (item.indexedCents ?? item.priceCents) / 100, unobserved: null, basis: null };
  }
  const list = figures.get(periodKey(link));
  if (!list) return { value: null, unobserved: "loading", basis: null };
  const figure = list.find((f) => f.key === link.figure);
  if (!figure) return { value: null, unobserved: "unknownFigure", basis: null };
  if (figure.suppressed) return { value: null, unobserved: "suppressed", basis: null };
  if (figure.value === null) return { value: null, unobserved: "noData", basis: figure.basis };
  return { value: figure.unit === "cents" ? figure.value / 100 : figure.value, unobserved: null, basis: figure.basis };
};

/**
 * Every linked parameter with its assumption, its observation (money in euros, as the model counts) and the drift.
 * @example observationRows(draft, prices, figures)[0] // { name: "huishoudens", assumption: 300, observation: 240, drift: { absolute: -60, relative: -0.2 }, … }
 */
export function observationRows(draft: Draft, prices: readonly PriceItem[] | null, figures: ReadonlyMap<string, readonly RegistrationFigure[]>): ObservationRow[] {
  return parameterEntries(draft).flatMap(([name, parameter]: [string, DraftParameter]) => {
    const link = parameter.link;
    if (!link) return [];
    const { value, unobserved, basis } = observe(link, prices, figures);
    return [{ name, link, assumption: parameter.value, observation: value, unobserved, drift: value === null ? null : drift(parameter.value, value), basis }];
  });
}

/** The draft with every observed value adopted (ex-post), each source saying where it came from. */
export function adoptObservations(draft: Draft, rows: readonly ObservationRow[], sourceOf: (row: ObservationRow) => string): Draft {
  const observed = new Map(rows.filter((row) => row.observation !== null).map((row) => [row.name, row]));
  return {
    ...draft,
    parameters: Object.fromEntries(
      parameterEntries(draft).map(([name, parameter]) => {
        const row = observed.get(name);
        return [name, row ? { ...parameter, value: row.observation as number, source: sourceOf(row) } : parameter];
      }),
    ),
  };
}
