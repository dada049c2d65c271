import { notFound, validationFailed, versionConflict } from "../errors";
import { compareTrajectories } from "./compare-trajectories";
import type { Contract, ContractKpis, CreateContract, TrajectoryComparisonQuery, TrajectoryComparisonResult, UpdateContract } from "./dto";
import type { MonitorRepository } from "./repository";
import { trafficLight, trajectoryKpis } from "./trajectory-kpis";

export async function createContract(repo: MonitorRepository, tenantId: string, input: CreateContract) {
  if (!(await repo.organisationExists(tenantId, input.organisationId))) throw validationFailed([{ path: "organisationId", message: "Deze aanbieder bestaat niet" }]);
  return (await repo.contract(tenantId, await repo.insertContract(tenantId, input)))!;
}

/** Changes a contract; 409 when someone else saved it since it was read. */
export async function updateContract(repo: MonitorRepository, tenantId: string, id: string, input: UpdateContract): Promise<Contract> {
  if (!(await repo.contract(tenantId, id))) throw notFound("Dit contract");
  if (!(await repo.organisationExists(tenantId, input.organisationId))) throw validationFailed([{ path: "organisationId", message: "Deze aanbieder bestaat niet" }]);
  if (!(await repo.updateContract(tenantId, id, input))) throw versionConflict();
  return (await repo.contract(tenantId, id))!;
}

/**
 * Own trajectories against contracted providers over the trajectories closed in a period (see
 * {@link compareTrajectories}); lump sums are shared up to `asOf` (today in Dutch time).
 */
export async function trajectoryComparison(repo: MonitorRepository, tenantId: string, query: TrajectoryComparisonQuery, asOf: string): Promise<TrajectoryComparisonResult> {
  const [trajectories, contracts, providers] = await Promise.all([repo.trajectoryCostFacts(tenantId, query.closedFrom, query.closedTo), repo.contracts(tenantId), repo.providers(tenantId)]);
  const result = compareTrajectories(
    { trajectories, contracts, providerNames: new Map(providers.map((p) => [p.id, p.name])), closedFrom: query.closedFrom, closedTo: query.closedTo, asOf, hourlyRateCents: query.hourlyRateCents },
    { draws: query.draws, seed: query.seed },
  );
  const interval = (i: readonly [number, number]) => [i[0], i[1]] as [number, number];
  type Estimate = { mean: number; interval95: readonly [number, number] } | null;
  const est = (e: Estimate) => (e ? { mean: e.mean, interval95: interval(e.interval95) } : null);
  // Money leaves the domain as whole cents; the engine computed in floating point.
  const cents = (e: Estimate) => (e ? { mean: Math.round(e.mean), interval95: [Math.round(e.interval95[0]), Math.round(e.interval95[1])] as [number, number] } : null);
  return {
    groups: result.groups.map((g) => ({ ...g, financing: [...g.financing], costCents: cents(g.costCents), durationDays: est(g.durationDays), satisfaction: est(g.satisfaction) })),
    ownCostShare: result.ownCostShare ? { ratio: result.ownCostShare.ratio, interval95: result.ownCostShare.interval95 ? interval(result.ownCostShare.interval95) : null } : null,
    settings: { closedFrom: query.closedFrom, closedTo: query.closedTo, asOf, hourlyRateCents: query.hourlyRateCents, draws: query.draws, seed: query.seed },
  };
}

const quarters = (from: string, to: string): { label: string; from: string; to: string }[] => {
  const result = [];
  let year = Number(from.slice(0, 4));
  let q = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  for (let guard = 0; guard < 40; guard++) {
    const start = `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
    if (start > to) break;
    const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
    result.push({ label: `${year}-K${q + 1}`, from: start, to: end });
    q = (q + 1) % 4;
    if (q === 0) year += 1;
  }
  return result;
};

/** KPIs of a contract's provider over a period, with traffic lights against the targets and a quarterly trend. */
export async function contractKpis(repo: MonitorRepository, tenantId: string, id: string, from: string, to: string): Promise<ContractKpis> {
  const contract = await repo.contract(tenantId, id);
  if (!contract) throw notFound("Dit contract");
  if (to < from) throw validationFailed([{ path: "to", message: "De einddatum ligt vóór de begindatum" }]);
  const facts = await repo.trajectories(tenantId, contract.organisationId);
  const kpis = trajectoryKpis(facts, from, to);
  return {
    from,
    to,
    reach: { value: kpis.reach, target: contract.targetReach, light: contract.targetReach === null ? "onbekend" : trafficLight(kpis.reach, contract.targetReach, "at_least") },
    stableOrBetter: { value: kpis.selfRelianceStableOrBetter.share, target: contract.targetStableOrBetter, light: trafficLight(kpis.selfRelianceStableOrBetter.share, contract.targetStableOrBetter, "at_least"), measured: kpis.selfRelianceStableOrBetter.measured },
    satisfaction: { value: kpis.satisfaction.average, target: contract.targetSatisfaction, light: trafficLight(kpis.satisfaction.average, contract.targetSatisfaction, "at_least"), scored: kpis.satisfaction.scored },
    trend: quarters(from, to).map((q) => {
      const k = trajectoryKpis(facts, q.from, q.to);
      return { quarter: q.label, stableOrBetter: k.selfRelianceStableOrBetter.share, satisfaction: k.satisfaction.average };
    }),
  };
}
