import { type ScenarioCost, type ScenarioCostLine, compareScenarios } from "../../engine/scenario-costs";
import type { Me } from "../accounts/dto";
import type { CasesRepository } from "../cases/repository";
import { getCase } from "../cases/service";
import { validationFailed, versionConflict } from "../errors";
import { SCENARIOS, type SaveScenarios, type ScenarioKey, type Scenarios } from "./dto";
import type { ScenariosRepository, StoredLine, StoredScenarios } from "./repository";

export interface ScenariosDeps {
  readonly scenarios: ScenariosRepository;
  readonly cases: CasesRepository;
  readonly now: () => Date;
}

const EMPTY: StoredScenarios = { lines: { niets_doen: [], regulier: [], alternatief: [] }, justification: { rechtmatigheid: "", rendement: "", betrokkenheid: "" }, version: 0 };

const cents = (cost: ScenarioCost) => ({
  expectedCents: Math.round(cost.expected),
  byPayerCents: Object.fromEntries(Object.entries(cost.byPayer).map(([payer, value]) => [payer, Math.round(value)])),
});

/** Costs the three scenarios with the engine and shows each line's expected cost. */
export function present(caseId: string, stored: StoredScenarios): Scenarios {
  const engineLines = Object.fromEntries(
    SCENARIOS.map((key) => [key, stored.lines[key].map((l) => ({ label: l.label, payer: l.payer, unitPrice: l.unitPriceCents, quantity: l.quantity, periods: l.periods, probability: l.probability }))]),
  ) as Record<ScenarioKey, ScenarioCostLine[]>;
  const vsRegular = compareScenarios(engineLines, "regulier");
  const vsNothing = compareScenarios(engineLines, "niets_doen");
  const lines = Object.fromEntries(
    SCENARIOS.map((key) => [key, stored.lines[key].map((l) => ({ ...l, expectedCents: Math.round(l.unitPriceCents * l.quantity * l.periods * l.probability) }))]),
  ) as Scenarios["lines"];
  return {
    caseId,
    lines,
    totals: { niets_doen: cents(vsRegular.scenarios.niets_doen), regulier: cents(vsRegular.scenarios.regulier), alternatief: cents(vsRegular.scenarios.alternatief) },
    differences: { alternatiefVsRegulier: cents(vsRegular.differences.alternatief), alternatiefVsNietsDoen: cents(vsNothing.differences.alternatief) },
    justification: stored.justification,
    version: stored.version,
  };
}

export async function getScenarios(deps: ScenariosDeps, tenantId: string, me: Me, caseId: string): Promise<Scenarios> {
  await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, caseId);
  return present(caseId, (await deps.scenarios.find(tenantId, caseId)) ?? EMPTY);
}

/** Saves all three scenarios at once; price-list lines take the item's price and payer at this moment. */
export async function saveScenarios(deps: ScenariosDeps, tenantId: string, me: Me, caseId: string, input: SaveScenarios): Promise<Scenarios> {
  await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, caseId);
  const issues: { path: string; message: string }[] = [];
  const lines = { niets_doen: [], regulier: [], alternatief: [] } as Record<ScenarioKey, StoredLine[]>;
  for (const key of SCENARIOS) {
    for (const [i, line] of input.lines[key].entries()) {
      let unitPriceCents = line.unitPriceCents ?? 0;
      let payer = line.payer ?? "overig";
      if (line.priceItemId) {
        const item = await deps.scenarios.priceItem(tenantId, line.priceItemId);
        if (!item) {
          issues.push({ path: `lines.${key}.${i}.priceItemId`, message: "Dit product staat niet in de prijslijst" });
          continue;
        }
        unitPriceCents = line.unitPriceCents ?? item.priceCents;
        payer = line.payer ?? item.payer;
      }
      lines[key].push({ label: line.label, priceItemId: line.priceItemId ?? null, unitPriceCents, quantity: line.quantity, periods: line.periods, payer, probability: line.probability });
    }
  }
  if (issues.length > 0) throw validationFailed(issues);
  if (!(await deps.scenarios.save(tenantId, caseId, input.version, { lines, justification: input.justification }, deps.now()))) throw versionConflict();
  return getScenarios(deps, tenantId, me, caseId);
}
