import { describe, expect, it, vi } from "vitest";
import { addConversation, addHours, changeCaseStatus, getCase, listCases, openCase } from "./cases";
import { createApiClient } from "./client";
import { addMember, addNetworkMember, createHousehold, getTimeline, searchHouseholds } from "./households";
import { listInstruments, listMeasurements } from "./outcomes";
import { addResource, removeResource, savePlan } from "./plans";
import { saveScenarios } from "./scenarios";

const recordingApi = (body: unknown) => {
  const calls: { url: string; method?: string; body?: unknown }[] = [];
  const fetchFn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), method: init?.method, body: init?.body });
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  return { calls, api: createApiClient({ fetchFn: fetchFn as unknown as typeof fetch }) };
};

const requests = (calls: { url: string; method?: string }[]) => calls.map((call) => `${call.method} ${call.url}`);

describe("households API", () => {
  it("searches, reads the timeline and adds members and network", async () => {
    const { calls, api } = recordingApi({ items: [{ id: "h1" }] });
    await expect(searchHouseholds(api, { q: "de Boer" })).resolves.toEqual([{ id: "h1" }]);
    await getTimeline(api, "h1");
    await createHousehold(api, { name: "Familie De Boer", teamId: "t1" });
    await addMember(api, "h1", { givenName: "Anna", familyName: "de Boer", relation: "hoofd" });
    await addNetworkMember(api, "h1", { name: "Oma", kind: "familie" });
    expect(requests(calls)).toEqual([
      "GET /api/v1/households?q=de+Boer",
      "GET /api/v1/households/h1/timeline",
      "POST /api/v1/households",
      "POST /api/v1/households/h1/members",
      "POST /api/v1/households/h1/network",
    ]);
  });
});

describe("cases API", () => {
  it("lists by status, all active cases or one household's", async () => {
    const { calls, api } = recordingApi({ items: [] });
    await listCases(api, { status: "actief" });
    await listCases(api, { status: "alle", householdId: "h1" });
    expect(calls.map((call) => call.url)).toEqual(["/api/v1/cases?status=actief&limit=500", "/api/v1/cases?status=alle&householdId=h1"]);
  });

  it("opens a case and records its steps, conversations and hours", async () => {
    const { calls, api } = recordingApi({ id: "c1" });
    await openCase(api, { householdId: "h1", caseDirectorId: "u1", openedOn: "2026-01-05", questionId: "q1" });
    await getCase(api, "c/1");
    await changeCaseStatus(api, "c1", { version: 2, status: "afgesloten", on: "2026-02-01", closingOutcome: "lichte_vorm" });
    await addConversation(api, "c1", { heldOn: "2026-01-06", kind: "huisbezoek", participants: ["Sanne"] });
    await addHours(api, "c1", { workedOn: "2026-01-06", activity: "gesprek", hours: 1.5 });
    expect(requests(calls)).toEqual([
      "POST /api/v1/cases",
      "GET /api/v1/cases/c%2F1",
      "POST /api/v1/cases/c1/status",
      "POST /api/v1/cases/c1/conversations",
      "POST /api/v1/cases/c1/hours",
    ]);
    expect(JSON.parse(String(calls[4]?.body))).toEqual({ workedOn: "2026-01-06", activity: "gesprek", hours: 1.5 });
  });
});

describe("plan, scenarios and measurements API", () => {
  it("saves with PUT and removes a resource with DELETE", async () => {
    const { calls, api } = recordingApi({ items: [] });
    await savePlan(api, "c1", { version: 0, goals: ["Werk"], agreements: [] });
    await addResource(api, "c1", { kind: "netwerk", description: "Oma helpt" });
    await removeResource(api, "c1", "r1");
    await saveScenarios(api, "c1", {
      version: 0,
      lines: { niets_doen: [], regulier: [], alternatief: [] },
      justification: { rechtmatigheid: "", rendement: "", betrokkenheid: "" },
    });
    await listInstruments(api);
    await listMeasurements(api, "c1");
    expect(requests(calls)).toEqual([
      "PUT /api/v1/cases/c1/plan",
      "POST /api/v1/cases/c1/plan/resources",
      "DELETE /api/v1/cases/c1/plan/resources/r1",
      "PUT /api/v1/cases/c1/scenarios",
      "GET /api/v1/instruments",
      "GET /api/v1/cases/c1/measurements",
    ]);
  });
});
