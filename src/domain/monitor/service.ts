import { notFound, validationFailed } from "../errors";
import type { ContractKpis, CreateContract } from "./dto";
import type { MonitorRepository } from "./repository";
import { trafficLight, trajectoryKpis } from "./trajectory-kpis";


export async function createContract(repo: MonitorRepository, tenantId: string, input: CreateContract) {
  if (!(await repo.organisationExists(tenantId, input.organisationId))) throw validationFailed([{ path: "organisationId", message: "Deze aanbieder bestaat niet" }]);
  return (await repo.contract(tenantId, await repo.insertContract(tenantId, input)))!;
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
