import type { CaseFile, TimelineItem } from "./dto";
import type { CaseWork } from "./repository";

const STATUS_LABEL: Record<string, string> = {
  open: "Casus geopend",
  plan: "Plan in de maak",
  in_uitvoering: "Plan in uitvoering",
  evaluatie: "Evaluatie",
  afgesloten: "Casus afgesloten",
};

const MOMENT_LABEL: Record<string, string> = {
  start: "Startmeting",
  na_6_maanden: "Meting na 6 maanden",
  afsluiting: "Meting bij afsluiting",
  tussentijds: "Tussentijdse meting",
};

const hoursText = (minutes: number) => `${(minutes / 60).toLocaleString("nl-NL", { maximumFractionDigits: 2 })} uur`;

const NO_WORK: CaseWork = { plans: [], resources: [], scenarios: [], measurements: [] };

/**
 * Everything that happened to a household, in date order (oldest first); on the same day the order of
 * recording is kept. Each item has a Dutch title for API users; the web app translates from kind and code.
 * A plan and a costing appear on the day they were first saved, and again on the day of their last save when
 * that is a later day (code "updated"); the changes in between are not kept, only the current state.
 */
export function householdTimeline(
  caseFiles: readonly CaseFile[],
  questions: readonly { receivedOn: string; topic: string; id: string }[],
  work: CaseWork = NO_WORK,
): TimelineItem[] {
  const items: (TimelineItem & { order: number })[] = [];
  let order = 0;
  const push = (item: TimelineItem) => items.push({ ...item, order: order++ });
  for (const question of questions) push({ on: question.receivedOn, kind: "question", code: null, title: "Vraag binnengekomen", detail: question.topic, caseId: null });
  for (const file of caseFiles) {
    for (const change of file.statusHistory) push({ on: change.changedOn, kind: "status", code: change.status, title: STATUS_LABEL[change.status] ?? change.status, detail: null, caseId: file.id });
    for (const talk of file.conversations) push({ on: talk.heldOn, kind: "conversation", code: talk.kind, title: `Gesprek (${talk.kind})`, detail: talk.participants.join(", "), caseId: file.id });
    for (const entry of file.hours) push({ on: entry.workedOn, kind: "hours", code: entry.activity, title: `${hoursText(entry.minutes)} ${entry.activity}`, detail: entry.userName, minutes: entry.minutes, caseId: file.id });
  }
  for (const plan of work.plans) {
    push({ on: plan.createdOn, kind: "plan", code: "created", title: "Plan opgesteld", detail: null, caseId: plan.caseId });
    if (plan.savedOn > plan.createdOn) push({ on: plan.savedOn, kind: "plan", code: "updated", title: "Plan bijgewerkt", detail: null, caseId: plan.caseId });
  }
  for (const resource of work.resources) push({ on: resource.on, kind: "resource", code: resource.kind, title: `Hulpbron: ${resource.description}`, detail: resource.description, caseId: resource.caseId });
  for (const costing of work.scenarios) {
    push({ on: costing.createdOn, kind: "scenarios", code: "created", title: "Drie scenario's doorgerekend", detail: null, caseId: costing.caseId });
    if (costing.savedOn > costing.createdOn) push({ on: costing.savedOn, kind: "scenarios", code: "updated", title: "Scenario's opnieuw doorgerekend", detail: null, caseId: costing.caseId });
  }
  for (const measurement of work.measurements) {
    push({ on: measurement.measuredOn, kind: "measurement", code: measurement.moment, title: MOMENT_LABEL[measurement.moment] ?? measurement.moment, detail: measurement.instrumentCode, caseId: measurement.caseId });
  }
  return items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order)).map(({ order: _order, ...item }) => item);
}
