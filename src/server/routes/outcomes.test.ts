import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { CaseFile, TimelineItem } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import { followUpDate } from "../../domain/outcomes/check-scores";
import type { Instrument, Measurement } from "../../domain/outcomes/dto";
import type { Task } from "../../domain/tasks/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };

describe.each(testTargets())("outcome measurement (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let advisor: Client;
  let caseFile: CaseFile;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    advisor = await harness.login("beleidsadviseur");
    const me = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Meijer", teamId: me.teams[0]!.id })).json()) as Household;
    caseFile = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: day(-200) })).json()) as CaseFile;
  });
  afterAll(async () => harness?.close());

  const measure = (body: Record<string, unknown>) => worker.request("POST", `/api/v1/cases/${caseFile.id}/measurements`, body);

  it("scores only relevant domains, each with a reason, and schedules the 6-month follow-up", async () => {
    const noReason = await measure({ instrumentCode: "zrm", moment: "start", measuredOn: day(-190), scores: [{ domain: "financien", level: 2, reason: "" }] });
    expect(((await noReason.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "scores.0.reason", message: "Geef aan waarom dit domein relevant is" });
    const nothing = await measure({ instrumentCode: "zrm", moment: "start", measuredOn: day(-190), scores: [] });
    expect(((await nothing.json()) as ErrorJson).error.details!.issues![0]!.message).toBe("Scoor minstens één domein dat bij de vraag hoort");

    const start = await measure({
      instrumentCode: "zrm",
      moment: "start",
      measuredOn: day(-190),
      scores: [
        { domain: "financien", level: 2, reason: "Betalingsachterstanden" },
        { domain: "sociaal_netwerk", level: 3, reason: "Weinig contact buiten het gezin" },
      ],
    });
    expect(start.status).toBe(201);
    const tasks = ((await (await worker.request("GET", "/api/v1/tasks?scope=mine")).json()) as { items: Task[] }).items;
    const followUp = tasks.find((t) => t.subjectId === caseFile.id)!;
    expect(followUp).toMatchObject({ title: "Vervolgmeting na 6 maanden: Huishouden Meijer", dueOn: followUpDate(day(-190)), overdue: true });

    expect((await measure({ instrumentCode: "zrm", moment: "na_6_maanden", measuredOn: day(-5), scores: [{ domain: "financien", level: 4, reason: "Budgetbeheer loopt" }] })).status).toBe(201);
    const all = ((await (await worker.request("GET", `/api/v1/cases/${caseFile.id}/measurements`)).json()) as { items: Measurement[] }).items;
    expect(all.map((m) => m.moment)).toEqual(["start", "na_6_maanden"]);
    const timeline = ((await (await worker.request("GET", `/api/v1/households/${caseFile.householdId}/timeline`)).json()) as { items: TimelineItem[] }).items;
    expect(timeline.filter((item) => item.kind === "measurement")).toEqual([
      expect.objectContaining({ on: day(-190), code: "start", detail: "zrm" }),
      expect.objectContaining({ on: day(-5), code: "na_6_maanden" }),
    ]);
  });

  it("lets the policy advisor add an instrument that can then be used", async () => {
    const created = await advisor.request("POST", "/api/v1/instruments", {
      code: "tevredenheid-kort",
      name: "Korte tevredenheidsmeting",
      domains: [{ code: "contact", label: "Contact met de hulpverlener" }],
      levels: [
        { value: 1, label: "Ontevreden" },
        { value: 2, label: "Neutraal" },
        { value: 3, label: "Tevreden" },
      ],
    });
    expect(created.status).toBe(201);
    expect((await worker.request("POST", "/api/v1/instruments", { code: "x", name: "x", domains: [], levels: [] })).status).toBe(403);
    const instruments = ((await (await worker.request("GET", "/api/v1/instruments")).json()) as { items: Instrument[] }).items;
    expect(instruments.map((i) => i.code)).toEqual(["zrm", "tevredenheid-kort"]);
    const wrongLevel = await measure({ instrumentCode: "tevredenheid-kort", moment: "tussentijds", measuredOn: day(0), scores: [{ domain: "contact", level: 5, reason: "x" }] });
    expect(((await wrongLevel.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "scores.0.level", message: "Kies een niveau van 1 tot en met 3" });
  });
});
