/** One cost line of a scenario: a unit price, how many units per period, for how many periods, how likely. */
export interface ScenarioCostLine {
  readonly label: string;
  readonly payer: string;
  /** Price per unit (any currency unit; Baatwijzer passes cents). */
  readonly unitPrice: number;
  readonly quantity: number;
  readonly periods: number;
  /** Probability in [0, 1] that this cost occurs in the scenario. */
  readonly probability: number;
}

export interface ScenarioCost {
  readonly expected: number;
  readonly byPayer: Readonly<Record<string, number>>;
}

/**
 * Expected cost of one scenario: Σ unitPrice × quantity × periods × probability, in total and per payer.
 * This is Leeuwarden's question "what does each option cost?" (seed article 001) made explicit; the
 * expected value follows the usual MKBA treatment of uncertain effects (Algemene leidraad MKBA,
 * CPB/PBL 2013, ch. 6).
 * @example scenarioCost([{ label: "Begeleiding", payer: "wmo", unitPrice: 65, quantity: 12, periods: 6, probability: 0.5 }]).expected // 2340
 */
export function scenarioCost(lines: readonly ScenarioCostLine[]): ScenarioCost {
  // A null-prototype object: a payer named "__proto__" must not touch Object.prototype.
  const byPayer: Record<string, number> = Object.create(null);
  let expected = 0;
  for (const line of lines) {
    const cost = line.unitPrice * line.quantity * line.periods * line.probability;
    expected += cost;
    byPayer[line.payer] = (byPayer[line.payer] ?? 0) + cost;
  }
  return { expected, byPayer };
}

export interface ScenarioComparison<K extends string> {
  readonly scenarios: Readonly<Record<K, ScenarioCost>>;
  /** Each scenario minus the reference scenario, in total and per payer (negative = cheaper). */
  readonly differences: Readonly<Record<K, ScenarioCost>>;
}

/** Costs every scenario and its difference with the reference scenario (e.g. "regulier"). */
export function compareScenarios<K extends string>(scenarios: Readonly<Record<K, readonly ScenarioCostLine[]>>, reference: NoInfer<K>): ScenarioComparison<K> {
  const keys = Object.keys(scenarios) as K[];
  const costs = Object.fromEntries(keys.map((k) => [k, scenarioCost(scenarios[k])])) as Record<K, ScenarioCost>;
  const base = costs[reference];
  const differences = Object.fromEntries(
    keys.map((k) => {
      const payers = new Set([...Object.keys(costs[k].byPayer), ...Object.keys(base.byPayer)]);
      const byPayer = Object.fromEntries([...payers].map((p) => [p, (costs[k].byPayer[p] ?? 0) - (base.byPayer[p] ?? 0)]));
      return [k, { expected: costs[k].expected - base.expected, byPayer }];
    }),
  ) as Record<K, ScenarioCost>;
  return { scenarios: costs, differences };
}
