import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testTargets } from "../../db/testing/databases";
import type { Me } from "../../domain/accounts/dto";
import type { Arrangement, Claim, LedgerEntry, Mandate, MandateCandidate, Pot, PotWithMandates, RequestDetail, SpendingRequest } from "../../domain/budgets/dto";
import { PURPOSE_CATEGORIES } from "../../domain/budgets/purpose-categories";
import { cellsToHide } from "../../domain/privacy/complementary-suppression";
import { dutchToday } from "../../domain/calendar";
import type { CaseFile } from "../../domain/cases/dto";
import type { Household } from "../../domain/households/dto";
import type { Task } from "../../domain/tasks/dto";
import { type Client, type Harness, createHarness } from "../testing/harness";
import { day } from "../testing/dates";

type ErrorJson = { error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };
const justification = { rechtmatigheid: "Past binnen het mandaat", rendement: "Voorkomt uithuiszetting", betrokkenheid: "Mevrouw heeft dit zelf voorgesteld" };

describe.each(testTargets())("flexible budgets (%s)", (target) => {
  let harness: Harness;
  let worker: Client;
  let ontschotter: Client;
  let advisor: Client;
  let workerMe: Me;
  let ontschotterMe: Me;
  let caseFile: CaseFile;
  let pot: Pot;
  beforeAll(async () => {
    harness = await createHarness(target);
    worker = await harness.login("sociaal_werker");
    ontschotter = await harness.login("ontschotter");
    advisor = await harness.login("beleidsadviseur");
    workerMe = ((await (await worker.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    ontschotterMe = ((await (await ontschotter.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const household = (await (await worker.request("POST", "/api/v1/households", { name: "Huishouden Yilmaz", teamId: workerMe.teams[0]!.id })).json()) as Household;
    caseFile = (await (await worker.request("POST", "/api/v1/cases", { householdId: household.id, caseDirectorId: workerMe.id, openedOn: day(-30) })).json()) as CaseFile;
    pot = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: "Handgeld ontschotter", kind: "petty_cash", year: 2026, annualAmountCents: 1_000_000 })).json()) as Pot;
    await advisor.request("POST", `/api/v1/budget-pots/${pot.id}/mandates`, { userId: ontschotterMe.id, limitCents: 250_000 });
  });
  afterAll(async () => harness?.close());

  const request = async (amountCents: number, extra: Record<string, unknown> = {}, key = randomUUID()) => {
    const response = await worker.request("POST", "/api/v1/spending-requests", { potId: pot.id, caseId: caseFile.id, purposeCategory: "wonen", purpose: "huurgarantie", description: "Een maand huur als garantie", amountCents, payee: "Woningcorporatie Voorbeeld", justification, idempotencyKey: key, ...extra });
    expect([200, 201], await response.clone().text()).toContain(response.status);
    return (await response.json()) as SpendingRequest;
  };
  const decide = (client: Client, r: SpendingRequest, decision: "approve" | "reject", reason?: string) =>
    client.request("POST", `/api/v1/spending-requests/${r.id}/decision`, { version: r.version, decision, ...(reason ? { reason } : {}) });
  const balance = async () => ((await (await worker.request("GET", "/api/v1/budget-pots")).json()) as { items: Pot[] }).items.find((p) => p.id === pot.id)!.balanceCents;
  const ledger = async () => ((await (await worker.request("GET", `/api/v1/budget-pots/${pot.id}/ledger`)).json()) as { items: LedgerEntry[] }).items;

  it("shows a request only to its case's team, to mandate holders of its pot and to the ontschotter", async () => {
    const zuid = (await (await ontschotter.request("POST", "/api/v1/households", { name: "Huishouden Zuidkant", teamId: ontschotterMe.teams[0]!.id })).json()) as Household;
    const zuidCase = (await (await ontschotter.request("POST", "/api/v1/cases", { householdId: zuid.id, caseDirectorId: ontschotterMe.id, openedOn: day(-3) })).json()) as CaseFile;
    const other = await advisor.request("POST", "/api/v1/budget-pots", { name: "Zuidpot", kind: "other", year: 2026, annualAmountCents: 100_000 });
    const otherPot = (await other.json()) as Pot;
    const made = await ontschotter.request("POST", "/api/v1/spending-requests", { potId: otherPot.id, caseId: zuidCase.id, purposeCategory: "wonen", purpose: "borg", description: "Borg", amountCents: 5_000, payee: "Verhuurder Zuid", justification, idempotencyKey: randomUUID() });
    expect(made.status).toBe(201);
    const idsSeenBy = async (client: Client) => ((await (await client.request("GET", "/api/v1/spending-requests")).json()) as { items: SpendingRequest[] }).items.map((r) => r.id);
    const zuidRequest = ((await made.json()) as SpendingRequest).id;
    expect(await idsSeenBy(ontschotter)).toContain(zuidRequest);
    expect(await idsSeenBy(worker)).not.toContain(zuidRequest);
    await advisor.request("POST", `/api/v1/budget-pots/${otherPot.id}/mandates`, { userId: workerMe.id, limitCents: 10_000 });
    expect(await idsSeenBy(worker)).toContain(zuidRequest);
  });

  it("starts the pot's ledger with its annual amount", async () => {
    expect(pot.balanceCents).toBe(1_000_000);
    expect((await ledger()).map((e) => [e.kind, e.amountCents, e.balanceAfterCents])).toEqual([["allocation", 1_000_000, 1_000_000]]);
  });

  it("records a double-submitted request once (idempotency key)", async () => {
    const key = randomUUID();
    const first = await request(10_000, {}, key);
    const second = await request(10_000, {}, key);
    expect(second.id).toBe(first.id);
    const all = ((await (await worker.request("GET", `/api/v1/spending-requests?caseId=${caseFile.id}`)).json()) as { items: SpendingRequest[] }).items;
    expect(all.filter((r) => r.id === first.id)).toHaveLength(1);
  });

  it("lets only mandate holders approve, within their limit; above it a second approver is needed", async () => {
    const small = await request(50_000);
    const own = await decide(worker, small, "approve");
    expect(own.status).toBe(403);
    expect(((await own.json()) as ErrorJson).error.message).toBe("U heeft geen mandaat voor dit budget.");
    const approved = await decide(ontschotter, small, "approve");
    expect(((await approved.json()) as SpendingRequest).status).toBe("approved");
    expect(await balance()).toBe(950_000);

    const large = await request(400_000);
    const first = (await (await decide(ontschotter, large, "approve")).json()) as SpendingRequest;
    expect(first.status).toBe("awaiting_second");
    expect(await balance()).toBe(950_000);
    expect((await decide(ontschotter, first, "approve")).status).toBe(403);
    // The worker gets a mandate too, but may not approve their own request.
    await advisor.request("POST", `/api/v1/budget-pots/${pot.id}/mandates`, { userId: workerMe.id, limitCents: 100_000 });
    expect((await decide(worker, first, "approve")).status).toBe(403);
    const mandates = ((await (await worker.request("GET", `/api/v1/budget-pots/${pot.id}/mandates`)).json()) as { items: Mandate[] }).items;
    expect(mandates.map((m) => m.userName).sort()).toEqual(["Olga Jansen", "Sanne de Vries"]);
  });

  it("refuses a mandate for a user whose role may not decide on spending, for an inactive user and for an unknown one, at the userId field", async () => {
    const grant = (userId: string) => advisor.request("POST", `/api/v1/budget-pots/${pot.id}/mandates`, { userId, limitCents: 10_000 });
    const refusalOf = async (response: Response) => {
      expect(response.status).toBe(400);
      const body = (await response.json()) as ErrorJson;
      expect(body.error.code).toBe("validation_failed");
      return body.error.details!.issues!;
    };
    const admin = await harness.login("beheerder");
    const adminMe = ((await (await admin.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    const advisorMe = ((await (await advisor.request("GET", "/api/v1/auth/me")).json()) as { user: Me }).user;
    // The beheerder and the beleidsadviseur manage pots but do not decide on spending (budgets:use).
    for (const holder of [adminMe, advisorMe]) {
      expect(await refusalOf(await grant(holder.id))).toEqual([{ path: "userId", message: "Deze medewerker heeft geen rol die over budgetuitgaven mag besluiten en kan geen mandaat krijgen." }]);
    }
    // A colleague who may decide, but whose account was made inactive.
    const made = await admin.request("POST", "/api/v1/users", { username: `oud.${randomUUID().slice(0, 8)}`, displayName: "Oud Collega", email: `oud.${randomUUID().slice(0, 8)}@voorbeeld.example`, password: "een lang wachtwoord 2026", roles: ["ontschotter"] });
    expect(made.status, await made.clone().text()).toBe(201);
    const leaver = (await made.json()) as { id: string; version: number };
    expect((await grant(leaver.id)).status).toBe(201);
    expect((await admin.request("PATCH", `/api/v1/users/${leaver.id}`, { version: leaver.version, active: false })).status).toBe(200);
    expect(await refusalOf(await grant(leaver.id))).toEqual([{ path: "userId", message: "Deze medewerker is niet actief en kan geen mandaat krijgen." }]);
    expect(await refusalOf(await grant(randomUUID()))).toEqual([{ path: "userId", message: "Deze medewerker bestaat niet." }]);
    const mandates = ((await (await worker.request("GET", `/api/v1/budget-pots/${pot.id}/mandates`)).json()) as { items: Mandate[] }).items;
    expect(mandates.map((m) => m.userName)).not.toContain("Bea Meijer");
  });

  it("rejects with a reason, and audits each decision with the mandate used", async () => {
    const r = await request(20_000);
    const noReason = await decide(ontschotter, r, "reject");
    expect(((await noReason.json()) as ErrorJson).error.details!.issues![0]!.path).toBe("reason");
    const rejected = (await (await decide(ontschotter, r, "reject", "Regulier te regelen via bijzondere bijstand")).json()) as SpendingRequest;
    expect(rejected).toMatchObject({ status: "rejected", decisionReason: "Regulier te regelen via bijzondere bijstand" });
    const admin = await harness.login("beheerder");
    const log = ((await (await admin.request("GET", "/api/v1/audit?limit=500")).json()) as { items: { subjectId: string | null; action: string }[] }).items;
    expect(log.some((e) => e.subjectId === r.id && e.action === "update")).toBe(true);
  });

  it("never lets two racing approvals take the pot below zero", async () => {
    const before = await balance();
    const a = await request(240_000);
    const b = await request(240_000);
    const c = await request(240_000);
    const d = await request(240_000);
    const results = await Promise.all([a, b, c, d].map((r) => decide(ontschotter, r, "approve")));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBe(Math.floor(before / 240_000));
    expect(statuses.filter((s) => s === 409).length).toBe(4 - Math.floor(before / 240_000));
    expect(await balance()).toBe(before - 240_000 * Math.floor(before / 240_000));
    expect(await balance()).toBeGreaterThanOrEqual(0);
  });

  it("books the outcome of a conditional arrangement and credits an honoured recovery claim", async () => {
    // Top the pot up with a second pot for a clean balance.
    const car = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: "Resultaatvolgend budget", kind: "outcome_budget", year: 2026, annualAmountCents: 2_000_000 })).json()) as Pot;
    await advisor.request("POST", `/api/v1/budget-pots/${car.id}/mandates`, { userId: ontschotterMe.id, limitCents: 1_500_000 });
    const carRequest = (await (
      await worker.request("POST", "/api/v1/spending-requests", { potId: car.id, caseId: caseFile.id, purposeCategory: "vervoer", purpose: "auto voor werk", description: "Auto om bij het werk te komen", amountCents: 600_000, payee: "Garage Voorbeeld", justification, idempotencyKey: randomUUID(), preFinanced: true })
    ).json()) as SpendingRequest;
    const approved = (await (await decide(ontschotter, carRequest, "approve")).json()) as SpendingRequest;
    expect(approved.status).toBe("approved");
    const arrangement = (await (await worker.request("POST", `/api/v1/spending-requests/${approved.id}/arrangement`, { condition: "Meneer houdt de baan zes maanden", dueOn: day(180) })).json()) as Arrangement;
    const tasks = ((await (await worker.request("GET", "/api/v1/tasks?scope=mine")).json()) as { items: Task[] }).items;
    expect(tasks.some((t) => t.title === "Voorwaarde nagaan: Meneer houdt de baan zes maanden" && t.dueOn === day(180))).toBe(true);
    const repaid = await worker.request("POST", `/api/v1/spending-requests/${approved.id}/arrangement/outcome`, { version: arrangement.version, outcome: "repaid" });
    expect(((await repaid.json()) as Arrangement).outcome).toBe("repaid");

    const tooMuch = await worker.request("POST", `/api/v1/spending-requests/${approved.id}/claims`, { fundingSource: "wmo", claimedCents: 700_000 });
    expect(tooMuch.status).toBe(400);
    const claim = (await (await worker.request("POST", `/api/v1/spending-requests/${approved.id}/claims`, { fundingSource: "zorgverzekeraar", claimedCents: 300_000 })).json()) as Claim;
    const honoured = await worker.request("POST", `/api/v1/recovery-claims/${claim.id}/outcome`, { version: claim.version, status: "honoured", honouredCents: 250_000 });
    expect(((await honoured.json()) as Claim).honouredCents).toBe(250_000);
    const entries = ((await (await worker.request("GET", `/api/v1/budget-pots/${car.id}/ledger`)).json()) as { items: LedgerEntry[] }).items;
    expect(entries.map((e) => [e.kind, e.amountCents, e.balanceAfterCents])).toEqual([
      ["allocation", 2_000_000, 2_000_000],
      ["spend", -600_000, 1_400_000],
      ["repayment", 600_000, 2_000_000],
      ["recovery", 250_000, 2_250_000],
    ]);
  });

  it("reports spending per purpose category that matches the ledger, with small cells suppressed, as JSON, CSV and Excel", async () => {
    const reportPot = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: "Rapportagepot", kind: "other", year: 2026, annualAmountCents: 900_000 })).json()) as Pot;
    await advisor.request("POST", `/api/v1/budget-pots/${reportPot.id}/mandates`, { userId: ontschotterMe.id, limitCents: 900_000 });
    // Free text that differs per request ("kinderopvang", "Kinderopvang", …) still counts as one category.
    const texts = ["kinderopvang", "Kinderopvang", "kinderopvang voor werk", "schoolkosten", "Schoolspullen"];
    for (const [i, amount] of [10_000, 20_000, 30_000, 40_000, 50_000, 60_000].entries()) {
      const body = { potId: reportPot.id, caseId: caseFile.id, purposeCategory: i < 5 ? "onderwijs_kinderopvang" : "sport_vrije_tijd", purpose: texts[i] ?? "sportschool", description: "x", amountCents: amount, payee: "x", justification, idempotencyKey: randomUUID() };
      const r = (await (await worker.request("POST", "/api/v1/spending-requests", body)).json()) as SpendingRequest;
      expect(r.purposeCategory).toBe(body.purposeCategory);
      expect((await decide(ontschotter, r, "approve")).status).toBe(200);
    }
    const controller = await harness.login("controller");
    const year = Number(dutchToday(harness.clock.now).slice(0, 4));
    type Cell = { key: string; count: number | null; amountCents: number | null; suppressed: boolean };
    const report = (await (await controller.request("GET", `/api/v1/reports/budgets?year=${year}`)).json()) as { byPot: Cell[]; byPurpose: Cell[] };
    const entries = ((await (await worker.request("GET", `/api/v1/budget-pots/${reportPot.id}/ledger`)).json()) as { items: LedgerEntry[] }).items;
    const spent = -entries.filter((e) => e.kind === "spend").reduce((sum, e) => sum + e.amountCents, 0);
    expect(report.byPot.find((c) => c.key === "Rapportagepot")).toEqual({ key: "Rapportagepot", count: 6, amountCents: spent, suppressed: false });
    expect(report.byPurpose.find((c) => c.key === "onderwijs_kinderopvang")).toEqual({ key: "onderwijs_kinderopvang", count: 5, amountCents: 150_000, suppressed: false });
    expect(report.byPurpose.find((c) => c.key === "sport_vrije_tijd")).toEqual({ key: "sport_vrije_tijd", count: null, amountCents: null, suppressed: true });

    // Every category cell is the spends of that category in all pots' ledgers (this file's other tests spent too).
    const pots = ((await (await worker.request("GET", "/api/v1/budget-pots")).json()) as { items: Pot[] }).items;
    const groups = new Map<string, { count: number; amount: number }>();
    for (const p of pots) {
      const items = ((await (await worker.request("GET", `/api/v1/budget-pots/${p.id}/ledger`)).json()) as { items: LedgerEntry[] }).items;
      for (const e of items.filter((entry) => entry.kind === "spend")) {
        expect(e.purposeCategory).not.toBeNull();
        const g = groups.get(e.purposeCategory!) ?? { count: 0, amount: 0 };
        groups.set(e.purposeCategory!, { count: g.count + 1, amount: g.amount - e.amountCents });
      }
    }
    const present = PURPOSE_CATEGORIES.filter((c) => groups.has(c));
    const hidden = cellsToHide(present.map((key) => groups.get(key)!.count));
    expect(report.byPurpose).toEqual(
      present.map((key, i) => {
        const g = groups.get(key)!;
        return hidden[i] ? { key, count: null, amountCents: null, suppressed: true } : { key, count: g.count, amountCents: g.amount, suppressed: false };
      }),
    );

    const csv = await controller.request("GET", `/api/v1/reports/budgets.csv?year=${year}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const csvText = await csv.text();
    expect(csvText).toContain("Uitgaven per doelcategorie");
    expect(csvText).toContain("Sport, vrije tijd en meedoen;<5;<5");
    expect(csvText).toContain("Onderwijs en kinderopvang;5;1500,00");
    const xlsx = await controller.request("GET", `/api/v1/reports/budgets.xlsx?year=${year}`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await worker.request("GET", `/api/v1/reports/budgets?year=${year}`)).status).toBe(403);
  });

  it("counts an approval at half past midnight on New Year's Day (Amsterdam) in the new year, as the ledger books it", async () => {
    const real = harness.clock.now;
    const year = Number(dutchToday(real).slice(0, 4));
    const newYearsNight = new Date(`${year}-01-01T00:30:00+01:00`); // 23:30 UTC on 31 December of the year before
    const newYearPot = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: "Jaarwisselingpot", kind: "other", year, annualAmountCents: 500_000 })).json()) as Pot;
    await advisor.request("POST", `/api/v1/budget-pots/${newYearPot.id}/mandates`, { userId: ontschotterMe.id, limitCents: 500_000 });
    harness.clock.now = newYearsNight;
    try {
      for (let i = 0; i < 5; i++) {
        const r = await request(10_000, { potId: newYearPot.id });
        expect((await decide(ontschotter, r, "approve")).status).toBe(200);
      }
    } finally {
      harness.clock.now = real;
    }
    const booked = ((await (await worker.request("GET", `/api/v1/budget-pots/${newYearPot.id}/ledger`)).json()) as { items: LedgerEntry[] }).items.filter((e) => e.kind === "spend");
    expect(booked.map((e) => e.bookedOn)).toEqual(Array(5).fill(`${year}-01-01`));
    const controller = await harness.login("controller");
    const potCell = async (y: number) => ((await (await controller.request("GET", `/api/v1/reports/budgets?year=${y}`)).json()) as { byPot: { key: string; count: number | null }[] }).byPot.find((c) => c.key === "Jaarwisselingpot");
    expect(await potCell(year)).toMatchObject({ count: 5, amountCents: 50_000 });
    expect(await potCell(year - 1)).toBeUndefined();
  });

  it("requires a purpose category from the fixed list, with a Dutch message at the field", async () => {
    const body = { potId: pot.id, caseId: caseFile.id, purpose: "auto", description: "x", amountCents: 1_000, payee: "x", justification };
    for (const purposeCategory of [undefined, "", "auto"]) {
      const response = await worker.request("POST", "/api/v1/spending-requests", { ...body, purposeCategory, idempotencyKey: randomUUID() });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorJson).error.details!.issues).toContainEqual({ path: "purposeCategory", message: "Kies een doelcategorie" });
    }
  });

  it("keeps the ledger balanced over random sequences of requests, approvals, recoveries and forgiven loans (property)", async () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant("spend" as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
      fc.record({ kind: fc.constant("forgive" as const) }),
      fc.record({ kind: fc.constant("repay" as const) }),
      fc.record({ kind: fc.constant("recover" as const), share: fc.double({ min: 0.1, max: 1, noNaN: true }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const p = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: `Pot ${randomUUID()}`, kind: "other", year: 2026, annualAmountCents: 500_000 })).json()) as Pot;
        await advisor.request("POST", `/api/v1/budget-pots/${p.id}/mandates`, { userId: ontschotterMe.id, limitCents: 1_000_000 });
        const approved: SpendingRequest[] = [];
        for (const act of actions) {
          if (act.kind === "spend") {
            const r = (await (
              await worker.request("POST", "/api/v1/spending-requests", { potId: p.id, caseId: caseFile.id, purposeCategory: "overig", purpose: "x", description: "x", amountCents: act.amount, payee: "x", justification, idempotencyKey: randomUUID(), preFinanced: true })
            ).json()) as SpendingRequest;
            const res = await decide(ontschotter, r, "approve");
            if (res.status === 200) approved.push((await res.json()) as SpendingRequest);
            else expect(res.status).toBe(409);
          } else if (approved.length > 0) {
            const target = approved.shift()!;
            if (act.kind === "recover") {
              const claim = (await (await worker.request("POST", `/api/v1/spending-requests/${target.id}/claims`, { fundingSource: "wmo", claimedCents: target.amountCents })).json()) as Claim;
              await worker.request("POST", `/api/v1/recovery-claims/${claim.id}/outcome`, { version: claim.version, status: "honoured", honouredCents: Math.max(1, Math.floor(target.amountCents * act.share)) });
            } else {
              const arrangement = (await (await worker.request("POST", `/api/v1/spending-requests/${target.id}/arrangement`, { condition: "x", dueOn: day(30) })).json()) as Arrangement;
              await worker.request("POST", `/api/v1/spending-requests/${target.id}/arrangement/outcome`, { version: arrangement.version, outcome: act.kind === "forgive" ? "forgiven" : "repaid" });
            }
          }
        }
        const entries = ((await (await worker.request("GET", `/api/v1/budget-pots/${p.id}/ledger`)).json()) as { items: LedgerEntry[] }).items;
        const current = ((await (await worker.request("GET", "/api/v1/budget-pots")).json()) as { items: Pot[] }).items.find((x) => x.id === p.id)!;
        let running = 0;
        for (const e of entries) {
          running += e.amountCents;
          expect(e.balanceAfterCents).toBe(running);
          expect(running).toBeGreaterThanOrEqual(0);
        }
        expect(current.balanceCents).toBe(running);
      }),
      { numRuns: 8, seed: 20261123 },
    );
  });

  it("shows one request with names, the mandates used, the attached costing, its arrangement and claims", async () => {
    await worker.request("PUT", `/api/v1/cases/${caseFile.id}/scenarios`, {
      version: 0,
      lines: { niets_doen: [{ label: "Uithuiszetting", unitPriceCents: 500_000, quantity: 1, periods: 1, payer: "gemeente_overig" }], regulier: [], alternatief: [] },
      justification,
    });
    const r = await request(60_000, { preFinanced: true });
    const approved = (await (await decide(ontschotter, r, "approve")).json()) as SpendingRequest;
    await worker.request("POST", `/api/v1/spending-requests/${approved.id}/claims`, { fundingSource: "bijzondere_bijstand", claimedCents: 60_000 });
    const detail = (await (await worker.request("GET", `/api/v1/spending-requests/${r.id}`)).json()) as RequestDetail;
    expect(detail).toMatchObject({ potName: "Handgeld ontschotter", requestedByName: "Sanne de Vries", decidedByName: "Olga Jansen", firstApproverName: null, arrangement: null });
    expect(detail.decidedMandate).toMatchObject({ userName: "Olga Jansen", limitCents: 250_000 });
    expect(detail.claims.map((c) => [c.fundingSource, c.claimedCents, c.status])).toEqual([["bijzondere_bijstand", 60_000, "pending"]]);
    expect((detail.scenarios as { totals: { niets_doen: { expectedCents: number } } }).totals.niets_doen.expectedCents).toBe(500_000);
    expect((await worker.request("GET", "/api/v1/spending-requests/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("lists pots with their mandate holders and the colleagues who can hold one, for those who manage them", async () => {
    const pots = ((await (await advisor.request("GET", "/api/v1/budget-admin/pots")).json()) as { items: PotWithMandates[] }).items;
    expect(pots.find((p) => p.id === pot.id)?.mandates.map((m) => m.userName)).toContain("Olga Jansen");
    const candidates = ((await (await advisor.request("GET", "/api/v1/budget-admin/mandate-candidates")).json()) as { items: MandateCandidate[] }).items;
    expect(candidates.map((c) => c.displayName).sort()).toEqual(["Olga Jansen", "Sanne de Vries"]);
    expect((await worker.request("GET", "/api/v1/budget-admin/pots")).status).toBe(403);
  });

  it("withdraws a mandate: its holder decides no more on the pot", async () => {
    const p = (await (await advisor.request("POST", "/api/v1/budget-pots", { name: "Intrekpot", kind: "other", year: 2026, annualAmountCents: 100_000 })).json()) as Pot;
    await advisor.request("POST", `/api/v1/budget-pots/${p.id}/mandates`, { userId: ontschotterMe.id, limitCents: 100_000 });
    expect((await worker.request("POST", `/api/v1/budget-pots/${p.id}/mandates/${ontschotterMe.id}/revoke`)).status).toBe(403);
    expect((await advisor.request("POST", `/api/v1/budget-pots/${p.id}/mandates/${ontschotterMe.id}/revoke`)).status).toBe(204);
    expect((await advisor.request("POST", `/api/v1/budget-pots/${p.id}/mandates/${workerMe.id}/revoke`)).status).toBe(404);
    const mandates = ((await (await worker.request("GET", `/api/v1/budget-pots/${p.id}/mandates`)).json()) as { items: Mandate[] }).items;
    expect(mandates.map((m) => [m.userName, m.active])).toEqual([["Olga Jansen", false]]);
    const r = (await (
      await worker.request("POST", "/api/v1/spending-requests", { potId: p.id, caseId: caseFile.id, purposeCategory: "overig", purpose: "x", description: "x", amountCents: 1_000, payee: "x", justification, idempotencyKey: randomUUID() })
    ).json()) as SpendingRequest;
    const refused = await decide(ontschotter, r, "approve");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as ErrorJson).error.message).toBe("U heeft geen mandaat voor dit budget.");
  });
});
