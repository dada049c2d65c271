import type { CreateInstrument } from "../../domain/outcomes/dto";
import { compactList, type ListItem } from "../ui/list-items";

/**
 * A code from a Dutch label: lower case, accents dropped, anything else becomes `_`.
 * @example codeOf("Werk & opleiding") // "werk_opleiding"
 */
export const codeOf = (label: string): string =>
  label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);

/** The instrument code from its name: like a domain code, with `-` (the API allows 2–40 characters). */
export const instrumentCodeOf = (name: string): string => codeOf(name).replace(/_/g, "-").slice(0, 40).replace(/-+$/, "");

export interface InstrumentDraft {
  name: string;
  code: string;
  domains: readonly ListItem[];
  levels: readonly ListItem[];
}

/**
 * What the form sends: empty lines dropped, domain codes made from their labels (a second label with the
 * same code gets `_2`), levels numbered 1…n in the order shown, lowest first. `formIndexes` map an API
 * error at `domains.1` back to the line on screen.
 */
export function instrumentOf(draft: InstrumentDraft): { input: CreateInstrument; domainLines: number[]; levelLines: number[] } {
  const domains = compactList(draft.domains);
  const levels = compactList(draft.levels);
  const seen = new Map<string, number>();
  const domainCodes = domains.texts.map((label) => {
    // Room for a "_2" suffix within the 60 characters the API allows.
    const base = codeOf(label).slice(0, 56).replace(/_+$/, "") || "domein";
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
  return {
    input: {
      name: draft.name.trim(),
      code: draft.code.trim(),
      domains: domains.texts.map((label, index) => ({ code: domainCodes[index] ?? "", label })),
      levels: levels.texts.map((label, index) => ({ value: index + 1, label })),
    },
    domainLines: domains.formIndexes,
    levelLines: levels.formIndexes,
  };
}
