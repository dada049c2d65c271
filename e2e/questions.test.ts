import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Question } from "../src/domain/questions/dto";
import { formatDate, isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeEffort, effortMeter } from "./support/effort";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const FIRST = "Mevrouw wil weten waar ze terechtkan met een geschil met haar verhuurder.";
const SECOND = "Meneer vraagt of er een gratis belastingspreekuur is.";
const THIRD = "Vraag over een boete voor te laat betalen van de huur.";

describeJourneys("questions at the front door: registration and triage", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const today = () => formatDate(isoDateInDutchTime(new Date()));
  const questionHeading = () => `Vraag van ${today()}`;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    context = await newUserContext(browser, app.url);
    page = await context.newPage();
    await logIn(page, "triagist", password);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const openQuestions = async () => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Vragen", exact: true }).click();
    await expectPage(page, "Vragen");
  };
  const statusFilter = () => page.getByLabel("Toon vragen met status");
  const focusedLabel = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent ?? element?.tagName ?? "";
    });

  /** The error message that a control's aria-describedby points at. */
  const fieldError = async (label: string) => {
    const control = page.getByLabel(label, { exact: true });
    expect(await control.getAttribute("aria-invalid"), label).toBe("true");
    const errorId = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, label).toBeDefined();
    return textOf(page.locator(`[id="${errorId}"]`));
  };

  it(
    "shows the empty triage queue first",
    async () => {
      await openQuestions();
      expect(await statusFilter().inputValue()).toBe("awaiting_triage");
      expect(await textOf(page.locator(".bw-empty-state"))).toContain("Er zijn geen vragen met de status ‘Wacht op triage’.");
      await expectAccessible(page, "Vragen, empty");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "registers an anonymous question: the empty description gets its field error first",
    async () => {
      await page.getByRole("link", { name: "Nieuwe vraag" }).click();
      await expectPage(page, "Nieuwe vraag");
      const date = page.getByLabel("Datum", { exact: true });
      await expect.poll(() => date.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await date.inputValue()).toBe(today());
      expect(await page.getByText("Mag leeg blijven: anoniem.").count()).toBe(1);
      await expectAccessible(page, "Nieuwe vraag");

      await page.getByLabel("Kanaal").selectOption({ label: "Telefoon" });
      await page.getByLabel("Onderwerp").selectOption({ label: "Wonen" });
      await date.press("Enter");
      const summary = page.getByRole("alert");
      await summary.waitFor();
      const message = await fieldError("Wat wordt er gevraagd?");
      expect(message).toContain("Beschrijf kort wat er gevraagd wordt");
      expect(await textOf(summary)).toContain(message);
      await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? "")).toContain("bw-error-summary");
      await expectAccessible(page, "Nieuwe vraag with a validation error");

      await page.getByLabel("Wat wordt er gevraagd?").fill(FIRST);
      await page.getByRole("button", { name: "Vraag registreren" }).click();
      await expectPage(page, questionHeading());
      expect(await statusText(page)).toContain("De vraag is geregistreerd.");
      const details = page.getByRole("region", { name: "Gegevens van de vraag" });
      for (const text of [FIRST, "Telefoon", "Wonen", "Anoniem", "Wacht op triage"]) {
        expect(await textOf(details), text).toContain(text);
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "lists the question under 'Wacht op triage', newest first, and keeps the filter in the address",
    async () => {
      await page.getByRole("link", { name: "Terug naar vragen" }).click();
      await expectPage(page, "Vragen");
      const row = page.getByRole("row").filter({ hasText: FIRST });
      await row.waitFor();
      expect(await textOf(row)).toContain("Wacht op triage");
      expect(await textOf(row)).toContain("Anoniem");
      expect(await textOf(page.getByRole("table").locator("caption"))).toBe("1 vraag (Wacht op triage)");
      await expectAccessible(page, "Vragen with one question");

      await statusFilter().selectOption({ label: "Direct opgelost" });
      await page.getByText("Er zijn geen vragen met de status ‘Direct opgelost’.").waitFor();
      expect(new URL(page.url()).search).toBe("?status=solved_directly");
      await page.goBack();
      await expectPage(page, questionHeading());
      await page.goForward();
      await expectPage(page, "Vragen");
      expect(await statusFilter().inputValue()).toBe("solved_directly");
      await statusFilter().selectOption({ label: "Wacht op triage" });
      await page.getByRole("row").filter({ hasText: FIRST }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "triages it as 'Elders beantwoord': without 'waar' the field error, then the outcome",
    async () => {
      await page.getByRole("link", { name: FIRST }).click();
      await expectPage(page, questionHeading());
      const triage = page.getByRole("group", { name: "Uitkomst" });
      expect(await triage.getByRole("radio").count()).toBe(3);
      expect(await page.getByLabel("Waar beantwoord?").count()).toBe(0);
      await expectAccessible(page, "question awaiting triage");

      await triage.getByRole("radio", { name: "Elders beantwoord" }).check();
      await page.getByLabel("Waar beantwoord?").waitFor();
      await page.getByRole("button", { name: "Triage vastleggen" }).click();
      await page.getByRole("alert").waitFor();
      expect(await fieldError("Waar beantwoord?")).toContain("Vul in waar de vraag beantwoord wordt");
      await expectAccessible(page, "triage with a validation error");

      await page.getByLabel("Waar beantwoord?").fill("Het Juridisch Loket");
      await page.getByLabel("Notitie (niet verplicht)").fill("Folder meegegeven.");
      await page.getByRole("button", { name: "Triage vastleggen" }).click();
      const result = page.getByRole("region", { name: "Uitkomst van de triage" });
      await result.waitFor();
      await expect.poll(() => result.evaluate((section) => section.contains(document.activeElement))).toBe(true);
      expect(await statusText(page)).toContain("De triage is vastgelegd: Elders beantwoord.");
      for (const text of ["Elders beantwoord", "Het Juridisch Loket", "Folder meegegeven.", today()]) {
        expect(await textOf(result), text).toContain(text);
      }
      expect(await page.getByRole("button", { name: "Triage vastleggen" }).count()).toBe(0);
      await expectAccessible(page, "triaged question");

      await page.getByRole("link", { name: "Terug naar vragen" }).click();
      await expectPage(page, "Vragen");
      await page.getByText("Er zijn geen vragen met de status ‘Wacht op triage’.").waitFor();
      await statusFilter().selectOption({ label: "Elders beantwoord" });
      expect(await textOf(page.getByRole("row").filter({ hasText: FIRST }))).toContain("Elders beantwoord");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "registers and triages another question as 'Direct opgelost' with the keyboard alone, and measures the effort",
    async () => {
      await openQuestions();
      const effort = effortMeter(page);
      await effort.click(page.getByRole("link", { name: "Nieuwe vraag" }));
      await expectPage(page, "Nieuwe vraag");
      await expect.poll(focusedLabel).toBe("Datum");
      await effort.press("Tab");
      expect(await focusedLabel()).toBe("Kanaal");
      await effort.press("b");
      await expect.poll(() => page.getByLabel("Kanaal").inputValue()).toBe("balie");
      await effort.press("Tab");
      await effort.press("g");
      await expect.poll(() => page.getByLabel("Onderwerp").inputValue()).toBe("geldzaken");
      await effort.press("Tab");
      expect(await focusedLabel()).toBe("Wat wordt er gevraagd?");
      await effort.type(SECOND);
      await effort.press("Control+Enter");
      await expectPage(page, questionHeading());

      // From the page's heading: past "Terug naar vragen" to the outcomes, choose, record.
      await effort.press("Tab");
      await effort.press("Tab");
      expect(await focusedLabel()).toBe("Direct opgelost");
      await effort.press("Space");
      await effort.press("Enter");
      const result = page.getByRole("region", { name: "Uitkomst van de triage" });
      await result.waitFor();
      const measured = effort.result();
      console.log(describeEffort("register + triage one question (keyboard only)", measured));

      expect(await textOf(result)).toContain("Direct opgelost");
      const details = page.getByRole("region", { name: "Gegevens van de vraag" });
      expect(await textOf(details)).toContain("Balie");
      expect(await textOf(details)).toContain("Geldzaken");
      expect(measured.clicks).toBe(1);
      expect(measured.interactions).toBeLessThanOrEqual(12);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "never overwrites a change made elsewhere: 409 asks to reload, then the triage succeeds",
    async () => {
      const api = apiOf(page);
      const question = await api.post<Question>("/questions", {
        receivedOn: isoDateInDutchTime(new Date()),
        channel: "email",
        topic: "wonen",
        asked: THIRD,
        residentName: "J. de Boer",
      });
      await page.goto(`/vragen/${question.id}`);
      await expectPage(page, questionHeading());
      expect(await textOf(page.getByRole("region", { name: "Gegevens van de vraag" }))).toContain("J. de Boer");
      await api.patch(`/questions/${question.id}`, { version: question.version, topic: "geldzaken" });

      await page.getByRole("radio", { name: "Gesprek nodig" }).check();
      await page.getByRole("button", { name: "Triage vastleggen" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await textOf(alert)).toContain("Iemand anders heeft dit intussen gewijzigd; herlaad en probeer opnieuw");
      await expectAccessible(page, "triage version conflict");
      await alert.getByRole("button", { name: "Herladen" }).click();
      await expect.poll(() => statusText(page)).toContain("De actuele gegevens zijn geladen.");
      expect(await textOf(page.getByRole("region", { name: "Gegevens van de vraag" }))).toContain("Geldzaken");
      expect(await page.getByRole("alert").count()).toBe(0);

      await page.getByRole("radio", { name: "Gesprek nodig" }).check();
      await page.getByRole("button", { name: "Triage vastleggen" }).click();
      const result = page.getByRole("region", { name: "Uitkomst van de triage" });
      await result.waitFor();
      expect(await textOf(result)).toContain("Gesprek nodig");
      await expectAccessible(page, "question with the outcome 'Gesprek nodig'");
      const saved = await api.get<Question>(`/questions/${question.id}`);
      expect(saved.outcome).toBe("needs_conversation");
    },
    JOURNEY_TIMEOUT,
  );
});
