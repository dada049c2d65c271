import type { Verdict } from "../../domain/panel/dto";

/** The verdict form as typed: strings, so a half-typed number stays on screen. */
export interface VerdictDraft {
  readonly verdict: Verdict | "";
  readonly priceItemId: string;
  readonly unitsPerMonth: string;
  readonly months: string;
}

export const EMPTY_DRAFT: VerdictDraft = { verdict: "", priceItemId: "", unitsPerMonth: "", months: "" };

/** A whole number as typed ("12", " 6 "); null when it is not one. @example wholeNumber("1,5") // null */
export const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text.trim()) : null);

/**
 * The draft as the API takes it. Provision fields are sent only for a verdict with an effect; what cannot be
 * read goes as typed, so the server answers with its Dutch message at the field (the page adds its own).
 */
export const verdictBody = (draft: VerdictDraft) => {
  const effect = draft.verdict !== "none";
  const number = (text: string) => (text.trim() === "" ? null : (wholeNumber(text) ?? (text as unknown as number)));
  return {
    verdict: (draft.verdict || undefined) as Verdict,
    priceItemId: effect && draft.priceItemId ? draft.priceItemId : null,
    unitsPerMonth: effect ? number(draft.unitsPerMonth) : null,
    months: effect ? number(draft.months) : null,
  };
};

/** The fields of the draft a user typed something unreadable in (not a whole number). */
export const unreadableFields = (draft: VerdictDraft): ("unitsPerMonth" | "months")[] =>
  draft.verdict === "none" ? [] : (["unitsPerMonth", "months"] as const).filter((f) => draft[f].trim() !== "" && wholeNumber(draft[f]) === null);

/** The verdict most reviewers gave (the first in the fixed order on a tie), to prefill the consensus. */
export const majorityVerdict = (verdicts: readonly (Verdict | null)[]): Verdict | "" => {
  const order: Verdict[] = ["prevented", "reduced", "ended", "none"];
  let best: Verdict | "" = "";
  let bestCount = 0;
  for (const v of order) {
    const count = verdicts.filter((x) => x === v).length;
    if (count > bestCount) [best, bestCount] = [v, count];
  }
  return best;
};

/** What the verdict form must still have, by API field name, as i18n keys under `panel.verdict.errors`. */
export type DraftIssue = "verdict" | "priceItemId" | "unitsPerMonth" | "unitsUnreadable" | "months" | "monthsUnreadable";

/**
 * The form's own check, in the order of the fields, so every problem shows at once before anything is sent
 * (the server checks the same and more: a provision that left the price list, the ranges).
 */
export const draftIssues = (draft: VerdictDraft): Partial<Record<"verdict" | "priceItemId" | "unitsPerMonth" | "months", DraftIssue>> => {
  if (draft.verdict === "") return { verdict: "verdict" };
  if (draft.verdict === "none") return {};
  const issues: Partial<Record<"verdict" | "priceItemId" | "unitsPerMonth" | "months", DraftIssue>> = {};
  if (!draft.priceItemId) issues.priceItemId = "priceItemId";
  if (draft.unitsPerMonth.trim() === "") issues.unitsPerMonth = "unitsPerMonth";
  else if (!wholeNumber(draft.unitsPerMonth)) issues.unitsPerMonth = "unitsUnreadable";
  if (draft.months.trim() === "") issues.months = "months";
  else if (!wholeNumber(draft.months)) issues.months = "monthsUnreadable";
  return issues;
};
