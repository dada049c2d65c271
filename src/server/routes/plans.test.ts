import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile, TimelineItem } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Plan, Resource } from "../../domain/plans/dto";
import type { PriceItem } from "../../domain/prices/dto";
import type { Task } from "../../domain/tasks/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("one plan per case (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let me: Me;
  let caseFile: CaseFile;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Smit", teamId: me.teams[0]!.id })).json()) as Household;
    caseFile = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-7) })).json()) as CaseFile;
  });
  afterAll(async () => harness?.close());

  it("starts empty and saves goals and agreements in the household's own words, with a version check", async () => {
    const empty = (await (await worker.request("GET", `/api/v1/cases/${caseFile.id}/plan`)).json()) as Plan;
    expect(empty).toMatchObject({ goals: [], agreements: [], resources: [], familyGroupPlan: null, version: 0 });
    const saved = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/plan`, {
      version: 0,
      goals: ["Ik wil weer overzicht over mijn geld", "De kinderen gaan elke dag naar school"],
      agreements: ["Buurvrouw haalt op dinsdag de kinderen op"],
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as Plan).version).toBe(1);
    const stale = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/plan`, { version: 0, goals: [], agreements: [] });
    expect(stale.status).toBe(409);
  });

  it("adds resources of every kind; maatwerk needs a price-list product and volume and is priced from it", async () => {
    const prices = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items;
    const ib = prices.find((p) => p.code === "WMO-IB-UUR")!;
    const missing = await worker.request("POST", `/api/v1/cases/${caseFile.id}/plan/resources`, { kind: "maatwerkvoorziening", description: "Begeleiding" });
    const paths = ((await missing.json()) as ErrorJson).error.details!.issues!.map((i) => i.path);
    expect(paths).toEqual(["priceItemId", "quantity"]);
    const maatwerk = await worker.request("POST", `/api/v1/cases/${caseFile.id}/plan/resources`, {
      kind: "maatwerkvoorziening",
      description: "Individuele begeleiding, 3 uur per week",
      priceItemId: ib.id,
      quantity: 39,
      startsOn: day(0),
      endsOn: day(90),
    });
    expect(maatwerk.status).toBe(201);
    expect(((await maatwerk.json()) as Resource).amountCents).toBe(ib.priceCents * 39);
    for (const kind of ["eigen_kracht", "netwerk", "vrijwilliger", "algemene_voorziening", "lichte_ondersteuning", "overig"]) {
      expect((await worker.request("POST", `/api/v1/cases/${caseFile.id}/plan/resources`, { kind, description: `Hulpbron ${kind}` })).status).toBe(201);
    }
    const plan = (await (await worker.request("GET", `/api/v1/cases/${caseFile.id}/plan`)).json()) as Plan;
    expect(plan.resources).toHaveLength(7);
    const removed = await worker.request("DELETE", `/api/v1/cases/${caseFile.id}/plan/resources/${plan.resources[6]!.id}`);
    expect(removed.status).toBe(204);
  });

  it("a family-group plan needs an emergency contact and schedules 4-weekly evaluation tasks for 3 months", async () => {
    const plan = (await (await worker.request("GET", `/api/v1/cases/${caseFile.id}/plan`)).json()) as Plan;
    const familyGroupPlan = { safetyConditions: ["Er wordt niet geslagen"], emergencyContacts: [], escapeRoutes: ["Naar oma in de Kerkstraat"], startsOn: day(0) };
    const noContact = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/plan`, { ...plan, familyGroupPlan });
    expect(((await noContact.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("familyGroupPlan.emergencyContacts");
    const ok = await worker.request("PUT", `/api/v1/cases/${caseFile.id}/plan`, {
      version: plan.version,
      goals: plan.goals,
      agreements: plan.agreements,
      familyGroupPlan: { ...familyGroupPlan, emergencyContacts: [{ name: "Oma", phone: "06-12345678" }] },
    });
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect(((await ok.json()) as Plan).familyGroupPlan).toMatchObject({ evaluationEveryWeeks: 4, evaluationForMonths: 3 });
    const tasks = ((await (await worker.request("GET", "/api/v1/tasks?scope=mine")).json()) as { items: Task[] }).items;
    const evaluations = tasks.filter((t) => t.subjectId === caseFile.id);
    expect(evaluations.map((t) => t.title)).toEqual([1, 2, 3].map((n) => `Evaluatie gezinsplan Huishouden Smit (${n}/3)`));
    expect(evaluations[0]!.dueOn).toBe(day(28));
  });

  it("puts the plan and its resources on the household's timeline, after the opening", async () => {
    const items = ((await (await worker.request("GET", `/api/v1/households/${caseFile.householdId}/timeline`)).json()) as { items: TimelineItem[] }).items;
    expect(items[0]).toMatchObject({ kind: "status", code: "open", on: day(-7) });
    // Drawn up and changed on the same day: one item.
    expect(items.filter((item) => item.kind === "plan")).toEqual([expect.objectContaining({ on: day(0), caseId: caseFile.id, code: "created", title: "Plan opgesteld" })]);
    const resources = items.filter((item) => item.kind === "resource");
    expect(resources.map((item) => item.code)).toEqual(expect.arrayContaining(["maatwerkvoorziening", "netwerk", "eigen_kracht"]));
    expect(items.map((item) => item.on)).toEqual([...items.map((item) => item.on)].sort());
  });

  it("shows a change of the plan on a later day as 'Plan bijgewerkt' on that day, keeping the day it was drawn up", async () => {
    const real = harness.clock.now;
    harness.clock.now = new Date(real.getTime() + 2 * 86_400_000);
    try {
      const later = await harness.login("sociaal_werker"); // the earlier session has expired by then
      const read = await later.request("GET", `/api/v1/cases/${caseFile.id}/plan`);
      expect(read.status, await read.clone().text()).toBe(200);
      const current = (await read.json()) as Plan;
      const saved = await later.request("PUT", `/api/v1/cases/${caseFile.id}/plan`, { version: current.version, goals: [...current.goals, "Weer naar de sportclub"], agreements: current.agreements, familyGroupPlan: current.familyGroupPlan });
      expect(saved.status, await saved.clone().text()).toBe(200);
      const items = ((await (await later.request("GET", `/api/v1/households/${caseFile.householdId}/timeline`)).json()) as { items: TimelineItem[] }).items;
      expect(items.filter((item) => item.kind === "plan").map((item) => [item.on, item.code, item.title])).toEqual([
        [day(0), "created", "Plan opgesteld"],
        [day(2), "updated", "Plan bijgewerkt"],
      ]);
    } finally {
      harness.clock.now = real;
    }
  });
});
