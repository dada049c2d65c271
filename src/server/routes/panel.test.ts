import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me, User } from "../../domain/accounts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Packet, ReviewItem, Round } from "../../domain/panel/dto";
import type { PriceItem } from "../../domain/prices/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("independent review panel (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let advisor: Client;
  let admin: Client;
  let reviewers: { client: Client; id: string }[];
  let involvedReviewer: string;
  let closed: CaseFile[];
  let round: Round;
  let ib: PriceItem;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    advisor = await harness.login("beleidsadviseur");
    admin = await harness.login("beheerder");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    ib = ((await (await worker.request("GET", "/api/v1/prices")).json()) as { items: PriceItem[] }).items.find((p) => p.code === "WMO-IB-UUR")!;
    const users: User[] = [];
    for (const name of ["panel.twee", "panel.drie", "panel.betrokken"]) {
      const response = await admin.request("POST", "/api/v1/users", { username: name, displayName: name, email: `${name}@voorbeeld.example`, password: "een-lang-wachtwoord", roles: ["panellid"] });
      users.push((await response.json()) as User);
    }
    involvedReviewer = users[2]!.id;
    const first = await harness.login("panellid");
    const firstMe = ((await (await first.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    reviewers = [
      { client: first, id: firstMe.id },
      { client: await harness.login("panel.twee", "een-lang-wachtwoord"), id: users[0]!.id },
      { client: await harness.login("panel.drie", "een-lang-wachtwoord"), id: users[1]!.id },
    ];
    closed = [];
    for (const name of ["Huishouden Een", "Huishouden Twee", "Huishouden Drie"]) {
      const household = (await (await worker.request("POST", "/api/v1/households", { name, teamId: me.teams[0]!.id })).json()) as Household;
      let file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-90) })).json()) as CaseFile;
      await worker.request("POST", `/api/v1/cases/${file.id}/participants`, { role: "anders", name: "Betrokken panellid", userId: involvedReviewer });
      await worker.request("POST", `/api/v1/cases/${file.id}/hours`, { workedOn: day(-80), activity: "gesprek", hours: 2 });
      file = (await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-10), closingOutcome: "andere_oplossing" })).json()) as CaseFile;
      closed.push(file);
    }
  });
  afterAll(async () => harness?.close());

  it("draws a seeded sample of closed cases with pseudonymised packets", async () => {
    const response = await advisor.request("POST", "/api/v1/panel/rounds", { name: "Ronde 1", sampleSize: 2, seed: 42, closedFrom: day(-30), closedTo: day(0), stratifyByTeam: true });
    expect(response.status, await response.clone().text()).toBe(201);
    round = (await response.json()) as Round;
    expect(round).toMatchObject({ items: 2, released: 0, complete: 0, fleissKappa: null });
    const empty = await advisor.request("POST", "/api/v1/panel/rounds", { name: "Leeg", sampleSize: 2, seed: 1, closedFrom: "2020-01-01", closedTo: "2020-12-31" });
    expect(((await empty.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("closedFrom");
  });

  it("lets the case director check and release the packets; nothing in them names anyone", async () => {
    const pending = ((await (await worker.request("GET", "/api/v1/panel/to-release")).json()) as { items: { roundId: string; caseId: string; packet: Packet; version: number }[] }).items;
    expect(pending).toHaveLength(2);
    const tasks = ((await (await worker.request("GET", "/api/v1/tasks")).json()) as { items: { title: string; subjectId: string | null }[] }).items;
    const reminders = tasks.filter((task) => task.title.startsWith("Dossier controleren en vrijgeven voor het beoordelingspanel"));
    expect(reminders.map((task) => task.subjectId).sort()).toEqual(pending.map((p) => p.caseId).sort());
    const text = JSON.stringify(pending.map((p) => p.packet));
    for (const secret of ["Huishouden", "Sanne", "Betrokken panellid", day(-90)]) expect(text).not.toContain(secret);
    expect(pending[0]!.packet).toMatchObject({ durationDays: 80, totalHours: 2, closingOutcome: "andere_oplossing" });
    for (const item of pending) {
      const released = await worker.request("POST", `/api/v1/panel/rounds/${item.roundId}/items/${item.caseId}/release`, { version: item.version, summary: "Moeder met twee kinderen; schulden; netwerk hielp met vervoer." });
      expect(released.status).toBe(204);
    }
  });

  it("assigns three uninvolved panel members only", async () => {
    const items = await itemsOfRound();
    const candidates = ((await (await advisor.request("GET", `/api/v1/panel/rounds/${round.id}/items/${items[0]}/candidates`)).json()) as { items: { id: string; involved: boolean; assigned: boolean }[] }).items;
    expect(candidates.filter((c) => c.involved).map((c) => c.id)).toEqual([involvedReviewer]);
    expect(candidates.map((c) => c.id).sort()).toEqual([...reviewers.map((r) => r.id), involvedReviewer].sort());
    expect((await reviewers[0]!.client.request("GET", `/api/v1/panel/rounds/${round.id}/items/${items[0]}/candidates`)).status).toBe(403);
    const workerId = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user.id;
    const involved = await advisor.request("POST", `/api/v1/panel/rounds/${round.id}/items/${items[0]}/reviewers`, { reviewerIds: [reviewers[0]!.id, reviewers[1]!.id, involvedReviewer] });
    expect(((await involved.json()) as ErrorJson).error.details!.issues).toEqual([{ path: "reviewerIds.2", message: "Deze beoordelaar was betrokken bij de casus" }]);
    const notPanel = await advisor.request("POST", `/api/v1/panel/rounds/${round.id}/items/${items[0]}/reviewers`, { reviewerIds: [reviewers[0]!.id, reviewers[1]!.id, workerId] });
    expect(((await notPanel.json()) as ErrorJson).error.details!.issues!.map((i) => i.message)).toEqual(["Deze beoordelaar was betrokken bij de casus", "Dit is geen actief panellid"]);
    for (const item of items) {
      expect((await advisor.request("POST", `/api/v1/panel/rounds/${round.id}/items/${item}/reviewers`, { reviewerIds: reviewers.map((r) => r.id) })).status).toBe(204);
    }
  });

  it("keeps verdicts blind until all three are in, then records consensus and agreement", async () => {
    const [firstCase, secondCase] = await itemsOfRound();
    const verdict = (client: Client, caseId: string, body: Record<string, unknown>) => client.request("PUT", `/api/v1/panel/rounds/${round.id}/items/${caseId}/verdict`, body);
    const provisions = ((await (await reviewers[0]!.client.request("GET", "/api/v1/panel/provisions")).json()) as { items: { id: string }[] }).items;
    expect(provisions.map((p) => p.id)).toContain(ib.id);
    const effect = { verdict: "prevented", priceItemId: ib.id, unitsPerMonth: 12, months: 6, confidence: 4 };
    const missing = await verdict(reviewers[0]!.client, firstCase!, { verdict: "reduced", confidence: 3 });
    expect(((await missing.json()) as ErrorJson).error.details!.issues!.map((i) => i.path)).toEqual(["priceItemId", "unitsPerMonth", "months"]);

    const afterFirst = (await (await verdict(reviewers[0]!.client, firstCase!, effect)).json()) as ReviewItem;
    expect(afterFirst.myVerdict).toMatchObject({ verdict: "prevented", submitted: true });
    expect(afterFirst.allVerdicts).toBeNull();
    expect((await verdict(reviewers[0]!.client, firstCase!, effect)).status).toBe(409);
    const second = (await (await verdict(reviewers[1]!.client, firstCase!, { ...effect, verdict: "reduced" })).json()) as ReviewItem;
    expect(second.allVerdicts).toBeNull();
    const early = await reviewers[1]!.client.request("POST", `/api/v1/panel/rounds/${round.id}/items/${firstCase}/consensus`, { version: second.version, ...effect });
    expect(early.status).toBe(409);
    const third = (await (await verdict(reviewers[2]!.client, firstCase!, effect)).json()) as ReviewItem;
    expect(third.allVerdicts!.map((v) => v.verdict).sort()).toEqual(["prevented", "prevented", "reduced"]);

    const consensus = await reviewers[2]!.client.request("POST", `/api/v1/panel/rounds/${round.id}/items/${firstCase}/consensus`, { version: third.version, ...effect });
    expect(((await consensus.json()) as ReviewItem).consensus).toMatchObject({ verdict: "prevented", unitsPerMonth: 12 });

    for (const [i, r] of reviewers.entries()) await verdict(r.client, secondCase!, i === 0 ? { verdict: "none", confidence: 2 } : { verdict: "none", confidence: 5 });
    const rounds = ((await (await advisor.request("GET", "/api/v1/panel/rounds")).json()) as { items: Round[] }).items;
    const summary = rounds.find((r) => r.id === round.id)!;
    expect(summary).toMatchObject({ items: 2, released: 2, complete: 2, withConsensus: 1 });
    expect((await itemsOfRound()).length).toBe(2);
    // Two cases, 3 raters: [2,1,0,0] and [0,0,0,3] → P̄ = (1/3 + 1)/2 = 2/3, P̄e = (2²+1²+3²)/36 = 14/36, κ = (2/3 − 14/36)/(1 − 14/36) = 10/22.
    expect(summary.fleissKappa).toBeCloseTo(10 / 22, 12);
  });

  it("hides a case from a reviewer who is not on its panel", async () => {
    const [firstCase] = await itemsOfRound();
    const outsider = await harness.login("panel.betrokken", "een-lang-wachtwoord");
    expect((await outsider.request("GET", `/api/v1/panel/rounds/${round.id}/items/${firstCase}`)).status).toBe(404);
    expect(((await (await outsider.request("GET", "/api/v1/panel/my-items")).json()) as { items: unknown[] }).items).toEqual([]);
  });

  async function itemsOfRound(): Promise<string[]> {
    const items = ((await (await advisor.request("GET", `/api/v1/panel/rounds/${round.id}/items`)).json()) as { items: { caseId: string }[] }).items;
    return items.map((i) => i.caseId).sort();
  }
});
