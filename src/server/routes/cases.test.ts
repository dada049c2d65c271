import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile, CaseSummary, TimelineItem } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Question } from "../../domain/questions/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("cases: from triage to closing (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let triagist: Client;
  let ontschotter: Client;
  let me: Me;
  let household: Household;
  let caseFile: CaseFile;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    triagist = await harness.login("triagist");
    ontschotter = await harness.login("ontschotter");
    me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Bakker", teamId: me.teams[0]!.id })).json()) as Household;
  });
  afterAll(async () => harness?.close());

  it("opens the household's one case from a question triaged as 'gesprek nodig'", async () => {
    const question = (await (
      await triagist.request("POST", "/api/v1/questions", { receivedOn: day(-20), channel: "telefoon", topic: "opvoeding_en_jeugd", asked: "Zorgen om de oudste zoon." })
    ).json()) as Question;
    await triagist.request("POST", `/api/v1/questions/${question.id}/triage`, { version: question.version, outcome: "needs_conversation" });
    const response = await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, questionId: question.id, openedOn: day(-14) });
    expect(response.status, await response.clone().text()).toBe(201);
    caseFile = (await response.json()) as CaseFile;
    expect(caseFile).toMatchObject({ status: "open", caseDirectorName: "Sanne de Vries", householdName: "Huishouden Bakker" });
    const second = await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-1) });
    expect(second.status).toBe(409);
  });

  it("records participants, a conversation and hours in quarters", async () => {
    expect((await worker.request("POST", `/api/v1/cases/${caseFile.id}/participants`, { role: "wmo_consulent", name: "Karim (Wmo)" })).status).toBe(201);
    const talk = await worker.request("POST", `/api/v1/cases/${caseFile.id}/conversations`, {
      heldOn: day(-13),
      kind: "keukentafelgesprek",
      participants: ["Mevrouw Bakker", "Sanne de Vries", "Karim (Wmo)"],
      notes: "Trio-gesprek: wat gaat goed, wat is nodig.",
    });
    expect(talk.status).toBe(201);
    expect((await worker.request("POST", `/api/v1/cases/${caseFile.id}/hours`, { workedOn: day(-13), activity: "gesprek", hours: 1.5 })).status).toBe(201);
    const odd = await worker.request("POST", `/api/v1/cases/${caseFile.id}/hours`, { workedOn: day(-13), activity: "gesprek", hours: 1.1 });
    expect(((await odd.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "hours", message: "Gebruik kwartieren (bijv. 1,25 of 1,5)" });
    const early = await worker.request("POST", `/api/v1/cases/${caseFile.id}/hours`, { workedOn: day(-30), activity: "gesprek", hours: 1 });
    expect(((await early.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("workedOn");
    const file = (await (await worker.request("GET", `/api/v1/cases/${caseFile.id}`)).json()) as CaseFile;
    expect(file.totalMinutes).toBe(90);
    expect(file.participants.map((p) => p.role)).toEqual(["wmo_consulent"]);
  });

  it("walks the statuses in order with their dates, detects stale moves, and closes with an outcome", async () => {
    let file = (await (await worker.request("GET", `/api/v1/cases/${caseFile.id}`)).json()) as CaseFile;
    const skip = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "evaluatie", on: day(-10) });
    expect(skip.status).toBe(400);
    for (const [status, offset] of [["plan", -12], ["in_uitvoering", -10], ["evaluatie", -2]] as const) {
      const response = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status, on: day(offset) });
      expect(response.status, await response.clone().text()).toBe(200);
      file = (await response.json()) as CaseFile;
    }
    const stale = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version - 1, status: "afgesloten", on: day(0), closingOutcome: "andere_oplossing" });
    expect(stale.status).toBe(409);
    const noOutcome = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(0) });
    expect(((await noOutcome.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "closingOutcome", message: "Kies hoe de casus afloopt" });
    const badScore = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(0), closingOutcome: "andere_oplossing", satisfaction: 11 });
    expect(badScore.status).toBe(400);
    const closed = await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(0), closingOutcome: "andere_oplossing", satisfaction: 8 });
    expect(closed.status).toBe(200);
    file = (await closed.json()) as CaseFile;
    expect(file).toMatchObject({ status: "afgesloten", closedOn: day(0), closingOutcome: "andere_oplossing", satisfaction: 8 });
    expect(file.statusHistory.map((s) => s.status)).toEqual(["open", "plan", "in_uitvoering", "evaluatie", "afgesloten"]);
    expect((await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(0), activity: "administratie", hours: 0.25 })).status).toBe(409);
  });

  it("shows the household timeline in order, from the question to the closing", async () => {
    const items = ((await (await worker.request("GET", `/api/v1/households/${household.id}/timeline`)).json()) as { items: TimelineItem[] }).items;
    expect(items[0]).toMatchObject({ kind: "question", on: day(-20) });
    expect(items.at(-1)).toMatchObject({ kind: "status", title: "Casus afgesloten" });
    expect(items.map((i) => i.on)).toEqual([...items.map((i) => i.on)].sort());
  });

  it("lists colleagues of my teams who can direct a case, names only", async () => {
    const items = ((await (await worker.request("GET", "/api/v1/colleagues")).json()) as { items: { displayName: string; email?: string }[] }).items;
    expect(items.map((c) => c.displayName)).toEqual(["Sanne de Vries"]);
    expect(items[0]!.email).toBeUndefined();
    const across = ((await (await ontschotter.request("GET", "/api/v1/colleagues")).json()) as { items: { displayName: string }[] }).items;
    expect(across.map((c) => c.displayName).sort()).toEqual(["Olga Jansen", "Sanne de Vries", "Thijs Bakker"]);
  });

  it("keeps cases within the team: another team's social worker gets 404; a new case may follow a closed one", async () => {
    const zuid = ((await (await ontschotter.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const other = (await (await ontschotter.request("POST", "/api/v1/households", { name: "Huishouden Zuid", teamId: zuid.teams[0]!.id })).json()) as Household;
    const otherCase = (await (await ontschotter.request("POST", "/api/v1/cases", { householdId: other.id, caseDirectorId: zuid.id, openedOn: day(0) })).json()) as CaseFile;
    expect((await worker.request("GET", `/api/v1/cases/${otherCase.id}`)).status).toBe(404);
    const listed = ((await (await worker.request("GET", "/api/v1/cases?status=alle")).json()) as { items: CaseSummary[] }).items;
    expect(listed.map((c) => c.id)).toContain(caseFile.id);
    expect(listed.map((c) => c.id)).not.toContain(otherCase.id);
    const again = await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(0) });
    expect(again.status).toBe(201);
  });

  it("hands a trajectory to a contracted provider and back, checking the version and the provider", async () => {
    const providers = ((await (await worker.request("GET", "/api/v1/case-providers")).json()) as { items: { id: string; name: string }[] }).items;
    expect(providers.map((p) => p.name)).toContain("Consortium Samen Verder");
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Aanbieder", teamId: me.teams[0]!.id })).json()) as Household;
    const file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(0) })).json()) as CaseFile;
    const path = `/api/v1/cases/${file.id}/provider`;
    const unknown = await worker.request("PUT", path, { version: file.version, providerOrganisationId: me.id });
    expect(((await unknown.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "providerOrganisationId", message: "Kies een aanbieder met een contract" });
    const handed = await worker.request("PUT", path, { version: file.version, providerOrganisationId: providers[0]!.id });
    expect(handed.status).toBe(200);
    const saved = (await handed.json()) as CaseFile;
    expect(saved).toMatchObject({ providerOrganisationId: providers[0]!.id, version: file.version + 1 });
    expect((await worker.request("PUT", path, { version: file.version, providerOrganisationId: null })).status).toBe(409);
    const back = (await (await worker.request("PUT", path, { version: saved.version, providerOrganisationId: null })).json()) as CaseFile;
    expect(back.providerOrganisationId).toBeNull();
  });
});
