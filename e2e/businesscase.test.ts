import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BusinessCaseResult } from "../src/domain/businesscase/dto";
import type { CaseSummary } from "../src/domain/cases/dto";
import { apiOf } from "./support/api";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { WEB_ROOT } from "./support/paths";
import { demoPassword, logIn, newUserContext } from "./support/session";

/** The demo municipality with sample households: closed cases, a completed panel round, factors and costs. */
const SAMPLE_HOUSEHOLDS = 80;
const SETUP_WITH_SAMPLE = 240_000;

describeJourneys("business case: case facts on the case page, filters, figures, chart table and suppression", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  let contexts: BrowserContext[];
  let worker: Page;
  let controller: Page;

  beforeAll(async () => {
    const { startServer } = await import("../src/server/start");
    [server, browser] = await Promise.all([
      startServer({ port: 0, host: "127.0.0.1", demo: true, quiet: true, webRoot: WEB_ROOT, sampleHouseholds: SAMPLE_HOUSEHOLDS }),
      launchChromium(),
    ]);
    const url = server.url.replace(/\/$/, "");
    const password = await demoPassword(url);
    contexts = await Promise.all([newUserContext(browser, url), newUserContext(browser, url)]);
    [worker, controller] = await Promise.all([contexts[0]!.newPage(), contexts[1]!.newPage()]);
    await Promise.all([logIn(worker, "sociaal_werker", password), logIn(controller, "controller", password)]);
  }, SETUP_WITH_SAMPLE);

  afterAll(async () => {
    for (const context of contexts ?? []) await context.close();
    await browser?.close();
    await server?.close();
  });

  const errorOf = async (control: Locator) => {
    const errorId = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, "aria-describedby names an error").toBeDefined();
    return textOf(control.page().locator(`[id="${errorId}"]`));
  };

  it(
    "the social worker sets the approach, tags a factor and records and deletes a direct cost on a case",
    async () => {
      const [open] = await apiOf(worker).get<{ items: CaseSummary[] }>("/cases?status=actief").then((r) => r.items);
      await worker.goto(`/casussen/${open!.id}`);
      const facts = worker.getByRole("region", { name: "Voor de businesscase" });
      await facts.getByLabel("Aanpak").waitFor();
      await facts.getByLabel("Aanpak").selectOption({ label: "Casusplatform" });
      await expect.poll(() => statusText(worker)).toContain("Aanpak Casusplatform vastgelegd.");
      await facts.getByRole("checkbox", { name: "Wachtlijst" }).check();
      await expect.poll(() => statusText(worker)).toContain("Wachtlijst vastgelegd.");
      expect(await facts.getByRole("checkbox", { name: "Wachtlijst" }).isChecked()).toBe(true);

      const form = facts.getByRole("form", { name: "Kosten vastleggen" });
      await form.getByLabel("Soort").selectOption({ label: "Vrijwilligerskosten" });
      await form.getByLabel("Omschrijving").fill("Reiskosten maatje");
      await form.getByLabel("Bedrag (€)").fill("twaalf");
      await form.getByRole("button", { name: "Kosten vastleggen" }).click();
      await form.getByRole("alert").waitFor();
      expect(await errorOf(form.getByLabel("Bedrag (€)"))).toContain("Vul een bedrag in, bijvoorbeeld 42,50.");
      await expectAccessible(worker, "case facts with a field error", { include: 'section[aria-labelledby="case-facts-heading"]' });
      await form.getByLabel("Bedrag (€)").fill("42,50");
      await form.getByRole("button", { name: "Kosten vastleggen" }).click();
      await expect.poll(() => statusText(worker)).toContain("€ 42,50 vastgelegd.".replace(" ", "\u00a0"));
      // The list is fetched again after the save, so it may follow the status message by a moment.
      await expect.poll(() => textOf(facts)).toContain("Totaal directe kosten: €\u00a042,50");

      await facts.getByRole("button", { name: "Verwijder Reiskosten maatje" }).click();
      const dialog = worker.getByRole("dialog", { name: "Kosten verwijderen?" });
      await dialog.getByRole("button", { name: "Verwijderen" }).click();
      await expect.poll(() => statusText(worker)).toContain("Reiskosten maatje verwijderd.");
      await expect.poll(() => textOf(facts)).toContain("Er zijn nog geen directe kosten vastgelegd.");
      await expectAccessible(worker, "a case with business-case facts");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the controller sees the demo business case: € 1 at the front, costs, payers with a table alternative, shares and factors",
    async () => {
      await controller.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Businesscase" }).click();
      await expectPage(controller, "Businesscase");
      const key = controller.getByRole("region", { name: "Kerncijfers" });
      await key.waitFor();
      const text = await textOf(key);
      expect(text).toMatch(/€ 1 aan de voorkant bespaart €\s?[\d.,]+ aan maatwerk\. \(95%-interval €\s?[\d.,]+ tot €\s?[\d.,]+\)/);
      expect(text).toContain("Aandeel met effect op maatwerk (Wilson)");
      // The demo round's three reviewers did not always agree: a kappa with its Landis & Koch reading.
      expect(text).toMatch(/Overeenstemming panel \(Fleiss' kappa\)\s*-?\d(,\d{1,2})?: (?:[a-zé() ]+overeenstemming|minder dan toeval), over \d+ casussen met drie oordelen/);
      const costs = await textOf(controller.getByRole("table", { name: "Kosten van alle gekozen casussen" }));
      for (const kind of ["Uren × uurtarief", "Uitgaven uit het budget", "Vrijwilligerskosten", "Activiteiten", "Totaal"]) expect(costs).toContain(kind);
      for (const heading of ["Uitkomsten en oordelen", "Succes- en faalfactoren", "Signaal: voorkant duurder dan het vervangen maatwerk"]) {
        await controller.getByRole("heading", { level: 2, name: heading }).waitFor();
      }
      expect(await textOf(controller.getByRole("table", { name: /Uitkomst bij afsluiten/ }))).toContain("Lichte vorm van maatwerk");
      await expectAccessible(controller, "Businesscase with the default selection");

      const figure = controller.getByRole("figure", { name: "Kosten en vermeden maatwerk per partij (beoordeelde casussen)" });
      await figure.locator("svg").first().waitFor();
      await figure.getByText("Toon de cijfers als tabel").click();
      const table = figure.getByRole("table");
      expect(await textOf(table)).toContain("Gemeente (voorkant)");
      expect(await table.getByRole("row").count()).toBeGreaterThan(2);
      await expectAccessible(controller, "Businesscase with the chart's table open");

      const pdf = controller.getByRole("link", { name: "Raadsrapportage downloaden (PDF)" });
      const xlsx = controller.getByRole("link", { name: "Raadsrapportage downloaden (Excel)" });
      expect(await pdf.getAttribute("href")).toMatch(/^\/api\/v1\/businesscase\/report\.pdf\?closedFrom=/);
      expect(new URL(`http://x${await xlsx.getAttribute("href")}`).pathname).toBe("/api/v1/businesscase/report.xlsx");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "checks the filter in Dutch, then recomputes for one team at another rate; the report links carry the same query",
    async () => {
      const filter = controller.getByRole("form", { name: "Selectie en uitgangspunten" });
      await filter.getByLabel("Uurtarief (€)").fill("veel");
      await filter.getByLabel("Aantal bootstraptrekkingen").fill("10");
      await filter.getByRole("button", { name: "Berekenen" }).click();
      await filter.getByRole("alert").waitFor();
      expect(await errorOf(filter.getByLabel("Uurtarief (€)"))).toContain("Vul een bedrag in van € 0,01 tot € 1.000");
      expect(await errorOf(filter.getByLabel("Aantal bootstraptrekkingen"))).toContain("Vul een heel getal in van 100 tot en met 20.000.");
      await expectAccessible(controller, "business-case filter with field errors", { include: "form" });

      const before = await apiOf(controller).get<BusinessCaseResult>(`/businesscase?${new URLSearchParams({ closedFrom: await isoOf(filter, "Afgesloten vanaf"), closedTo: await isoOf(filter, "Afgesloten tot en met"), hourlyRateCents: "7500", priceYear: String(new Date().getFullYear()), draws: "2000", seed: "1" })}`);
      await filter.getByLabel("Uurtarief (€)").fill("80,00");
      await filter.getByLabel("Aantal bootstraptrekkingen").fill("500");
      await filter.getByLabel("Team", { exact: true }).selectOption({ label: "Wijkteam Noord" });
      await filter.getByRole("button", { name: "Berekenen" }).click();
      await expect.poll(() => new URL(controller.url()).searchParams.get("hourlyRateCents")).toBe("8000");
      const params = new URL(controller.url()).searchParams;
      expect(params.get("teamId")).not.toBeNull();
      expect(params.get("draws")).toBe("500");
      const key = controller.getByRole("region", { name: "Kerncijfers" });
      await key.waitFor();
      const cases = Number((await textOf(key)).match(/Afgesloten casussen in de selectie\s+(\d+)/)![1]);
      expect(cases).toBeLessThan(before.cases);
      expect(await controller.getByRole("link", { name: "Raadsrapportage downloaden (PDF)" }).getAttribute("href")).toBe(`/api/v1/businesscase/report.pdf?${params}`);
      expect(await controller.getByRole("link", { name: "Raadsrapportage downloaden (Excel)" }).getAttribute("href")).toBe(`/api/v1/businesscase/report.xlsx?${params}`);
      const report = await controller.request.get(`/api/v1/businesscase/report.pdf?${params}`);
      expect(report.status()).toBe(200);
      expect(report.headers()["content-type"]).toBe("application/pdf");
      await expectAccessible(controller, "Businesscase for one team");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "suppresses counts below 5 and refuses a selection of fewer than 5 cases with a clear message",
    async () => {
      // One team: smaller groups, so some counts (verdicts, factors) fall below 5 and read "minder dan 5".
      const main = await textOf(controller.locator("main"));
      expect(main).toContain("minder dan 5");
      const filter = controller.getByRole("form", { name: "Selectie en uitgangspunten" });
      await filter.getByLabel("Afgesloten vanaf").fill("01-01-2020");
      await filter.getByLabel("Afgesloten tot en met").fill("31-12-2020");
      await filter.getByRole("button", { name: "Berekenen" }).click();
      const refusal = controller.getByRole("alert").filter({ hasText: "Voor deze selectie is geen businesscase te maken." });
      await refusal.waitFor();
      expect(await textOf(refusal)).toContain("Te weinig afgesloten casussen in deze selectie (minder dan 5) voor een rapportage");
      expect(await controller.getByRole("region", { name: "Kerncijfers" }).count()).toBe(0);
      expect(await controller.getByRole("link", { name: "Raadsrapportage downloaden (PDF)" }).count()).toBe(0);
      await expectAccessible(controller, "Businesscase refused for a small selection");
    },
    JOURNEY_TIMEOUT,
  );
});

/** A date field's value as ISO (the form shows dd-mm-jjjj). */
async function isoOf(form: Locator, label: string): Promise<string> {
  const [d, m, y] = (await form.getByLabel(label).inputValue()).split("-");
  return `${y}-${m}-${d}`;
}
