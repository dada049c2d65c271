import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Escalation, EscalationDetail, Evaluation, Meeting, PlatformStats } from "../../domain/platform/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("casusplatform (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let ontschotter: Client;
  let stuckCase: CaseFile;
  let escalation: Escalation;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    ontschotter = await harness.login("ontschotter");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Vastgelopen", teamId: me.teams[0]!.id })).json()) as Household;
    stuckCase = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-60) })).json()) as CaseFile;
    await worker.request("POST", `/api/v1/cases/${stuckCase.id}/hours`, { workedOn: day(-40), activity: "gesprek", hours: 1 });
  });
  afterAll(async () => harness?.close());

  it("lists cases without movement for four weeks", async () => {
    const items = ((await (await worker.request("GET", "/api/v1/platform/stuck-cases")).json()) as { items: { caseId: string; daysWithoutMovement: number }[] }).items;
    expect(items.find((i) => i.caseId === stuckCase.id)?.daysWithoutMovement).toBe(40);
  });

  it("escalates once, records a meeting with a mandated decision by the ontschotter only, and stops the clock at vlot", async () => {
    const response = await worker.request("POST", "/api/v1/platform/escalations", { caseId: stuckCase.id, reason: "Geen passende woning, regels spreken elkaar tegen", escalatedOn: day(-25) });
    expect(response.status).toBe(201);
    escalation = (await response.json()) as Escalation;
    expect(escalation).toMatchObject({ daysOpen: 25, overdue: true, unstuckOn: null });
    expect((await worker.request("POST", "/api/v1/platform/escalations", { caseId: stuckCase.id, reason: "nog eens", escalatedOn: day(0) })).status).toBe(409);
    const overdue = ((await (await ontschotter.request("GET", "/api/v1/platform/escalations?overdueOnly=true")).json()) as { items: Escalation[] }).items;
    expect(overdue.map((e) => e.id)).toContain(escalation.id);
    const ofCase = ((await (await worker.request("GET", `/api/v1/platform/escalations?caseId=${stuckCase.id}`)).json()) as { items: Escalation[] }).items;
    expect(ofCase.map((e) => e.id)).toEqual([escalation.id]);
    const ofOther = ((await (await worker.request("GET", "/api/v1/platform/escalations?caseId=00000000-0000-4000-8000-000000000000")).json()) as { items: Escalation[] }).items;
    expect(ofOther).toEqual([]);

    const meeting = {
      heldOn: day(-20),
      invited: ["Woningcorporatie", "Wmo-consulent", "Schuldhulp"],
      residentJoined: true,
      firstQuestion: "Ik wil een huis waar mijn kinderen kunnen blijven slapen",
      ideas: ["Urgentie aanvragen", "Tijdelijk huurcontract via de corporatie"],
      breakthrough: "Corporatie biedt tijdelijk contract aan",
      actions: [{ what: "Contract opstellen", owner: "Woningcorporatie", dueOn: day(-10) }],
    };
    const byWorker = await worker.request("POST", `/api/v1/platform/escalations/${escalation.id}/meetings`, { ...meeting, mandatedDecision: "Ik betaal de borg" });
    expect(((await byWorker.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("mandatedDecision");
    const recorded = await ontschotter.request("POST", `/api/v1/platform/escalations/${escalation.id}/meetings`, { ...meeting, mandatedDecision: "Borg uit handgeld" });
    expect(recorded.status).toBe(201);
    const list = ((await (await worker.request("GET", `/api/v1/platform/escalations/${escalation.id}/meetings`)).json()) as { items: Meeting[] }).items;
    expect(list[0]).toMatchObject({ residentJoined: true, mandatedDecision: "Borg uit handgeld", actions: [{ owner: "Woningcorporatie" }] });

    const early = await ontschotter.request("POST", `/api/v1/platform/escalations/${escalation.id}/evaluation`, { whatWorked: "x", lessons: "y" });
    expect(early.status).toBe(409);
    const vlot = await ontschotter.request("POST", `/api/v1/platform/escalations/${escalation.id}/unstuck`, { version: escalation.version, unstuckOn: day(-7) });
    expect(((await vlot.json()) as Escalation)).toMatchObject({ daysOpen: 18, overdue: false, unstuckOn: day(-7) });
  });

  it("keeps evaluations searchable across platforms, and reports the clock", async () => {
    const evaluation = await ontschotter.request("POST", `/api/v1/platform/escalations/${escalation.id}/evaluation`, {
      whatWorked: "Iedereen aan tafel met mandaat",
      lessons: "Vroeger escaleren",
      blockingRule: "Urgentieregeling telt kinderen in weekendregeling niet mee",
    });
    expect(evaluation.status).toBe(201);
    const found = ((await (await worker.request("GET", "/api/v1/platform/evaluations?q=urgentie")).json()) as { items: Evaluation[] }).items;
    expect(found.map((e) => e.escalationId)).toEqual([escalation.id]);
    expect(((await (await worker.request("GET", "/api/v1/platform/evaluations?q=fietsen")).json()) as { items: Evaluation[] }).items).toEqual([]);
    const stats = (await (await worker.request("GET", "/api/v1/platform/statistics")).json()) as PlatformStats;
    expect(stats).toMatchObject({ unstuck: 1, stillStuck: 0, medianDays: 18, p90Days: 18, targetDays: 21 });
    // The policy report shows the same clock without the one case that would be recognisable.
    const controller = await harness.login("controller");
    const report = (await (await controller.request("GET", `/api/v1/reports/budgets?year=${day(0).slice(0, 4)}`)).json()) as { platform: Record<string, number | null> };
    expect(report.platform).toEqual({ unstuck: null, stillStuck: 0, overdue: 0, medianDays: null, p90Days: null, targetDays: 21 });
    const csv = await (await controller.request("GET", `/api/v1/reports/budgets.csv?year=${day(0).slice(0, 4)}`)).text();
    expect(csv).not.toMatch(/;18;18/);
  });

  it("shows one escalation with its clock, meetings and evaluation, and hides it from another team", async () => {
    const detail = (await (await ontschotter.request("GET", `/api/v1/platform/escalations/${escalation.id}`)).json()) as EscalationDetail;
    expect(detail).toMatchObject({ id: escalation.id, householdName: "Huishouden Vastgelopen", daysOpen: 18, unstuckOn: day(-7) });
    expect(detail.meetings.map((m) => m.mandatedDecision)).toEqual(["Borg uit handgeld"]);
    expect(detail.evaluation?.lessons).toBe("Vroeger escaleren");
    expect((await ontschotter.request("GET", "/api/v1/platform/escalations/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
