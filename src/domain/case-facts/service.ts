import type { Me } from "../accounts/dto";
import { dutchToday } from "../calendar";
import { notFound, validationFailed } from "../errors";
import { canSeeHousehold } from "../households/access";
import { DEFAULT_CASE_LABELS } from "./default-labels";
import type { AddCostLine, CaseFacts, CaseLabel, CostLine } from "./dto";
import type { CaseFactsRepository } from "./repository";

export interface CaseFactsDeps {
  readonly facts: CaseFactsRepository;
  readonly now: () => Date;
}

/** The tenant's labels; a tenant without any starts with the default list (so the first use needs no set-up). */
export async function listLabels(deps: CaseFactsDeps, tenantId: string): Promise<CaseLabel[]> {
  const labels = await deps.facts.labels(tenantId);
  if (labels.length > 0) return labels;
  for (const label of DEFAULT_CASE_LABELS) await deps.facts.insertLabel(tenantId, label);
  return deps.facts.labels(tenantId);
}

async function visibleCase(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string) {
  const scope = await deps.facts.caseScope(tenantId, caseId);
  if (!scope || !canSeeHousehold(me, scope)) throw notFound("Deze casus");
  return scope;
}

const sum = (lines: readonly CostLine[]) => lines.reduce((total, line) => total + line.amountCents, 0);

export async function getCaseFacts(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string): Promise<CaseFacts> {
  await visibleCase(deps, tenantId, me, caseId);
  const kinds = new Map((await deps.facts.labels(tenantId)).map((l) => [l.id, l.kind]));
  const linked = await deps.facts.linkedLabelIds(tenantId, caseId);
  const costLines = await deps.facts.costLines(tenantId, caseId);
  return {
    labelIds: linked.filter((id) => kinds.get(id) !== "approach"),
    approachId: linked.find((id) => kinds.get(id) === "approach") ?? null,
    costLines,
    costTotalCents: sum(costLines),
  };
}

async function labelOfKind(deps: CaseFactsDeps, tenantId: string, labelId: string, factor: boolean): Promise<CaseLabel> {
  const label = (await deps.facts.labels(tenantId)).find((l) => l.id === labelId);
  if (!label || (label.kind === "approach") === factor) throw validationFailed([{ path: factor ? "labelId" : "approachId", message: "Deze keuze staat niet in de lijst" }]);
  return label;
}

/** A retired label stays on the cases that have it, but is not set on another. */
const retired = (path: string) => validationFailed([{ path, message: "Deze keuze is uitgezet en kan niet meer worden vastgelegd" }]);

/** Tags a case with a success or failure factor; setting it twice changes nothing. */
export async function tagCase(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string, labelId: string): Promise<CaseFacts> {
  await visibleCase(deps, tenantId, me, caseId);
  const label = await labelOfKind(deps, tenantId, labelId, true);
  if (!(await deps.facts.linkedLabelIds(tenantId, caseId)).includes(labelId)) {
    if (!label.active) throw retired("labelId");
    await deps.facts.link(tenantId, caseId, labelId, me.id);
  }
  return getCaseFacts(deps, tenantId, me, caseId);
}

export async function untagCase(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string, labelId: string): Promise<CaseFacts> {
  await visibleCase(deps, tenantId, me, caseId);
  await labelOfKind(deps, tenantId, labelId, true);
  await deps.facts.unlink(tenantId, caseId, [labelId]);
  return getCaseFacts(deps, tenantId, me, caseId);
}

/** Sets (or clears) the one approach of a case. */
export async function setApproach(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string, approachId: string | null): Promise<CaseFacts> {
  await visibleCase(deps, tenantId, me, caseId);
  const approach = approachId ? await labelOfKind(deps, tenantId, approachId, false) : null;
  const current = await getCaseFacts(deps, tenantId, me, caseId);
  if (current.approachId === approachId) return current;
  if (approach && !approach.active) throw retired("approachId");
  if (current.approachId) await deps.facts.unlink(tenantId, caseId, [current.approachId]);
  if (approachId) await deps.facts.link(tenantId, caseId, approachId, me.id);
  return getCaseFacts(deps, tenantId, me, caseId);
}

/** A direct cost (volunteers, an activity, other): not in the future, not before the case opened. */
export async function addCostLine(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string, input: AddCostLine): Promise<CostLine> {
  const scope = await visibleCase(deps, tenantId, me, caseId);
  const issues = [];
  if (input.spentOn > dutchToday(deps.now())) issues.push({ path: "spentOn", message: "De datum ligt in de toekomst" });
  if (input.spentOn < scope.openedOn) issues.push({ path: "spentOn", message: "De datum ligt vóór de opening van de casus" });
  if (issues.length > 0) throw validationFailed(issues);
  return deps.facts.insertCostLine(tenantId, caseId, input, me.id);
}

export async function deleteCostLine(deps: CaseFactsDeps, tenantId: string, me: Me, caseId: string, lineId: string): Promise<void> {
  await visibleCase(deps, tenantId, me, caseId);
  if (!(await deps.facts.deleteCostLine(tenantId, caseId, lineId))) throw notFound("Deze kostenregel");
}
