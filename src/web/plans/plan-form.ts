import type { FamilyGroupPlan, Plan, SavePlan } from "../../domain/plans/dto";
import type { FieldRef } from "../api/form-failure";
import { formatDate, parseDutchDate } from "../format";
import { compactList, type ListItem, listItemsOf, newKey } from "../ui/list-items";

export interface EmergencyContactLine {
  readonly key: string;
  readonly name: string;
  readonly phone: string;
}

/** The family-group plan as typed: numbers and the date as text, lines with their keys. */
export interface FamilyGroupForm {
  readonly safetyConditions: ListItem[];
  readonly emergencyContacts: EmergencyContactLine[];
  readonly escapeRoutes: ListItem[];
  readonly everyWeeks: string;
  readonly forMonths: string;
  readonly startsOn: string;
}

export interface PlanForm {
  readonly goals: ListItem[];
  readonly agreements: ListItem[];
  readonly familyGroupPlan: FamilyGroupForm | null;
}

/** The labels of the plan's controls, for the error summary. */
export interface PlanLabels {
  goal: (n: number) => string;
  agreement: (n: number) => string;
  safetyCondition: (n: number) => string;
  contactName: (n: number) => string;
  contactPhone: (n: number) => string;
  escapeRoute: (n: number) => string;
  emergencyContacts: string;
  everyWeeks: string;
  forMonths: string;
  startsOn: string;
}

/** A list starts with one empty line, so the cursor can go straight in. */
const linesOf = (texts: readonly string[]) => listItemsOf(texts.length > 0 ? texts : [""]);

export const emptyContact = (): EmergencyContactLine => ({ key: newKey(), name: "", phone: "" });

/** A new family-group plan: evaluation every 4 weeks for 3 months (Eigen Kracht practice), from today. */
export const newFamilyGroupForm = (todayIso: string): FamilyGroupForm => ({
  safetyConditions: linesOf([]),
  emergencyContacts: [emptyContact()],
  escapeRoutes: linesOf([]),
  everyWeeks: "4",
  forMonths: "3",
  startsOn: formatDate(todayIso),
});

const familyFormOf = (plan: FamilyGroupPlan): FamilyGroupForm => ({
  safetyConditions: linesOf(plan.safetyConditions),
  emergencyContacts:
    plan.emergencyContacts.length > 0
      ? plan.emergencyContacts.map((contact) => ({ key: newKey(), ...contact }))
      : [emptyContact()],
  escapeRoutes: linesOf(plan.escapeRoutes),
  everyWeeks: String(plan.evaluationEveryWeeks),
  forMonths: String(plan.evaluationForMonths),
  startsOn: formatDate(plan.startsOn),
});

export const planFormOf = (plan: Plan): PlanForm => ({
  goals: linesOf(plan.goals),
  agreements: linesOf(plan.agreements),
  familyGroupPlan: plan.familyGroupPlan ? familyFormOf(plan.familyGroupPlan) : null,
});

const WHOLE = /^\s*\d+\s*$/;

export interface PlanSubmission {
  readonly body: SavePlan;
  /** API path → the control it came from. */
  readonly fields: Record<string, FieldRef>;
  /** API paths whose text could not be read; the form shows its own message there. */
  readonly unreadable: { readonly numbers: string[]; readonly dates: string[] };
}

/**
 * What "Plan opslaan" sends: empty lines left out, numbers and the date read from the text (sent as
 * typed when unreadable, so the server reports them with everything else), and for every path the
 * control to show its message at.
 */
export const planSubmissionOf = (form: PlanForm, version: number, labels: PlanLabels): PlanSubmission => {
  const fields: Record<string, FieldRef> = {};
  const numbers: string[] = [];
  const dates: string[] = [];
  const list = (items: readonly ListItem[], path: string, id: string, label: (n: number) => string) => {
    const { texts, formIndexes } = compactList(items);
    formIndexes.forEach((formIndex, sent) => {
      fields[`${path}.${sent}`] = { id: `${id}-${formIndex}`, label: label(formIndex + 1) };
    });
    return texts;
  };
  const goals = list(form.goals, "goals", "plan-goals", labels.goal);
  const agreements = list(form.agreements, "agreements", "plan-agreements", labels.agreement);
  let familyGroupPlan: FamilyGroupPlan | null = null;
  const family = form.familyGroupPlan;
  if (family) {
    const prefix = "familyGroupPlan";
    const contacts = family.emergencyContacts
      .map((contact, formIndex) => ({ contact, formIndex }))
      .filter(({ contact }) => contact.name.trim() !== "" || contact.phone.trim() !== "");
    fields[`${prefix}.emergencyContacts`] = { id: "plan-contacts", label: labels.emergencyContacts };
    contacts.forEach(({ formIndex }, sent) => {
      fields[`${prefix}.emergencyContacts.${sent}.name`] = { id: `plan-contacts-${formIndex}-name`, label: labels.contactName(formIndex + 1) };
      fields[`${prefix}.emergencyContacts.${sent}.phone`] = { id: `plan-contacts-${formIndex}-phone`, label: labels.contactPhone(formIndex + 1) };
    });
    fields[`${prefix}.evaluationEveryWeeks`] = { id: "plan-every-weeks", label: labels.everyWeeks };
    fields[`${prefix}.evaluationForMonths`] = { id: "plan-for-months", label: labels.forMonths };
    fields[`${prefix}.startsOn`] = { id: "plan-starts-on", label: labels.startsOn };
    const whole = (text: string, path: string) => {
      if (WHOLE.test(text)) return Number(text);
      numbers.push(path);
      return text as unknown as number;
    };
    const startsOn = parseDutchDate(family.startsOn);
    if (startsOn === null) dates.push(`${prefix}.startsOn`);
    familyGroupPlan = {
      safetyConditions: list(family.safetyConditions, `${prefix}.safetyConditions`, "plan-safety", labels.safetyCondition),
      emergencyContacts: contacts.map(({ contact }) => ({ name: contact.name.trim(), phone: contact.phone.trim() })),
      escapeRoutes: list(family.escapeRoutes, `${prefix}.escapeRoutes`, "plan-escape", labels.escapeRoute),
      evaluationEveryWeeks: whole(family.everyWeeks, `${prefix}.evaluationEveryWeeks`),
      evaluationForMonths: whole(family.forMonths, `${prefix}.evaluationForMonths`),
      startsOn: startsOn ?? family.startsOn,
    };
  }
  return { body: { version, goals, agreements, familyGroupPlan }, fields, unreadable: { numbers, dates } };
};
