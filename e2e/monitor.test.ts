import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { CaseFile } from "../src/domain/cases/dto";
import type { Household } from "../src/domain/households/dto";
import type { Contract } from "../src/domain/monitor/dto";
import { isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const DAY = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number) => isoDateInDutchTime(new Date(Date.now() - days * DAY));
const CONSORTIUM = "Consortium Samen Verder";
const CONTRACT = "Ondersteuning en begeleiding 18+ (lumpsum)";
const csvFile = (lines: string[]) => ({ name: "cijfers.csv", mimeType: "text/csv", buffer: Buffer.from(`${["gemeente;jaar;indicator;waarde", ...lines].join("\r\n")}\r\n`) });
/** Voorbeeld grows 10% in clients; its peers Anderdorp and Derdeveen together 30% (500 → 650). */
const GOOD_LINES = [
  ["Voorbeeld", 100, 110],
  ["Anderdorp", 200, 250],
  ["Derdeveen", 300, 400],
].flatMap(([m, first, last]) => [`${m};2019;wmo_clienten;${first}`, `${m};2022;wmo_clienten;${last}`, `${m};2019;wmo_uitgaven;${Number(first) * 1000}`, `${m};2022;wmo_uitgaven;${Number(last) * 1000}`]);

describeJourneys("Monitor: contract KPIs, own trajectories vs providers, benchmarks and € 1 at the front", () => {
  let app: RunningApp;
  let browser: Browser;
  let workerContext: BrowserContext;
  let adviserContext: BrowserContext;
  let worker: Page;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    [workerContext, adviserContext] = await Promise.all([newUserContext(browser, app.url), newUserContext(browser, app.url)]);
    [worker, page] = await Promise.all([workerContext.newPage(), adviserContext.newPage()]);
    await Promise.all([logIn(worker, "sociaal_werker", password), logIn(page, "beleidsadviseur", password)]);
    // Test data the journeys are not about, through the API: six trajectories of the demo consortium (five stable
    // or better after six months, satisfaction 8) and five own trajectories with 1–5 hours, all closed.
    const api = apiOf(worker);
    const me = (await api.get<{ user: Me }>("/auth/me")).user;
    const contract = (await apiOf(page).get<{ items: Contract[] }>("/contracts")).items.find((c) => c.name === CONTRACT)!;
    const trajectory = async (name: string, providerId: string | null, levels: [number, number] | null, hours: number) => {
      const household = await api.post<Household>("/households", { name, teamId: me.teams[0]!.id });
      let file = await api.post<CaseFile>("/cases", { householdId: household.id, caseDirectorId: me.id, providerOrganisationId: providerId, openedOn: isoDaysAgo(250) });
      if (levels) {
        await api.post(`/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "start", measuredOn: isoDaysAgo(240), scores: [{ domain: "financien", level: levels[0], reason: "Schulden" }] });
        await api.post(`/cases/${file.id}/measurements`, { instrumentCode: "zrm", moment: "na_6_maanden", measuredOn: isoDaysAgo(55), scores: [{ domain: "financien", level: levels[1], reason: "Vervolg" }] });
      }
      if (hours > 0) await api.post(`/cases/${file.id}/hours`, { workedOn: isoDaysAgo(249), activity: "gesprek", hours });
      file = await api.post<CaseFile>(`/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: isoDaysAgo(50), closingOutcome: "lichte_vorm", satisfaction: 8 });
    };
    const levels: [number, number][] = [[2, 3], [2, 2], [3, 4], [1, 3], [2, 4], [4, 2]];
    for (const [i, pair] of levels.entries()) await trajectory(`Huishouden Consortium ${i}`, contract.organisationId, pair, 0);
    for (const h of [1, 2, 3, 4, 5]) await trajectory(`Huishouden Eigen ${h}`, null, null, h);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await workerContext?.close();
    await adviserContext?.close();
    await browser?.close();
    await app?.close();
  });

  const subNav = () => page.getByRole("navigation", { name: "Onderdelen van de monitor" });
  const rowOf = (text: string) => page.getByRole("row").filter({ hasText: text });

  it(
    "shows the demo contract's KPIs with traffic lights in words, the trend with its table, and the notes",
    async () => {
      await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Monitor", exact: true }).click();
      await expectPage(page, "Monitor");
      expect(await textOf(rowOf(CONTRACT).first())).toContain(CONSORTIUM);
      const reportHref = (await page.getByRole("link", { name: "Raadsrapportage monitor (PDF)" }).getAttribute("href")) ?? "";
      expect(reportHref).toMatch(/^\/api\/v1\/monitor\/report\.pdf\?from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}&hourlyRateCents=7500&priceYear=\d{4}$/);
      const report = await page.request.get(reportHref);
      expect(report.status()).toBe(200);
      expect(report.headers()["content-type"]).toBe("application/pdf");
      const kpis = page.getByRole("region", { name: `KPI's: ${CONTRACT}` });
      await kpis.getByRole("table").first().waitFor();
      const stable = await textOf(kpis.getByRole("row").filter({ hasText: "Stabiel of zelfredzamer na 6 maanden" }));
      expect(stable).toContain("83,3%");
      expect(stable).toContain("≥ 75%");
      expect(stable).toContain("Groen: doel gehaald");
      expect(await textOf(kpis.getByRole("row").filter({ hasText: "Gemiddelde tevredenheid" }))).toContain("Groen: doel gehaald");
      const reach = await textOf(kpis.getByRole("row").filter({ hasText: "Bereik" }));
      expect(reach).toContain("6");
      expect(reach).toContain("≥ 60");
      expect(reach).toContain("Rood: doel niet gehaald");
      // The trend: a chart and, behind a disclosure, the same figures as a table.
      const trend = kpis.getByRole("figure", { name: "Verloop per kwartaal" });
      await trend.locator("svg").first().waitFor();
      await trend.getByText("Toon de cijfers als tabel").click();
      expect(await trend.getByRole("row").count()).toBeGreaterThan(4);
      expect(await textOf(kpis)).toContain("Zelfredzaamheid op koers");
      const csv = await kpis.getByRole("link", { name: /Downloaden \(CSV\)/ }).getAttribute("href");
      expect((await page.request.get(csv!)).status()).toBe(200);
      await expectAccessible(page, "Monitor, Contracten with KPIs");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "records a results conversation, changes the contract, and answers a stale change with a reload",
    async () => {
      const notes = page.getByRole("form", { name: "Resultaatgesprek vastleggen" });
      await notes.getByLabel("Wat is besproken en afgesproken").fill("Bereik blijft achter; outreach in het volgende kwartaal.");
      await notes.getByRole("button", { name: "Gesprek vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("Het resultaatgesprek is vastgelegd.");
      await expect.poll(() => textOf(page.getByRole("region", { name: `KPI's: ${CONTRACT}` }))).toContain("outreach in het volgende kwartaal");

      await rowOf(CONTRACT).getByRole("button", { name: `Wijzigen ${CONTRACT}` }).click();
      const form = page.getByRole("form", { name: `Contract ${CONTRACT} wijzigen` });
      await form.getByLabel("Doel: bereik (aantal trajecten, optioneel)").fill("5");
      // Meanwhile a colleague changes the contract: this save must not overwrite it.
      const contract = (await apiOf(page).get<{ items: Contract[] }>("/contracts")).items.find((c) => c.name === CONTRACT)!;
      const { id, organisationName: _n, version, ...fields } = contract;
      const csrf = ((await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string }).csrfToken;
      expect((await page.request.put(`/api/v1/contracts/${id}`, { headers: { "X-CSRF-Token": csrf }, data: { ...fields, targetReach: 70, version } })).status()).toBe(200);
      await form.getByRole("button", { name: "Wijziging opslaan" }).click();
      const conflict = form.getByRole("alert");
      await conflict.waitFor();
      expect(await textOf(conflict)).toContain("Iemand anders");
      await expectAccessible(page, "contract form with a conflict", { include: "form[aria-labelledby='contract-form-heading']" });
      await conflict.getByRole("button").click();
      await expect.poll(() => textOf(rowOf(CONTRACT))).toContain("bereik ≥ 70");

      await rowOf(CONTRACT).getByRole("button", { name: `Wijzigen ${CONTRACT}` }).click();
      await page.getByLabel("Doel: bereik (aantal trajecten, optioneel)").fill("5");
      await page.getByRole("button", { name: "Wijziging opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain(`Contract ${CONTRACT} is gewijzigd.`);
      await expect.poll(() => textOf(page.getByRole("region", { name: `KPI's: ${CONTRACT}` }).getByRole("row").filter({ hasText: "Bereik" }))).toContain("Groen: doel gehaald");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "compares own trajectories with the consortium: table, bars with intervals and their table alternative",
    async () => {
      await subNav().getByRole("link", { name: "Eigen trajecten vs aanbieders" }).click();
      await expectPage(page, "Monitor");
      expect(await subNav().getByRole("link", { name: "Eigen trajecten vs aanbieders" }).getAttribute("aria-current")).toBe("page");
      const own = await textOf(rowOf("Eigen trajecten").first());
      // 1…5 hours at the start rate of € 75: mean € 225; 200 days each.
      expect(own).toContain("5");
      expect(own).toContain("€\u00a0225,00 (95%-interval");
      expect(own).toContain("200 (95%-interval 200 – 200)");
      const consortium = await textOf(rowOf(CONSORTIUM).first());
      expect(consortium).toContain("Lumpsum");
      expect(consortium).toContain("6");
      expect(consortium).toContain("8 (95%-interval 8 – 8)");
      expect(await textOf(page.getByRole("region", { name: "Eigen trajecten vs aanbieders" }))).toMatch(/Een eigen traject kost [\d,]+% van een traject bij een aanbieder/);
      const chart = page.getByRole("figure", { name: "Kosten per traject met 95%-interval" });
      await chart.locator("svg").first().waitFor();
      await chart.getByText("Toon de cijfers als tabel").click();
      expect(await textOf(chart.getByRole("table"))).toContain(CONSORTIUM);
      await expectAccessible(page, "Monitor, own trajectories vs providers");

      // A narrower period: no own trajectory closed in it, so nothing to compare and no interval.
      await page.getByLabel("Van", { exact: true }).fill(isoDaysAgo(20).split("-").reverse().join("-"));
      await page.getByRole("button", { name: "Toon", exact: true }).click();
      await expect.poll(() => textOf(page.getByRole("region", { name: "Eigen trajecten vs aanbieders" }))).toContain("De verhouding is pas te berekenen");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "refuses a bad benchmark file with every problem by row and column and keeps the old figures; then imports a good one",
    async () => {
      await subNav().getByRole("link", { name: "Benchmarks" }).click();
      await expectPage(page, "Monitor");
      const peers = page.getByRole("group", { name: "Vergelijkingsgroep" });
      await peers.getByLabel("Buurdorp").waitFor();
      await expectAccessible(page, "Monitor, Benchmarks (demo set)");

      const form = page.getByRole("form", { name: "Cijfers importeren (CSV)" });
      await form.getByLabel("CSV-bestand").setInputFiles(csvFile(["Voorbeeld;2019;wmo_clienten;100", "Anderdorp;twintig;wmo_clienten;200", "Derdeveen;2022;wmo_clienten;-5"]));
      await form.getByLabel("Bron van de cijfers").fill("Testbestand");
      await form.getByRole("button", { name: "Importeren" }).click();
      const alert = form.getByRole("alert");
      await alert.waitFor();
      const problems = await textOf(alert);
      expect(problems).toContain("Er is niets geïmporteerd.");
      expect(problems).toContain('Regel 3, kolom jaar: "twintig" is geen jaartal');
      expect(problems).toContain("Regel 4, kolom waarde");
      await expectAccessible(page, "benchmark import with errors");
      // Nothing saved: the demo peers are still there, the bad file's municipalities are not.
      expect(await peers.getByLabel("Buurdorp").count()).toBe(1);
      expect(await page.getByLabel("Anderdorp").count()).toBe(0);

      await form.getByLabel("CSV-bestand").setInputFiles(csvFile(GOOD_LINES));
      await form.getByRole("button", { name: "Importeren" }).click();
      await expect.poll(() => statusText(page)).toContain("Import gelukt: 12 regels ingelezen.");
      expect(await form.getByRole("alert").count()).toBe(0);
      await peers.getByLabel("Anderdorp").waitFor();
      expect(await page.getByLabel("Buurdorp").count()).toBe(0);
      const growth = page.getByRole("table", { name: "Groei sinds 2019" });
      await expect.poll(() => textOf(growth.getByRole("row").filter({ hasText: "Wmo-cliënten" }))).toContain("+10%");
      expect(await textOf(growth.getByRole("row").filter({ hasText: "Wmo-cliënten" }))).toContain("+30%");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows the indexed lines (base year = 100) with their table alternative, and follows a changed peer group",
    async () => {
      const chart = page.getByRole("figure", { name: "Wmo-cliënten, index (2019 = 100)" });
      await chart.locator("svg").first().waitFor();
      await chart.getByText("Toon de cijfers als tabel").click();
      expect(await textOf(chart.getByRole("row").filter({ hasText: "2019" }))).toMatch(/2019\s+100\s+100/);
      expect(await textOf(chart.getByRole("row").filter({ hasText: "2022" }))).toMatch(/2022\s+110\s+130/);
      await expectAccessible(page, "Monitor, Benchmarks with the indexed lines");

      // Only Derdeveen as peer: 300 → 400 is +33,3%.
      await page.getByRole("group", { name: "Vergelijkingsgroep" }).getByLabel("Anderdorp").uncheck();
      await expect.poll(() => textOf(page.getByRole("table", { name: "Groei sinds 2019" }).getByRole("row").filter({ hasText: "Wmo-cliënten" }))).toContain("+33,3%");
      const csv = await page.getByRole("link", { name: /Downloaden \(CSV\)/ }).getAttribute("href");
      expect(csv).toContain("peers=Derdeveen");
      expect(await (await page.request.get(csv!)).text()).toContain("Wmo-cliënten;2022;10,0;33,3");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "lets the controller read every view without forms to change anything",
    async () => {
      const context = await newUserContext(browser, app.url);
      const controller = await context.newPage();
      try {
        await logIn(controller, "controller", await demoPassword(app.url));
        await controller.goto("/monitor");
        await expectPage(controller, "Monitor");
        await controller.getByRole("region", { name: `KPI's: ${CONTRACT}` }).getByRole("table").first().waitFor();
        expect(await controller.getByRole("button", { name: /Wijzigen/ }).count()).toBe(0);
        expect(await controller.getByRole("form", { name: /Contract toevoegen|Resultaatgesprek vastleggen/ }).count()).toBe(0);
        await expectAccessible(controller, "Monitor as controller");
        await controller.goto("/monitor/benchmarks");
        await expectPage(controller, "Monitor");
        await controller.getByRole("table", { name: "Groei sinds 2019" }).waitFor();
        expect(await controller.getByRole("form", { name: "Cijfers importeren (CSV)" }).count()).toBe(0);
      } finally {
        await context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "explains € 1 at the front when no panel has judged cases yet",
    async () => {
      await subNav().getByRole("link", { name: "€ 1 aan de voorkant" }).click();
      await expectPage(page, "Monitor");
      await expect.poll(() => textOf(page.getByRole("region", { name: "€ 1 aan de voorkant bespaart € X aan de achterkant" }))).toContain("Nog niet te berekenen");
      expect(await textOf(rowOf("Afgesloten casussen"))).toContain("11");
      await expectAccessible(page, "Monitor, € 1 at the front");
    },
    JOURNEY_TIMEOUT,
  );
});
