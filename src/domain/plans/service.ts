import type { Me } from "../accounts/dto";
import type { CasesRepository } from "../cases/repository";
import { getCase } from "../cases/service";
import { AppError, notFound, validationFailed, versionConflict } from "../errors";
import type { TasksRepository } from "../tasks/repository";
import type { AddResource, Plan, Resource, SavePlan } from "./dto";
import { evaluationDates } from "./evaluation-schedule";
import type { PlansRepository } from "./repository";
import { dutchToday } from "../calendar";

export interface PlansDeps {
  readonly plans: PlansRepository;
  readonly cases: CasesRepository;
  readonly tasks: TasksRepository;
  readonly now: () => Date;
}

const today = (deps: PlansDeps) => dutchToday(deps.now());

async function caseFor(deps: PlansDeps, tenantId: string, me: Me, caseId: string, forWriting: boolean) {
  const file = await getCase({ cases: deps.cases, now: deps.now }, tenantId, me, caseId);
  if (forWriting && file.status === "afgesloten") throw new AppError("conflict", "Deze casus is afgesloten; het plan kan niet meer worden gewijzigd.");
  return file;
}

export async function getPlan(deps: PlansDeps, tenantId: string, me: Me, caseId: string): Promise<Plan> {
  await caseFor(deps, tenantId, me, caseId, false);
  const plan = await deps.plans.find(tenantId, caseId);
  return {
    caseId,
    goals: plan?.goals ?? [],
    agreements: plan?.agreements ?? [],
    familyGroupPlan: plan?.familyGroupPlan ?? null,
    resources: await deps.plans.resources(tenantId, caseId),
    version: plan?.version ?? 0,
  };
}

/**
 * Saves the plan as a whole. When a family-group plan gets (new) evaluation settings, an evaluation
 * task for the case director is created for each date of the schedule that is still to come.
 */
export async function savePlan(deps: PlansDeps, tenantId: string, me: Me, caseId: string, input: SavePlan): Promise<Plan> {
  const file = await caseFor(deps, tenantId, me, caseId, true);
  const before = await deps.plans.find(tenantId, caseId);
  const familyGroupPlan = input.familyGroupPlan === undefined ? (before?.familyGroupPlan ?? null) : input.familyGroupPlan;
  if (familyGroupPlan && familyGroupPlan.emergencyContacts.length === 0) {
    throw validationFailed([{ path: "familyGroupPlan.emergencyContacts", message: "Een gezinsplan heeft minstens één noodcontact" }]);
  }
  const saved = await deps.plans.save(tenantId, caseId, input.version, { goals: input.goals, agreements: input.agreements, familyGroupPlan }, deps.now());
  if (!saved) throw versionConflict();
  const old = before?.familyGroupPlan;
  const scheduleChanged =
    familyGroupPlan &&
    (!old || old.startsOn !== familyGroupPlan.startsOn || old.evaluationEveryWeeks !== familyGroupPlan.evaluationEveryWeeks || old.evaluationForMonths !== familyGroupPlan.evaluationForMonths);
  if (familyGroupPlan && scheduleChanged) {
    const dates = evaluationDates(familyGroupPlan.startsOn, familyGroupPlan.evaluationEveryWeeks, familyGroupPlan.evaluationForMonths);
    for (const [i, dueOn] of dates.entries()) {
      if (dueOn < today(deps)) continue;
      await deps.tasks.insert(
        tenantId,
        me.id,
        { title: `Evaluatie gezinsplan ${file.householdName} (${i + 1}/${dates.length})`, dueOn, assigneeId: file.caseDirectorId, subjectType: "case", subjectId: caseId },
        today(deps),
      );
    }
  }
  return getPlan(deps, tenantId, me, caseId);
}

/** Adds a resource; for maatwerk the amount is volume × the price-list price (in cents). */
export async function addResource(deps: PlansDeps, tenantId: string, me: Me, caseId: string, input: AddResource): Promise<Resource> {
  await caseFor(deps, tenantId, me, caseId, true);
  let amountCents = input.amountCents ?? null;
  if (input.priceItemId) {
    const price = await deps.plans.priceCents(tenantId, input.priceItemId);
    if (price === null) throw validationFailed([{ path: "priceItemId", message: "Dit product staat niet in de prijslijst" }]);
    if (input.quantity) amountCents = Math.round(price * input.quantity);
  }
  return deps.plans.addResource(tenantId, caseId, { ...input, amountCents });
}

export async function removeResource(deps: PlansDeps, tenantId: string, me: Me, caseId: string, resourceId: string): Promise<void> {
  await caseFor(deps, tenantId, me, caseId, true);
  if (!(await deps.plans.removeResource(tenantId, caseId, resourceId))) throw notFound("Deze hulpbron");
}
