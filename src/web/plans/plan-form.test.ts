import { describe, expect, it } from "vitest";
import type { Plan } from "../../domain/plans/dto";
import { newFamilyGroupForm, type PlanLabels, planFormOf, planSubmissionOf } from "./plan-form";

const labels: PlanLabels = {
  goal: (n) => `Doel ${n}`,
  agreement: (n) => `Afspraak ${n}`,
  safetyCondition: (n) => `Voorwaarde ${n}`,
  contactName: (n) => `Naam ${n}`,
  contactPhone: (n) => `Telefoon ${n}`,
  escapeRoute: (n) => `Route ${n}`,
  emergencyContacts: "Noodcontacten",
  everyWeeks: "Elke",
  forMonths: "Gedurende",
  startsOn: "Start",
};

const plan: Plan = {
  caseId: "c1",
  goals: [],
  agreements: ["Elke week bellen"],
  familyGroupPlan: null,
  resources: [],
  version: 0,
};

describe("planFormOf", () => {
  it("starts empty lists with one line to type in", () => {
    const form = planFormOf(plan);
    expect(form.goals.map((item) => item.text)).toEqual([""]);
    expect(form.agreements.map((item) => item.text)).toEqual(["Elke week bellen"]);
    expect(form.familyGroupPlan).toBeNull();
  });
});

describe("planSubmissionOf", () => {
  it("leaves out empty lines and maps each sent line back to its control", () => {
    const form = planFormOf({ ...plan, goals: ["", "Schulden op orde"] });
    const submission = planSubmissionOf(form, 3, labels);
    expect(submission.body).toEqual({ version: 3, goals: ["Schulden op orde"], agreements: ["Elke week bellen"], familyGroupPlan: null });
    expect(submission.fields["goals.0"]).toEqual({ id: "plan-goals-1", label: "Doel 2" });
  });

  it("reads the family-group plan's numbers and date, and reports what it could not read", () => {
    const family = newFamilyGroupForm("2026-01-05");
    const form = {
      ...planFormOf(plan),
      familyGroupPlan: {
        ...family,
        emergencyContacts: [{ key: "k", name: "Oma", phone: "0612345678" }],
        safetyConditions: [{ key: "s", text: "Geen alcohol in huis" }],
      },
    };
    const ok = planSubmissionOf(form, 1, labels);
    expect(ok.body.familyGroupPlan).toEqual({
      safetyConditions: ["Geen alcohol in huis"],
      emergencyContacts: [{ name: "Oma", phone: "0612345678" }],
      escapeRoutes: [],
      evaluationEveryWeeks: 4,
      evaluationForMonths: 3,
      startsOn: "2026-01-05",
    });
    expect(ok.unreadable).toEqual({ numbers: [], dates: [] });
    expect(ok.fields["familyGroupPlan.emergencyContacts.0.phone"]?.id).toBe("plan-contacts-0-phone");

    const bad = planSubmissionOf({ ...form, familyGroupPlan: { ...form.familyGroupPlan, everyWeeks: "vier", startsOn: "gisteren" } }, 1, labels);
    expect(bad.unreadable).toEqual({ numbers: ["familyGroupPlan.evaluationEveryWeeks"], dates: ["familyGroupPlan.startsOn"] });
  });
});
