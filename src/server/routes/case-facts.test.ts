import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFacts, CaseLabel, CostLine } from "../../domain/case-facts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("case factors, approach and cost lines (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let file: CaseFile;
  let labels: CaseLabel[];
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Feiten", teamId: me.teams[0]!.id })).json()) as Household;
    file = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-30) })).json()) as CaseFile;
    labels = ((await (await worker.request("GET", "/api/v1/case-labels")).json()) as { items: CaseLabel[] }).items;
  });
  afterAll(async () => harness?.close());

  const facts = async () => (await (await worker.request("GET", `/api/v1/cases/${file.id}/facts`)).json()) as CaseFacts;
  const byLabel = (label: string) => labels.find((l) => l.label === label)!;

  it("starts the tenant with the default list, and refuses a duplicate in another case", async () => {
    expect(labels.filter((l) => l.kind === "approach").map((l) => l.label)).toEqual(["Casusplatform", "Eigen Kracht-conferentie", "Resultaatvolgend budget", "Wijkteam"]);
    expect(byLabel("Wachtlijst").kind).toBe("failure_factor");
    const again = await worker.request("POST", "/api/v1/case-labels", { kind: "failure_factor", label: "wachtlijst" });
    expect(again.status).toBe(409);
    const added = await worker.request("POST", "/api/v1/case-labels", { kind: "success_factor", label: "Buurtcoach betrokken" });
    expect(added.status).toBe(201);
    const empty = await worker.request("POST", "/api/v1/case-labels", { kind: "success_factor", label: " " });
    expect(((await empty.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("label");
  });

  it("tags factors idempotently, keeps one approach, and refuses an approach as a factor", async () => {
    await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${byLabel("Netwerk ingezet").id}`);
    await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${byLabel("Netwerk ingezet").id}`);
    await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${byLabel("Wachtlijst").id}`);
    expect((await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${byLabel("Casusplatform").id}`)).status).toBe(400);
    await worker.request("PUT", `/api/v1/cases/${file.id}/approach`, { approachId: byLabel("Wijkteam").id });
    const set = (await (await worker.request("PUT", `/api/v1/cases/${file.id}/approach`, { approachId: byLabel("Casusplatform").id })).json()) as CaseFacts;
    expect(set.approachId).toBe(byLabel("Casusplatform").id);
    expect([...set.labelIds].sort()).toEqual([byLabel("Netwerk ingezet").id, byLabel("Wachtlijst").id].sort());
    const removed = (await (await worker.request("DELETE", `/api/v1/cases/${file.id}/labels/${byLabel("Wachtlijst").id}`)).json()) as CaseFacts;
    expect(removed.labelIds).toEqual([byLabel("Netwerk ingezet").id]);
    const cleared = (await (await worker.request("PUT", `/api/v1/cases/${file.id}/approach`, { approachId: null })).json()) as CaseFacts;
    expect(cleared.approachId).toBeNull();
  });

  it("records cost lines in cents with date rules, totals them and deletes one", async () => {
    const bad = await worker.request("POST", `/api/v1/cases/${file.id}/cost-lines`, { kind: "activiteit", description: "Uitje", amountCents: 0, spentOn: day(5) });
    const paths = ((await bad.json()) as ErrorJson).error.details!.issues!.map((i) => i.path);
    expect(paths).toContain("amountCents");
    const future = await worker.request("POST", `/api/v1/cases/${file.id}/cost-lines`, { kind: "activiteit", description: "Uitje", amountCents: 100, spentOn: day(5) });
    expect(((await future.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("spentOn");
    const line = (await (await worker.request("POST", `/api/v1/cases/${file.id}/cost-lines`, { kind: "vrijwilligerskosten", description: "Reiskosten maatje", amountCents: 4250, spentOn: day(-3) })).json()) as CostLine;
    await worker.request("POST", `/api/v1/cases/${file.id}/cost-lines`, { kind: "activiteit", description: "Kookavond", amountCents: 1500, spentOn: day(-2) });
    expect(line).toMatchObject({ kind: "vrijwilligerskosten", amountCents: 4250, recordedByName: "Sanne de Vries" });
    expect((await facts()).costTotalCents).toBe(5750);
    expect((await worker.request("DELETE", `/api/v1/cases/${file.id}/cost-lines/${line.id}`)).status).toBe(204);
    expect((await worker.request("DELETE", `/api/v1/cases/${file.id}/cost-lines/${line.id}`)).status).toBe(404);
    expect((await facts()).costTotalCents).toBe(1500);
  });

  it("answers not found for a case outside the user's teams", async () => {
    const other = await harness.login("ontschotter");
    const otherMe = ((await (await other.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await other.request("POST", "/api/v1/households", { name: "Huishouden Zuid", teamId: otherMe.teams[0]!.id })).json()) as Household;
    const zuid = (await (await other.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: otherMe.id, openedOn: day(-3) })).json()) as CaseFile;
    expect((await worker.request("GET", `/api/v1/cases/${zuid.id}/facts`)).status).toBe(404);
    expect((await worker.request("POST", `/api/v1/cases/${zuid.id}/cost-lines`, { kind: "overig", description: "x", amountCents: 1, spentOn: day(-1) })).status).toBe(404);
  });
});
