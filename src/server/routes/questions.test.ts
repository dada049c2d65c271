import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { AuditEntry } from "../../domain/audit/dto";
import type { Question } from "../../domain/questions/dto";
import { runRetention } from "../jobs/retention";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; details?: { issues?: { path: string; message: string }[] } } };
const today = () => day(0);
const question = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: today(),
  channel: "telefoon",
  topic: "geldzaken",
  asked: "Mevrouw heeft betalingsachterstanden en weet niet waar ze moet beginnen.",
  residentName: "Mevrouw A. Voorbeeld",
  residentContact: "06-12345678",
  ...overrides,
});

describe.each(testTargets())("questions and triage (%s)", (target) => {
  let harness: Harness;
  let triagist: Client;
  let admin: Client;
  beforeAll(async () => {
    harness = await createHarness(target);
    triagist = await harness.login("triagist");
    admin = await harness.login("beheerder");
  });
  afterAll(async () => harness?.close());

  const register = async (overrides: Record<string, unknown> = {}) => {
    const response = await triagist.request("POST", "/api/v1/questions", question(overrides));
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as Question;
  };
  const triage = (q: Question, body: Record<string, unknown>) => triagist.request("POST", `/api/v1/questions/${q.id}/triage`, { version: q.version, ...body });

  it("registers a question with minimal data, also anonymously", async () => {
    const anonymous = await register({ residentName: "", residentContact: undefined, channel: "balie" });
    expect(anonymous).toMatchObject({ residentName: null, residentContact: null, outcome: null, channel: "balie", version: 1 });
  });

  it("explains every invalid field in Dutch", async () => {
    const response = await triagist.request("POST", "/api/v1/questions", { receivedOn: "23-11-2026", channel: "duif", topic: "", asked: " " });
    expect(response.status).toBe(400);
    const issues = ((await response.json()) as ErrorJson).error.details!.issues!;
    expect(Object.fromEntries(issues.map((i) => [i.path, i.message]))).toMatchObject({
      receivedOn: "Gebruik een datum als jjjj-mm-dd",
      channel: "Kies hoe de vraag binnenkwam",
      topic: "Kies een onderwerp",
      asked: "Beschrijf kort wat er gevraagd wordt",
    });
    const future = await triagist.request("POST", "/api/v1/questions", question({ receivedOn: "2999-01-01" }));
    expect(((await future.json()) as ErrorJson).error.details!.issues![0]).toEqual({ path: "receivedOn", message: "De datum ligt in de toekomst" });
  });

  it("decides each of the three outcomes once; 'elders beantwoord' needs where", async () => {
    const solved = await triage(await register(), { outcome: "solved_directly", note: "Samen de schuldhulp-app ingevuld." });
    expect(solved.status).toBe(200);
    expect(((await solved.json()) as Question).outcome).toBe("solved_directly");

    const toReferRaw = await register();
    const missingWhere = await triage(toReferRaw, { outcome: "referred_elsewhere" });
    expect(missingWhere.status).toBe(400);
    expect(((await missingWhere.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("referredTo");
    const referred = await triage(toReferRaw, { outcome: "referred_elsewhere", referredTo: "Schuldhulpverlening Voorbeeld" });
    expect(((await referred.json()) as Question).referredTo).toBe("Schuldhulpverlening Voorbeeld");

    const conversation = (await (await triage(await register(), { outcome: "needs_conversation" })).json()) as Question;
    expect(conversation.outcome).toBe("needs_conversation");
    const again = await triage(conversation, { outcome: "solved_directly" });
    expect(again.status).toBe(409);
  });

  it("detects a stale edit (409) and refuses edits after triage", async () => {
    const q = await register();
    const first = await triagist.request("PATCH", `/api/v1/questions/${q.id}`, { version: q.version, topic: "wonen" });
    expect(first.status).toBe(200);
    const stale = await triagist.request("PATCH", `/api/v1/questions/${q.id}`, { version: q.version, topic: "zorg_en_gezondheid" });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorJson).error.code).toBe("version_conflict");
    const current = (await first.json()) as Question;
    await triage(current, { outcome: "solved_directly" });
    const afterTriage = await triagist.request("PATCH", `/api/v1/questions/${q.id}`, { version: current.version + 1, topic: "overig" });
    expect(afterTriage.status).toBe(409);
  });

  it("lists by status and audits who read which question", async () => {
    const awaiting = (await (await triagist.request("GET", "/api/v1/questions?status=awaiting_triage")).json()) as { items: Question[] };
    expect(awaiting.items.length).toBeGreaterThan(0);
    expect(awaiting.items.every((q) => q.outcome === null)).toBe(true);
    const one = awaiting.items[0]!;
    expect((await triagist.request("GET", `/api/v1/questions/${one.id}`)).status).toBe(200);
    const log = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: AuditEntry[] }).items;
    expect(log.find((e) => e.action === "read" && e.subjectType === "question" && e.subjectId === one.id)?.actorName).toBe("Thijs Bakker");
    expect(log.some((e) => e.action === "create" && e.subjectType === "question")).toBe(true);
  });

  it("removes personal data of questions closed without a dossier after the retention period, and audits it", async () => {
    const settings = (await (await admin.request("GET", "/api/v1/settings/retention")).json()) as { questionRetentionMonths: number; version: number };
    expect(settings.questionRetentionMonths).toBe(12);
    const solved = (await (await triage(await register({ residentName: "Te Vergeten" }), { outcome: "solved_directly" })).json()) as Question;
    const withCase = (await (await triage(await register({ residentName: "Blijft Staan" }), { outcome: "needs_conversation" })).json()) as Question;

    const elevenMonthsLater = new Date(Date.now() + 335 * 86_400_000);
    expect((await runRetention(harness.database.handle.db, () => elevenMonthsLater)).voorbeeld).toBe(0);

    const thirteenMonthsLater = new Date(Date.now() + 400 * 86_400_000);
    const cleaned = await runRetention(harness.database.handle.db, () => thirteenMonthsLater);
    expect(cleaned.voorbeeld).toBeGreaterThanOrEqual(1);
    const after = (await (await triagist.request("GET", `/api/v1/questions/${solved.id}`)).json()) as Question;
    expect(after).toMatchObject({ residentName: null, residentContact: null, asked: null, topic: "geldzaken", outcome: "solved_directly" });
    expect(after.personalDataRemovedAt).not.toBeNull();
    const kept = (await (await triagist.request("GET", `/api/v1/questions/${withCase.id}`)).json()) as Question;
    expect(kept.residentName).toBe("Blijft Staan");

    const log = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: AuditEntry[] }).items;
    expect(log.find((e) => e.action === "purge" && e.subjectId === solved.id)).toMatchObject({ purpose: "bewaartermijn verstreken", actorName: "systeem (bewaartermijn)" });
    expect(((await (await admin.request("POST", "/api/v1/audit/verify")).json()) as { ok: boolean }).ok).toBe(true);
  });

  it("lets the administrator change the retention period, with a version check", async () => {
    const current = (await (await admin.request("GET", "/api/v1/settings/retention")).json()) as { version: number };
    const changed = await admin.request("PUT", "/api/v1/settings/retention", { questionRetentionMonths: 6, version: current.version });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ questionRetentionMonths: 6 });
    const stale = await admin.request("PUT", "/api/v1/settings/retention", { questionRetentionMonths: 3, version: current.version });
    expect(stale.status).toBe(409);
    const invalid = await admin.request("PUT", "/api/v1/settings/retention", { questionRetentionMonths: 0, version: current.version + 1 });
    expect(invalid.status).toBe(400);
  });
});
