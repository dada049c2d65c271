import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_INDEX_SERIES } from "../src/demo/demo-index-series";
import { starterPrices } from "../src/domain/prices/starter-prices";
import { formatCents } from "../src/web/format";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

/** Money as the app shows it: `€ 1.234,56` with a non-breaking space. */
const euro = (text: string) => text.replace("€ ", "€\u00a0");
const EXAMPLE = "Voorbeeld — controleren";
const HEADER = "code;omschrijving;eenheid;prijs;prijsjaar;betaler;bron;betrouwbaarheid;voorbeeld";
const csvFile = (lines: string[]) => ({ name: "prijzen.csv", mimeType: "text/csv", buffer: Buffer.from(`${[HEADER, ...lines].join("\r\n")}\r\n`) });
/** The demo's index value per year, and a year before the series starts (so not indexable until added). */
const demoIndex = Object.fromEntries(DEMO_INDEX_SERIES.map((point) => [point.year, point.value])) as Record<number, number>;
const OUTSIDE_YEAR = Math.min(...DEMO_INDEX_SERIES.map((point) => point.year)) - 4;
const NEW_LINE = `GEM-MAATJE-UUR;Maatjesproject;uur;12,50;${OUTSIDE_YEAR};gemeente_overig;Eigen contract ${OUTSIDE_YEAR};4;nee`;
/** The starter item the journeys read and change. */
const IB = starterPrices.find((item) => item.code === "WMO-IB-UUR")!;
const HH = starterPrices.find((item) => item.code === "WMO-HH-UUR")!;

describeJourneys("Prijslijst: read for everyone, kept by the beleidsadviseur", () => {
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
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await workerContext?.close();
    await adviserContext?.close();
    await browser?.close();
    await app?.close();
  });

  const rowOf = (target: Page, code: string) => target.getByRole("row").filter({ hasText: code });
  const openPriceList = async (target: Page) => {
    await target.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Prijslijst", exact: true }).click();
    await expectPage(target, "Prijslijst");
  };

  it(
    "the social worker sees the starter list with the example marker, and cannot change it",
    async () => {
      await openPriceList(worker);
      const row = rowOf(worker, "WMO-IB-UUR");
      await row.waitFor();
      const text = await textOf(row);
      for (const expected of [IB.label, IB.unit, formatCents(IB.priceCents), String(IB.priceYear), "Gemeente (Wmo)", `${IB.confidence} van 5`, EXAMPLE]) {
        expect(text, expected).toContain(expected);
      }
      expect(await worker.getByRole("row").count()).toBe(starterPrices.length + 1);
      expect(await worker.getByRole("link", { name: "Exporteren (CSV)" }).getAttribute("href")).toBe("/api/v1/prices/export.csv");
      expect(await worker.getByRole("button", { name: /Wijzigen|Verwijderen|Importeren/ }).count()).toBe(0);
      expect(await worker.getByRole("form").count()).toBe(0);
      await expectAccessible(worker, "Prijslijst, read only");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the beleidsadviseur changes a price, after the field error for an unreadable amount",
    async () => {
      await openPriceList(page);
      await expectAccessible(page, "Prijslijst, to manage");
      await rowOf(page, "WMO-IB-UUR").getByRole("button", { name: "Wijzigen WMO-IB-UUR" }).click();
      const form = page.getByRole("form", { name: "Prijs WMO-IB-UUR wijzigen" });
      await expect.poll(() => form.getByRole("heading").evaluate((element) => element === document.activeElement)).toBe(true);
      const price = form.getByLabel("Prijs in euro");
      expect(await price.inputValue()).toBe((IB.priceCents / 100).toFixed(2).replace(".", ","));
      await price.fill("veel");
      await form.getByRole("button", { name: "Wijziging opslaan" }).click();
      await form.getByRole("alert").waitFor();
      expect(await price.getAttribute("aria-invalid")).toBe("true");
      expect(await textOf(form.getByRole("alert"))).toContain("Vul een bedrag in, bijvoorbeeld 65,50.");
      await expectAccessible(page, "price form with a field error", { include: "form[aria-labelledby='price-form-heading']" });

      await price.fill("70,50");
      await form.getByLabel("Voorbeeldbedrag (nog controleren)").uncheck();
      await price.press("Enter");
      await expect.poll(() => statusText(page)).toContain("Prijs WMO-IB-UUR is gewijzigd.");
      await expect.poll(() => textOf(rowOf(page, "WMO-IB-UUR"))).toContain(euro("€ 70,50"));
      expect(await textOf(rowOf(page, "WMO-IB-UUR"))).not.toContain(EXAMPLE);
      await page.getByRole("form", { name: "Prijs toevoegen" }).waitFor();
      await expectAccessible(page, "price changed");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "indexes the list to another price year",
    async () => {
      await page.getByLabel("Prijspeil").selectOption("2026");
      await expect.poll(() => new URL(page.url()).search).toBe("?prijspeil=2026");
      await page.getByRole("columnheader", { name: "Prijs in 2026" }).waitFor();
      // The changed 70,50 keeps the starter item's price year; the demo series brings it to 2026.
      const indexed = Math.round((7050 * demoIndex[2026]!) / demoIndex[IB.priceYear]!);
      await expect.poll(() => textOf(rowOf(page, "WMO-IB-UUR"))).toContain(formatCents(indexed));
      await expectAccessible(page, "Prijslijst in prijspeil 2026");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "imports a CSV with an error: every problem with row and column, and nothing changed",
    async () => {
      const form = page.getByRole("form", { name: "Importeren (CSV)" });
      await form.getByLabel("CSV-bestand").setInputFiles(
        csvFile(["WMO-HH-UUR;Wmo hulp bij het huishouden;uur;35,00;2024;gemeente_wmo;Contract 2024;4;nee", "GEM-X;Iets;uur;abc;2024;gemeente_overig;Bron;3;nee"]),
      );
      await form.getByRole("button", { name: "Importeren" }).click();
      const alert = form.getByRole("alert");
      await alert.waitFor();
      const text = await textOf(alert);
      expect(text).toContain("Er is niets geïmporteerd.");
      expect(text).toContain('Regel 3, kolom prijs: "abc" is geen bedrag');
      expect(await textOf(rowOf(page, "WMO-HH-UUR"))).toContain(formatCents(HH.priceCents));
      expect(await rowOf(page, "GEM-X").count()).toBe(0);
      await expectAccessible(page, "import with an error");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "imports a good CSV: one added, one updated; a price year outside the series cannot be indexed",
    async () => {
      const form = page.getByRole("form", { name: "Importeren (CSV)" });
      await form.getByLabel("CSV-bestand").setInputFiles(
        csvFile(["WMO-HH-UUR;Wmo hulp bij het huishouden;uur;35,00;2024;gemeente_wmo;Contract 2024;4;nee", NEW_LINE]),
      );
      await form.getByRole("button", { name: "Importeren" }).click();
      await expect.poll(() => statusText(page)).toContain("Import gelukt: 1 toegevoegd, 1 bijgewerkt.");
      expect(await form.getByRole("alert").count()).toBe(0);
      await expect.poll(() => textOf(rowOf(page, "WMO-HH-UUR"))).toContain(euro("€ 35,00"));
      const added = rowOf(page, "GEM-MAATJE-UUR");
      await added.waitFor();
      expect(await textOf(added)).toContain("niet te indexeren");
      await expectAccessible(page, "after a good import");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "adds the new price's year to the index series, so it can be indexed; then removes that price",
    async () => {
      const editor = page.getByRole("form", { name: "Indexreeks" });
      await editor.getByRole("button", { name: "Regel toevoegen" }).click();
      const row = DEMO_INDEX_SERIES.length + 1;
      const year = editor.getByLabel(`Jaar, regel ${row}`, { exact: true });
      await expect.poll(() => year.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.insertText(String(OUTSIDE_YEAR));
      await editor.getByLabel(`Indexcijfer, regel ${row}`, { exact: true }).fill("70");
      await editor.getByLabel(`Bron, regel ${row}`, { exact: true }).fill("Eigen reeks");
      await editor.getByRole("button", { name: "Indexreeks opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain(`Indexreeks opgeslagen (${row} jaren).`);
      expect(await editor.getByLabel("Jaar, regel 1", { exact: true }).inputValue()).toBe(String(OUTSIDE_YEAR));
      // 12,50 × index 2026 / 70
      await expect.poll(() => textOf(rowOf(page, "GEM-MAATJE-UUR"))).toContain(formatCents(Math.round((1250 * demoIndex[2026]!) / 70)));
      await expectAccessible(page, "index series saved");

      await rowOf(page, "GEM-MAATJE-UUR").getByRole("button", { name: "Verwijderen GEM-MAATJE-UUR" }).click();
      const dialog = page.getByRole("dialog", { name: "Prijs GEM-MAATJE-UUR verwijderen?" });
      await dialog.waitFor();
      await expectAccessible(page, "remove dialog");
      await dialog.getByRole("button", { name: "Verwijderen" }).click();
      await expect.poll(() => statusText(page)).toContain("Prijs GEM-MAATJE-UUR is verwijderd.");
      expect(await rowOf(page, "GEM-MAATJE-UUR").count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );
});
