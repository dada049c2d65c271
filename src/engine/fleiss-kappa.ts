/**
 * Fleiss' kappa: chance-corrected agreement of n raters who each put every one of N subjects into one of k nominal
 * categories (the raters may differ between subjects, as in a review panel drawn from a pool). `counts[i][j]` is
 * the number of raters who put subject i in category j; every row has k entries and the same total n ≥ 2.
 *   p_j = Σ_i n_ij / (N·n)                       share of all ratings in category j
 *   P_i = (Σ_j n_ij² − n) / (n(n − 1))           share of agreeing rater pairs on subject i
 *   P̄ = Σ_i P_i / N,  P̄_e = Σ_j p_j²,  κ = (P̄ − P̄_e) / (1 − P̄_e)
 * Convention: κ = 1 for perfect agreement, 0 for agreement at chance level, negative below it. When every rating
 * falls in one category P̄_e = 1 and κ is undefined: NaN. Sums are taken over the integer counts first, so perfect
 * agreement gives exactly 1. Throws a RangeError for counts that are not a table of non-negative integers with
 * equal row totals.
 * Source: J. L. Fleiss, "Measuring nominal scale agreement among many raters", Psychol. Bull. 76 (1971) 378–382,
 * eqs. (2)–(9); the same formula as R irr::kappam.fleiss (exact = FALSE) and statsmodels fleiss_kappa.
 * @example fleissKappa([[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], …]) // 0.20993070442195524 (= 4211/20059, see the test)
 */
export function fleissKappa(counts: readonly (readonly number[])[]): number {
  const subjects = counts.length;
  const categories = counts[0]?.length ?? 0;
  if (subjects === 0 || categories === 0) throw new RangeError("fleissKappa needs at least one subject and one category");
  let raters = -1;
  let squares = 0;
  const columnTotals = new Float64Array(categories);
  for (let i = 0; i < subjects; i++) {
    const row = counts[i] as readonly number[];
    if (row.length !== categories) throw new RangeError(`subject ${i} has ${row.length} categories, subject 0 has ${categories}`);
    let total = 0;
    for (let j = 0; j < categories; j++) {
      const c = row[j] as number;
      if (!(Number.isInteger(c) && c >= 0)) throw new RangeError(`count [${i}][${j}] is not a non-negative integer: ${c}`);
      total += c;
      squares += c * c;
      columnTotals[j] = (columnTotals[j] as number) + c;
    }
    if (raters === -1) raters = total;
    else if (total !== raters) throw new RangeError(`subject ${i} has ${total} ratings, subject 0 has ${raters}; Fleiss' kappa needs the same number`);
  }
  if (raters < 2) throw new RangeError(`Fleiss' kappa needs at least 2 raters per subject, got ${raters}`);
  const ratings = subjects * raters;
  const observed = (squares - ratings) / (ratings * (raters - 1));
  let chance = 0;
  for (let j = 0; j < categories; j++) chance += (columnTotals[j] as number) ** 2;
  chance /= ratings * ratings;
  return chance === 1 ? Number.NaN : (observed - chance) / (1 - chance);
}
