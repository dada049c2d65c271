/**
 * The purpose categories (doelcategorieën) of a spending request: one fixed list, so the budget report
 * can count spending per purpose — free text made "auto", "Auto" and "auto voor werk" three groups.
 * The free-text purpose stays on the request as its description in the requester's own words.
 *
 * The order is the report's order. The examples come from the practice the issue builds on (Leeuwarden's
 * resultaatvolgend budget, the ontschotter of Hillegom, Lisse and Teylingen). A new category is a code
 * change here plus a label in the web app's budgets i18n files; existing requests keep theirs. Requests
 * filed before categories existed are `overig` (migration 0017).
 */
export const PURPOSE_CATEGORIES = [
  /** A car or moped to reach a job, a bicycle, public transport. */
  "vervoer",
  /** A month's rent as a guarantee, a deposit, moving, furnishing. */
  "wonen",
  /** A treatment the insurer won't pay, an aid (raised garden beds, an assistance dog). */
  "zorg",
  /** Help by someone who is not a contracted provider, e.g. a sports school coaching young people. */
  "begeleiding",
  /** Work and training: a course, a diploma, work clothes. */
  "werk_opleiding",
  /** Debts and money matters: a bridging payment, an arrears arrangement. */
  "schulden",
  /** School and childcare: school costs, a place in childcare so a parent can work. */
  "onderwijs_kinderopvang",
  /** Sport, leisure and taking part: a club membership, a gym. */
  "sport_vrije_tijd",
  /** Anything else, and every request filed before there were categories. */
  "overig",
] as const;

export type PurposeCategory = (typeof PURPOSE_CATEGORIES)[number];

/** The Dutch names, as reports and exports (CSV, Excel) show them; the web app has the same in its i18n files. */
export const PURPOSE_CATEGORY_NAMES: Readonly<Record<PurposeCategory, string>> = {
  vervoer: "Vervoer",
  wonen: "Wonen en huur",
  zorg: "Zorg, behandeling en hulpmiddelen",
  begeleiding: "Begeleiding en hulpverlening",
  werk_opleiding: "Werk en opleiding",
  schulden: "Schulden en geldzaken",
  onderwijs_kinderopvang: "Onderwijs en kinderopvang",
  sport_vrije_tijd: "Sport, vrije tijd en meedoen",
  overig: "Overig",
};

export const isPurposeCategory = (value: string): value is PurposeCategory => (PURPOSE_CATEGORIES as readonly string[]).includes(value);
