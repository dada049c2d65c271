import { fleissKappa } from "../../engine/fleiss-kappa";
import { SMALL_COUNT_THRESHOLD } from "../privacy/suppress-small-counts";

const CATEGORIES = ["prevented", "reduced", "ended", "none"] as const;

/**
 * How far the three independent reviewers agreed on the cases of this selection (Fleiss' kappa over
 * prevented/reduced/ended/none), so the council report can state the panel agreement of exactly the cases it
 * counts, not only per review round. Only cases with three submitted verdicts count. Below 5 such cases the
 * kappa is not given: it would be unstable and could reveal single verdicts. Kappa is also undefined (null)
 * when every reviewer used one and the same category throughout (no chance agreement to correct for).
 */
export function panelAgreement(verdictSets: readonly (readonly string[])[]): { cases: number; fleissKappa: number | null } {
  const rows = verdictSets
    .filter((set) => set.length === 3 && set.every((v) => (CATEGORIES as readonly string[]).includes(v)))
    .map((set) => CATEGORIES.map((category) => set.filter((v) => v === category).length));
  if (rows.length < SMALL_COUNT_THRESHOLD) return { cases: rows.length, fleissKappa: null };
  const kappa = fleissKappa(rows);
  return { cases: rows.length, fleissKappa: Number.isFinite(kappa) ? kappa : null };
}
