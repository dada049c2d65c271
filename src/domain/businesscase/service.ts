import { VERDICT_CODE, exPostBusinessCase } from "../../engine/ex-post-business-case";
import { indexPrice } from "../../engine/index-price";
import { xoshiro128ss } from "../../engine/xoshiro128ss";
import { validationFailed } from "../errors";
import { SMALL_COUNT_THRESHOLD } from "../privacy/suppress-small-counts";
import { suppressBreakdown } from "../privacy/complementary-suppression";
import type { BusinessCaseQuery, BusinessCaseResult } from "./dto";
import { panelAgreement } from "./panel-agreement";
import type { BusinessCaseRepository } from "./repository";

const small = (n: number): number | null => (n > 0 && n < SMALL_COUNT_THRESHOLD ? null : n);
const cents = (value: number) => Math.round(value);

/**
 * The ex-post business case from the registration (issue 6, item 2): costs = hours × rate (the team's own rate
 * where given) + direct costs (approved flexible-budget spending and the case's cost lines: volunteers,
 * activities, other), benefits = the avoided provision of the panel's consensus × its price
 * indexed to the price year, per payer; extrapolated from the reviewed cases to all selected cases with a
 * seeded bootstrap interval and a Wilson interval on the effect share. The engine computes; this gathers.
 * Counts below 5 are suppressed (policy roles read it); fewer than 5 cases in the selection is refused.
 */
export async function exPostFromRegistration(repo: BusinessCaseRepository, tenantId: string, query: BusinessCaseQuery): Promise<BusinessCaseResult> {
  const facts = await repo.closedCaseFacts(tenantId, query);
  if (facts.length < SMALL_COUNT_THRESHOLD) {
    throw validationFailed([{ path: "closedFrom", message: `Te weinig afgesloten casussen in deze selectie (minder dan ${SMALL_COUNT_THRESHOLD}) voor een rapportage` }]);
  }
  const series = Object.fromEntries((await repo.indexSeries(tenantId)).map((p) => [p.year, p.value]));
  const prices = await repo.prices(tenantId);
  const unindexed: string[] = [];
  const productIndex = new Map<string, number>();
  const products = prices.map((p, i) => {
    productIndex.set(p.id, i);
    const indexed = indexPrice(p.priceCents, p.priceYear, query.priceYear, series);
    if (indexed === null) unindexed.push(p.code);
    return { price: indexed ?? p.priceCents, payer: p.payer };
  });
  const n = facts.length;
  const rateOf = (teamId: string) => query.teamRates[teamId] ?? query.hourlyRateCents;
  const byKind = { hours: 0, budget: 0, vrijwilligerskosten: 0, activiteit: 0, overig: 0 };
  const tagged = new Map<string, number>();
  const columns = {
    hourlyRates: new Float64Array(n),
    hours: new Float64Array(n),
    directCosts: new Float64Array(n),
    verdict: new Uint8Array(n),
    avoidedProduct: new Int32Array(n).fill(-1),
    avoidedUnitsPerMonth: new Float64Array(n),
    avoidedMonths: new Float64Array(n),
  };
  const outcomes = { maatwerk_nodig: 0, lichte_vorm: 0, andere_oplossing: 0 };
  facts.forEach((fact, i) => {
    const lines = fact.costLinesCents;
    columns.hours[i] = fact.minutes / 60;
    columns.hourlyRates[i] = rateOf(fact.teamId);
    columns.directCosts[i] = fact.budgetCents + Object.values(lines).reduce((a, b) => a + b, 0);
    byKind.hours += columns.hours[i]! * columns.hourlyRates[i]!;
    byKind.budget += fact.budgetCents;
    for (const kind of ["vrijwilligerskosten", "activiteit", "overig"] as const) byKind[kind] += lines[kind] ?? 0;
    for (const id of fact.labelIds) tagged.set(id, (tagged.get(id) ?? 0) + 1);
    if (fact.closingOutcome && fact.closingOutcome in outcomes) outcomes[fact.closingOutcome as keyof typeof outcomes] += 1;
    const consensus = fact.consensus;
    if (!consensus) return;
    columns.verdict[i] = VERDICT_CODE[consensus.verdict];
    if (consensus.verdict !== "none" && consensus.priceItemId && productIndex.has(consensus.priceItemId)) {
      columns.avoidedProduct[i] = productIndex.get(consensus.priceItemId)!;
      columns.avoidedUnitsPerMonth[i] = consensus.unitsPerMonth ?? 0;
      columns.avoidedMonths[i] = consensus.months ?? 0;
    }
  });
  const result = exPostBusinessCase({ cases: columns, products, hourlyRate: query.hourlyRateCents }, { draws: query.draws, rng: xoshiro128ss(query.seed) });
  const reviewed = result.reviewed;
  const usedPayers = new Set(prices.map((p) => p.payer));
  const flagged = result.flags.map((flag) => ({ ref: caseRef(facts[flag.case]!.caseId), verdict: facts[flag.case]!.consensus!.verdict as "prevented" | "reduced" | "ended", costsCents: cents(flag.costs), benefitsCents: cents(flag.benefits) }));
  return {
    cases: n,
    reviewed: small(reviewed),
    // The three effect verdicts add up to the effect share × the reviewed cases, and the closing outcomes to the
    // closed cases: a lone hidden cell would be found by subtraction, so a second one is hidden with it.
    verdicts: { ...suppressBreakdown({ prevented: result.verdicts.prevented, reduced: result.verdicts.reduced, ended: result.verdicts.ended }), none: small(result.verdicts.none) },
    closingOutcomes: suppressBreakdown({ maatwerk_nodig: outcomes.maatwerk_nodig, lichte_vorm: outcomes.lichte_vorm, andere_oplossing: outcomes.andere_oplossing }),
    effectShare: reviewed >= SMALL_COUNT_THRESHOLD ? { value: result.effectShare.value, wilson95: result.effectShare.wilson95 ? [result.effectShare.wilson95[0], result.effectShare.wilson95[1]] : null } : { value: null, wilson95: null },
    reviewedScope: {
      costsCents: cents(result.reviewedScope.costs),
      benefitsCents: cents(result.reviewedScope.benefits),
      benefitsByPayerCents: Object.fromEntries(Object.entries(result.reviewedScope.benefitsByPayer).filter(([p]) => usedPayers.has(p)).map(([p, v]) => [p, cents(v)])),
      netCents: cents(result.reviewedScope.net),
      bcr: result.reviewedScope.bcr,
    },
    allCases: {
      costsCents: cents(result.allCases.costs),
      extrapolatedBenefitsCents: result.allCases.extrapolatedBenefits === null ? null : cents(result.allCases.extrapolatedBenefits),
      extrapolatedNetCents: result.allCases.extrapolatedNet === null ? null : cents(result.allCases.extrapolatedNet),
      bootstrapNet95Cents: result.allCases.bootstrapNet95 ? [cents(result.allCases.bootstrapNet95[0]), cents(result.allCases.bootstrapNet95[1])] : null,
    },
    frontToBack: frontToBack(result.allCases),
    costsByKindCents: { hours: cents(byKind.hours), budget: byKind.budget, vrijwilligerskosten: byKind.vrijwilligerskosten, activiteit: byKind.activiteit, overig: byKind.overig },
    factors: (await repo.factors(tenantId)).map((f) => ({ ...f, cases: small(tagged.get(f.id) ?? 0) })),
    flaggedList: flagged.length >= SMALL_COUNT_THRESHOLD ? flagged : flagged.length === 0 ? [] : null,
    flaggedCases: small(result.flags.length),
    panelAgreement: agreementOf(facts),
    unindexedPrices: unindexed,
    settings: { hourlyRateCents: query.hourlyRateCents, teamRates: query.teamRates, priceYear: query.priceYear, draws: query.draws, seed: query.seed },
  };
}

function agreementOf(facts: readonly { consensus: unknown; panelVerdicts: readonly string[] }[]) {
  const agreement = panelAgreement(facts.filter((f) => f.consensus).map((f) => f.panelVerdicts));
  return { cases: small(agreement.cases), fleissKappa: agreement.fleissKappa };
}

/** A short pseudonymous reference: enough to find the case again for whoever may open it, no name. */
const caseRef = (caseId: string) => `C-${caseId.slice(0, 8).toUpperCase()}`;

/**
 * Oirschot's "€ 1 at the front saves € 2 at the back" (seed article 002), computed: extrapolated benefits ÷ the
 * front-line costs of all selected cases. The costs are not resampled, so the bootstrap interval of the net
 * result converts exactly: (net + costs) ÷ costs.
 */
export function frontToBack(all: { costs: number; extrapolatedBenefits: number | null; bootstrapNet95: readonly [number, number] | null }) {
  if (all.extrapolatedBenefits === null || !(all.costs > 0)) return null;
  const interval = all.bootstrapNet95 ? ([(all.bootstrapNet95[0] + all.costs) / all.costs, (all.bootstrapNet95[1] + all.costs) / all.costs] as [number, number]) : null;
  return { perEuro: all.extrapolatedBenefits / all.costs, interval95: interval };
}
