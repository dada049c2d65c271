import { bootstrap } from "./bootstrap";
import { percentile } from "./percentile";
import { wilsonInterval } from "./wilson-interval";
import type { Rng } from "./xoshiro128ss";

/** A review panel's verdict on the maatwerk a case was meant to replace (GLOSSARY: voorkomen … geen effect). */
export type Verdict = "prevented" | "reduced" | "ended" | "none";

/** Codes of the `verdict` column. 0 = not reviewed; codes ≥ 2 are verdicts with an effect. */
export const VERDICT_CODE = { notReviewed: 0, none: 1, prevented: 2, reduced: 3, ended: 4 } as const satisfies Record<
  Verdict | "notReviewed",
  number
>;

/** The cases as columns, one entry per case (all of the same length). */
export interface ExPostCases {
  /** Front-line hours spent on the case. */
  readonly hours: Float64Array;
  /** Other front-line costs of the case in euros (flexible budget, petty cash, …). */
  readonly directCosts: Float64Array;
  /** {@link VERDICT_CODE}: 0 not reviewed, 1 none, 2 prevented, 3 reduced, 4 ended. */
  readonly verdict: Uint8Array;
  /** Index into `products` of the avoided maatwerk; read only for verdicts with an effect (−1 elsewhere). */
  readonly avoidedProduct: Int32Array;
  /** Units of the avoided product per month (e.g. hours of support); read only for verdicts with an effect. */
  readonly avoidedUnitsPerMonth: Float64Array;
  /** Months the avoided product would have run; read only for verdicts with an effect. */
  readonly avoidedMonths: Float64Array;
  /**
   * Optional per-case hourly rate (e.g. a team's own rate), used instead of the input's `hourlyRate` for that case.
   * Absent: every case costs `hourlyRate` per hour.
   */
  readonly hourlyRates?: Float64Array;
}

/** A priced product from the price list: the maatwerk a case can avoid. */
export interface AvoidedProduct {
  /** Euros per unit. */
  readonly price: number;
  /** Who would have paid for it, and so receives the benefit (e.g. "gemeente Wmo"). */
  readonly payer: string;
}

export interface ExPostBusinessCaseInput {
  readonly cases: ExPostCases;
  readonly products: readonly AvoidedProduct[];
  /** Euros per front-line hour, overhead included. */
  readonly hourlyRate: number;
}

/** A reviewed case whose front-line costs exceed the maatwerk it replaced (Breda's warning). */
export interface CostlierThanMaatwerk {
  /** Index of the case in the columns. */
  readonly case: number;
  readonly costs: number;
  readonly benefits: number;
}

/** The ex-post business case; money in euros, unrounded. Fields that need reviewed cases are null without them. */
export interface ExPostBusinessCase {
  readonly cases: number;
  readonly reviewed: number;
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** Share of reviewed cases with a verdict other than none, with its 95% Wilson score interval. */
  readonly effectShare: { readonly value: number | null; readonly wilson95: readonly [number, number] | null };
  /** The reviewed cases only: their costs, the maatwerk they avoided, per payer, net and benefit-cost ratio. */
  readonly reviewedScope: {
    readonly costs: number;
    readonly benefits: number;
    /** Every payer of the price list, in order of first appearance, 0 when nothing was avoided for it. */
    readonly benefitsByPayer: Readonly<Record<string, number>>;
    readonly net: number;
    /** benefits ÷ costs; null when the costs are 0. */
    readonly bcr: number | null;
  };
  /** All cases: their costs, and the reviewed benefits per case extrapolated to every case. */
  readonly allCases: {
    readonly costs: number;
    readonly extrapolatedBenefits: number | null;
    readonly extrapolatedNet: number | null;
    /** 2.5th and 97.5th percentile (type 7) of extrapolatedNet over the bootstrap draws. */
    readonly bootstrapNet95: readonly [number, number] | null;
  };
  readonly flags: readonly CostlierThanMaatwerk[];
}

/**
 * The ex-post (achteraf) business case of front-line work, from cases a review panel has judged:
 *   costs_i    = hours_i × hourlyRate + directCosts_i                        (every case; hourlyRates_i when given)
 *   benefits_i = unitsPerMonth_i × months_i × price(product_i)             (reviewed, verdict prevented/reduced/ended;
 *                                                                            0 otherwise), booked to the product's payer
 *   reviewed scope: Σ costs_i, Σ benefits_i, net = benefits − costs, bcr = benefits ÷ costs over reviewed cases
 *   extrapolatedBenefits = Σ benefits_i ÷ reviewed × cases,  extrapolatedNet = extrapolatedBenefits − Σ costs (all)
 * Extrapolation assumes the reviewed cases are a random sample of all cases. Its sampling uncertainty is shown by a
 * bootstrap: each draw resamples the m reviewed cases' benefits (zeros included) with replacement (see
 * {@link bootstrap}) and recomputes extrapolatedNet = (Σ resampled ÷ m) × cases − Σ costs (all); the costs are
 * observed for every case and stay fixed. bootstrapNet95 is the 2.5th and 97.5th percentile of those draws by the
 * project's type-7 convention ({@link percentile}). effectShare carries the Wilson 95% interval
 * ({@link wilsonInterval}). `flags` lists, in case order, reviewed cases with an effect whose costs exceed their
 * benefits: front-line work that costs more than the maatwerk it replaced (a long trajectory can quietly become
 * maatwerk financed from the front). Cases with verdict none are not flagged: they replaced nothing.
 * Sums run in case order, so the result is reproducible bit for bit for the same rng state. Throws a RangeError for
 * columns of unequal length, an unknown verdict code, a verdict with an effect without a valid product, or a
 * negative or non-finite cost or benefit; callers validate their input first (the CLI's CSV reader does).
 * Source: the method of Zorg voor elkaar Breda's business case (pilot 2018–2019: of 400 cases, 150 were reviewed by
 * three professionals not involved in them, who judged maatwerk prevented, reduced or ended in 66; savings on Wmo
 * and Wlz set against the front-line costs, with the warning about front-line trajectories that become maatwerk) —
 * source article 000 of the project's seeds; B. Efron & R. J. Tibshirani, "An Introduction to the Bootstrap" (1993)
 * ch. 13 (percentile interval).
 * @example exPostBusinessCase(breda8, { draws: 2000, rng: xoshiro128ss(1) }).reviewedScope.net
 *   // 10824 for the eight cases of docs/examples/businesscase (worked by hand in the test)
 */
export function exPostBusinessCase(
  { cases, products, hourlyRate }: ExPostBusinessCaseInput,
  { draws, rng }: { readonly draws: number; readonly rng: Rng },
): ExPostBusinessCase {
  const { hours, directCosts, verdict, avoidedProduct, avoidedUnitsPerMonth, avoidedMonths, hourlyRates } = cases;
  const n = hours.length;
  for (const column of [directCosts, verdict, avoidedProduct, avoidedUnitsPerMonth, avoidedMonths, ...(hourlyRates ? [hourlyRates] : [])]) {
    if (column.length !== n) throw new RangeError(`case columns differ in length: ${column.length} and ${n}`);
  }
  if (!(hourlyRate >= 0 && Number.isFinite(hourlyRate))) throw new RangeError(`hourlyRate must be a finite number ≥ 0, got ${hourlyRate}`);
  if (hourlyRates?.some((rate) => !(rate >= 0 && Number.isFinite(rate)))) throw new RangeError("hourlyRates must all be finite numbers ≥ 0");

  // Products' prices and payer indices as columns; payers in order of first appearance.
  const payers: string[] = [];
  const payerOf = new Int32Array(products.length);
  const price = new Float64Array(products.length);
  products.forEach((product, p) => {
    let index = payers.indexOf(product.payer);
    if (index === -1) index = payers.push(product.payer) - 1;
    payerOf[p] = index;
    price[p] = product.price;
  });
  const payerBenefits = new Float64Array(payers.length);

  let m = 0;
  for (let i = 0; i < n; i++) m += verdict[i] === 0 ? 0 : 1;
  const reviewedBenefits = new Float64Array(m);
  const verdictCounts = [0, 0, 0, 0, 0];
  const flags: CostlierThanMaatwerk[] = [];
  let costs = 0;
  let reviewedCosts = 0;
  let benefits = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const cost = (hours[i] as number) * (hourlyRates ? (hourlyRates[i] as number) : hourlyRate) + (directCosts[i] as number);
    if (!(cost >= 0 && cost < Number.POSITIVE_INFINITY)) throw new RangeError(`case ${i}: costs ${cost} are not a finite number ≥ 0`);
    costs += cost;
    const v = verdict[i] as number;
    if (v === 0) continue;
    if (v > 4) throw new RangeError(`case ${i}: unknown verdict code ${v}`);
    verdictCounts[v] = (verdictCounts[v] as number) + 1;
    reviewedCosts += cost;
    let benefit = 0;
    if (v >= 2) {
      const p = avoidedProduct[i] as number;
      if (!(p >= 0 && p < price.length)) throw new RangeError(`case ${i}: a verdict with an effect needs a product, got index ${p}`);
      benefit = (avoidedUnitsPerMonth[i] as number) * (avoidedMonths[i] as number) * (price[p] as number);
      if (!(benefit >= 0 && benefit < Number.POSITIVE_INFINITY)) throw new RangeError(`case ${i}: benefits ${benefit} are not a finite number ≥ 0`);
      const payer = payerOf[p] as number;
      payerBenefits[payer] = (payerBenefits[payer] as number) + benefit;
      benefits += benefit;
      if (cost > benefit) flags.push({ case: i, costs: cost, benefits: benefit });
    }
    reviewedBenefits[r++] = benefit;
  }

  const withEffect = m - (verdictCounts[VERDICT_CODE.none] as number);
  const extrapolatedBenefits = m === 0 ? null : (benefits / m) * n;
  let bootstrapNet95: readonly [number, number] | null = null;
  if (m > 0) {
    const nets = bootstrap(reviewedBenefits, "sum", { draws, rng });
    for (let d = 0; d < nets.length; d++) nets[d] = ((nets[d] as number) / m) * n - costs;
    nets.sort();
    bootstrapNet95 = [percentile(nets, 0.025), percentile(nets, 0.975)];
  }
  return {
    cases: n,
    reviewed: m,
    verdicts: {
      prevented: verdictCounts[VERDICT_CODE.prevented] as number,
      reduced: verdictCounts[VERDICT_CODE.reduced] as number,
      ended: verdictCounts[VERDICT_CODE.ended] as number,
      none: verdictCounts[VERDICT_CODE.none] as number,
    },
    effectShare: { value: m === 0 ? null : withEffect / m, wilson95: m === 0 ? null : wilsonInterval(withEffect, m) },
    reviewedScope: {
      costs: reviewedCosts,
      benefits,
      benefitsByPayer: Object.fromEntries(payers.map((payer, k) => [payer, payerBenefits[k] as number])),
      net: benefits - reviewedCosts,
      bcr: reviewedCosts > 0 ? benefits / reviewedCosts : null,
    },
    allCases: {
      costs,
      extrapolatedBenefits,
      extrapolatedNet: extrapolatedBenefits === null ? null : extrapolatedBenefits - costs,
      bootstrapNet95,
    },
    flags,
  };
}
