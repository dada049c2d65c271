import type { CaseFile, TimelineItem } from "./dto";

const STATUS_LABEL: Record<string, string> = {
  open: "Casus geopend",
  plan: "Plan in de maak",
  in_uitvoering: "Plan in uitvoering",
  evaluatie: "Evaluatie",
  afgesloten: "Casus afgesloten",
};

const hoursText = (minutes: number) => `${(minutes / 60).toLocaleString("nl-NL", { maximumFractionDigits: 2 })} uur`;

/**
 * Everything that happened to a household, in date order (oldest first); on the same day the order of
 * recording is kept. Texts are Dutch because the timeline is shown as it is.
 */
export function householdTimeline(caseFiles: readonly CaseFile[], questions: readonly { receivedOn: string; topic: string; id: string }[]): TimelineItem[] {
  const items: (TimelineItem & { order: number })[] = [];
  let order = 0;
  for (const question of questions) items.push({ on: question.receivedOn, kind: "question", title: "Vraag binnengekomen", detail: question.topic, caseId: null, order: order++ });
  for (const file of caseFiles) {
    for (const change of file.statusHistory) items.push({ on: change.changedOn, kind: "status", title: STATUS_LABEL[change.status] ?? change.status, detail: null, caseId: file.id, order: order++ });
    for (const talk of file.conversations) items.push({ on: talk.heldOn, kind: "conversation", title: `Gesprek (${talk.kind})`, detail: talk.participants.join(", "), caseId: file.id, order: order++ });
    for (const entry of file.hours) items.push({ on: entry.workedOn, kind: "hours", title: `${hoursText(entry.minutes)} ${entry.activity}`, detail: entry.userName, caseId: file.id, order: order++ });
  }
  return items.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.order - b.order)).map(({ order: _order, ...item }) => item);
}
