import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { AuditEntry } from "../../domain/audit/dto";
import type { BusinessCaseResult, FilterChoices } from "../../domain/businesscase/dto";
import type { CaseFacts, CaseLabel, ManagedLabel } from "../../domain/case-facts/dto";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { day } from "../testing/dates";
import { type Client, type Harness, createHarness } from "../testing/harness";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

const ADMIN = "/api/v1/case-label-admin/labels";

describe.each(testTargets())("managing the list of factors and approaches (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let adviser: Client;
  let controller: Client;
  let closed: CaseFile[];
  let open: CaseFile;

  beforeAll(async () => {
    harness = await createHarness(target);
    [worker, adviser, controller] = [await harness.login("sociaal_werker"), await harness.login("beleidsadviseur"), await harness.login("controller")];
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const newCase = async (name: string) => {
      const household = (await (await worker.request("POST", "/api/v1/households", { name, teamId: me.teams[0]!.id })).json()) as Household;
      return (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-100) })).json()) as CaseFile;
    };
    const labels = ((await (await worker.request("GET", "/api/v1/case-labels")).json()) as { items: CaseLabel[] }).items;
    const byLabel = (text: string) => labels.find((l) => l.label === text)!;
    // Five closed cases with "Wachtlijst" and the approach "Casusplatform": enough for an unsuppressed count.
    closed = [];
    for (let i = 0; i < 5; i++) {
      const file = await newCase(`Huishouden Lijst ${i}`);
      await worker.request("PUT", `/api/v1/cases/${file.id}/labels/${byLabel("Wachtlijst").id}`);
      await worker.request("PUT", `/api/v1/cases/${file.id}/approach`, { approachId: byLabel("Casusplatform").id });
      closed.push((await (await worker.request("POST", `/api/v1/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: day(-5), closingOutcome: "andere_oplossing" })).json()) as CaseFile);
    }
    open = await newCase("Huishouden Lijst open");
  });
  afterAll(async () => harness?.close());

  const managed = async () => ((await (await adviser.request("GET", ADMIN)).json()) as { items: ManagedLabel[] }).items;
  const find = async (text: string) => (await managed()).find((l) => l.label === text)!;
  const patch = (label: ManagedLabel, change: { label?: string; active?: boolean }, expected = { label: label.label, active: label.active }) =>
    adviser.request("PATCH", `${ADMIN}/${label.id}`, { expected, ...change });
  const businessCase = async () =>
    (await (await controller.request("GET", `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&hourlyRateCents=7000&priceYear=2026&draws=100&seed=1`)).json()) as BusinessCaseResult;

  it("lists every label with the number of cases carrying it, 1–4 suppressed, for the policy advisor only", async () => {
    const labels = await managed();
    expect(labels.find((l) => l.label === "Wachtlijst")).toMatchObject({ kind: "failure_factor", active: true, cases: 5 });
    expect(labels.find((l) => l.label === "Snelle toegang")!.cases).toBe(0);
    await worker.request("PUT", `/api/v1/cases/${open.id}/labels/${(await find("Snelle toegang")).id}`);
    expect((await find("Snelle toegang")).cases).toBeNull();
    expect((await worker.request("GET", ADMIN)).status).toBe(403);
    expect((await worker.request("PATCH", `${ADMIN}/${labels[0]!.id}`, { expected: { label: labels[0]!.label, active: true }, active: false })).status).toBe(403);
  });

  it("renames a label; cases and the business case show the new name because they link by id", async () => {
    const added = (await (await adviser.request("POST", ADMIN, { kind: "success_factor", label: "Buurtcoach betrokkken" })).json()) as CaseLabel;
    await worker.request("PUT", `/api/v1/cases/${closed[0]!.id}/labels/${added.id}`);
    const renamed = await patch({ ...added, cases: null }, { label: "  Buurtcoach betrokken " });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect(await renamed.json()).toEqual({ ...added, label: "Buurtcoach betrokken" });
    const workerList = ((await (await worker.request("GET", "/api/v1/case-labels")).json()) as { items: CaseLabel[] }).items;
    expect(workerList.find((l) => l.id === added.id)!.label).toBe("Buurtcoach betrokken");
    expect((await businessCase()).factors.find((f) => f.id === added.id)).toMatchObject({ label: "Buurtcoach betrokken", active: true });
    // Only the case differs: "Wachtlijst" → "wachtlijst" is the same label, so it is allowed.
    const wachtlijst = await find("Wachtlijst");
    expect((await patch(wachtlijst, { label: "wachtlijst" })).status).toBe(200);
    expect((await patch({ ...wachtlijst, label: "wachtlijst" }, { label: "Wachtlijst" })).status).toBe(200);
  });

  it("refuses a name already in the list for that kind, or an empty one, with a Dutch message at the field", async () => {
    const label = await find("Buurtcoach betrokken");
    const taken = await patch(label, { label: "eén REGISSEUR" });
    expect(taken.status).toBe(409);
    const body = (await taken.json()) as ErrorJson;
    expect(body.error.code).toBe("conflict");
    expect(body.error.details!.issues).toEqual([{ path: "label", message: "Deze omschrijving staat al in de lijst" }]);
    const empty = await patch(label, { label: "  " });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorJson).error.details!.issues![0]).toMatchObject({ path: "label", message: "Geef een omschrijving van minstens 2 tekens" });
    // Another kind may use the same word.
    expect((await patch(label, { label: "Wijkteam" })).status).toBe(200);
    expect((await patch({ ...label, label: "Wijkteam" }, { label: "Buurtcoach betrokken" })).status).toBe(200);
    expect((await find("Buurtcoach betrokken")).id).toBe(label.id);
  });

  it("answers 409 version_conflict when the label changed since it was read, and changes nothing", async () => {
    const read = await find("Geen passend aanbod");
    expect((await patch(read, { label: "Geen passend aanbod in de regio" })).status).toBe(200);
    const stale = await patch(read, { active: false });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson).error.code).toBe("version_conflict");
    expect(await find("Geen passend aanbod in de regio")).toMatchObject({ id: read.id, active: true });
    const staleFlag = await patch({ ...read, label: "Geen passend aanbod in de regio" }, { label: "Geen aanbod" }, { label: "Geen passend aanbod in de regio", active: false });
    expect(staleFlag.status).toBe(409);
    expect((await adviser.request("PATCH", `${ADMIN}/00000000-0000-4000-8000-000000000000`, { expected: { label: "x", active: true }, active: false })).status).toBe(404);
  });

  it("retires a label: not settable on another case, kept on its cases, counted and filterable in the business case", async () => {
    const wachtlijst = await find("Wachtlijst");
    const casusplatform = await find("Casusplatform");
    expect((await patch(wachtlijst, { active: false })).status).toBe(200);
    expect((await patch(casusplatform, { active: false })).status).toBe(200);

    const refused = await worker.request("PUT", `/api/v1/cases/${open.id}/labels/${wachtlijst.id}`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("labelId");
    expect((await worker.request("PUT", `/api/v1/cases/${open.id}/approach`, { approachId: casusplatform.id })).status).toBe(400);
    // Setting it again where it already is changes nothing and is not refused; removing it still works.
    const facts = (await (await worker.request("GET", `/api/v1/cases/${closed[1]!.id}/facts`)).json()) as CaseFacts;
    expect(facts.labelIds).toContain(wachtlijst.id);
    expect(facts.approachId).toBe(casusplatform.id);
    expect((await worker.request("PUT", `/api/v1/cases/${closed[1]!.id}/labels/${wachtlijst.id}`)).status).toBe(200);
    expect((await worker.request("PUT", `/api/v1/cases/${closed[1]!.id}/approach`, { approachId: casusplatform.id })).status).toBe(200);

    const result = await businessCase();
    expect(result.factors.find((f) => f.id === wachtlijst.id)).toMatchObject({ active: false, cases: 5 });
    const choices = (await (await controller.request("GET", "/api/v1/businesscase/filters")).json()) as FilterChoices;
    expect(choices.approaches.find((a) => a.id === casusplatform.id)).toEqual({ id: casusplatform.id, label: "Casusplatform", active: false });
    const filtered = (await (await controller.request("GET", `/api/v1/businesscase?closedFrom=${day(-30)}&closedTo=${day(0)}&approachId=${casusplatform.id}&hourlyRateCents=7000&priceYear=2026&draws=100&seed=1`)).json()) as BusinessCaseResult;
    expect(filtered.cases).toBe(5);

    // A social worker adding the retired word again is told where it is.
    const again = await worker.request("POST", "/api/v1/case-labels", { kind: "failure_factor", label: "WACHTLIJST" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorJson).error.details!.issues![0]!.message).toContain("is uitgezet");

    expect((await patch({ ...wachtlijst, active: false }, { active: true })).status).toBe(200);
    expect((await worker.request("PUT", `/api/v1/cases/${open.id}/labels/${wachtlijst.id}`)).status).toBe(200);
  });

  it("audits every change to the list with who made it", async () => {
    const admin = await harness.login("beheerder");
    const entries = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: AuditEntry[] }).items.filter((e) => e.subjectType === "case_label");
    const wachtlijst = await find("Wachtlijst");
    const ofWachtlijst = entries.filter((e) => e.subjectId === wachtlijst.id);
    expect(ofWachtlijst.map((e) => e.action)).toEqual(["update", "update", "update", "update"]);
    expect(new Set(ofWachtlijst.map((e) => e.actorName)).size).toBe(1);
    expect(entries.filter((e) => e.action === "create")).toHaveLength(1);
  });
});
