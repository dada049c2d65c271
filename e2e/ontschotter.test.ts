import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Escalation } from "../src/domain/platform/dto";
import { formatCents, formatDate, isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";
import { createStuckCase, isoDaysAgo } from "./support/stuck-case";

const HOUSEHOLD = "Familie Yilmaz";
const OTHER = "Familie Jansen";
const YEAR = isoDateInDutchTime(new Date()).slice(0, 4);
const PETTY_CASH = `Handgeld ontschotter ${YEAR}`;
const SPEND = "Tweedehands brommer om bij het werk te komen";

/**
 * The done-when journey: an ontschotter takes a stuck case through a platform meeting to a
 * funded breakthrough (a request from the handgeld pot, approved under the mandate, in the ledger) and
 * its later recovery (a claim on bijzondere bijstand honoured, the pot credited) — in the browser.
 */
describeJourneys("ontschotter: a stuck case through the casusplatform to a funded breakthrough and its recovery", () => {
  let app: RunningApp;
  let browser: Browser;
  let workerContext: BrowserContext;
  let ontschotterContext: BrowserContext;
  let worker: Page;
  let page: Page;
  let caseId = "";
  let escalationUrl = "";
  let requestUrl = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    [workerContext, ontschotterContext] = await Promise.all([newUserContext(browser, app.url), newUserContext(browser, app.url)]);
    [worker, page] = await Promise.all([workerContext.newPage(), ontschotterContext.newPage()]);
    await Promise.all([logIn(worker, "sociaal_werker", password), logIn(page, "ontschotter", password)]);
    // The data the journey is not about: the stuck case with its costing, and another case escalated long ago.
    caseId = (await createStuckCase(worker, HOUSEHOLD, { costing: true })).id;
    const other = await createStuckCase(worker, OTHER);
    await apiOf(worker).post<Escalation>("/platform/escalations", { caseId: other.id, reason: "Schulden en huur lopen door elkaar", escalatedOn: isoDaysAgo(30) });
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await workerContext?.close();
    await ontschotterContext?.close();
    await browser?.close();
    await app?.close();
  });

  const menu = (target: Page, label: string) => target.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: label, exact: true });
  const region = (target: Page, name: string) => target.getByRole("region", { name, exact: true });
  const rowOf = (target: Page, text: string) => target.getByRole("row").filter({ hasText: text });

  it(
    "the ontschotter sees the overdue list and the case without movement, and escalates it: the clock starts",
    async () => {
      await menu(page, "Casusplatform").click();
      await expectPage(page, "Casusplatform");
      const overdue = region(page, "Te laat: langer dan 3 weken vast");
      expect(await textOf(rowOf(page, OTHER).first())).toContain("30");
      expect(await textOf(overdue)).toContain(OTHER);
      expect(await textOf(overdue)).not.toContain(HOUSEHOLD);
      const stuck = region(page, "Casussen zonder beweging");
      expect(await textOf(rowOf(page, HOUSEHOLD))).toContain("35");
      await expectAccessible(page, "Casusplatform overview");

      await stuck.getByRole("link", { name: `Aanmelden ${HOUSEHOLD}` }).click();
      await expectPage(page, `Aanmelden bij casusplatform: ${HOUSEHOLD}`);
      await expectAccessible(page, "escalation form");
      await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
      const form = page.getByRole("form", { name: "Aanmelden bij casusplatform" });
      await form.getByRole("alert").waitFor();
      expect(await textOf(form.getByRole("alert"))).toContain("Waarom zit de casus vast?");
      await page.getByLabel("Waarom zit de casus vast?").fill("Meneer kan een baan krijgen maar heeft geen vervoer; Participatiewet vergoedt geen brommer");
      await page.getByLabel("Aangemeld op").fill(formatDate(isoDaysAgo(10)));
      await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
      await expectPage(page, `Casusplatform: ${HOUSEHOLD}`);
      escalationUrl = page.url();
      await expect.poll(() => statusText(page)).toContain(`${HOUSEHOLD} is aangemeld bij het casusplatform.`);
      expect(await textOf(page.locator("main"))).toContain("10 van de streeftermijn van 21 dagen");
      await expectAccessible(page, "escalation page");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "records the platform meeting: invited professionals, the resident, first question, ideas, breakthrough, actions and the mandated decision",
    async () => {
      const form = page.getByRole("form", { name: "Overleg vastleggen" });
      await form.getByLabel("Uitgenodigde 1", { exact: true }).fill("Werkcoach UWV");
      await form.getByRole("button", { name: "Uitgenodigde toevoegen" }).click();
      await form.getByLabel("Uitgenodigde 2", { exact: true }).fill("Consulent Participatiewet");
      await form.getByLabel("De inwoner schoof aan").check();
      await form.getByLabel("Eerste vraag van de inwoner").fill("Hoe kom ik om zes uur 's ochtends bij de kaasfabriek?");
      await form.getByLabel("Idee 1", { exact: true }).fill("Carpoolen met een collega");
      await form.getByRole("button", { name: "Idee toevoegen" }).click();
      await form.getByLabel("Idee 2", { exact: true }).fill("Brommer uit het handgeld, terugvorderen bij bijzondere bijstand");
      await form.getByLabel("Doorbraak").fill("Een brommer, voorgefinancierd uit het handgeld");
      await form.getByLabel("Actie 1: wat").fill("Aanvraag bijzondere bijstand indienen");
      await form.getByLabel("Actie 1: wie").fill("Consulent Participatiewet");
      await form.getByLabel("Actie 1: uiterlijk").fill(formatDate(isoDaysAgo(-14)));
      await form.getByLabel("Besluit van de ontschotter").fill("De brommer wordt nu betaald; de consulent vraagt bijzondere bijstand aan");
      await expectAccessible(page, "meeting form filled in", { include: "form[aria-labelledby='meeting-form-heading']" });
      await form.getByRole("button", { name: "Overleg vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("Het overleg is vastgelegd.");
      const meetings = region(page, "Platformoverleg");
      await meetings.getByRole("heading", { name: `Overleg van ${formatDate(isoDateInDutchTime(new Date()))}` }).waitFor();
      const text = await textOf(meetings.getByRole("list", { name: "Platformoverleg" }));
      for (const expected of ["Werkcoach UWV, Consulent Participatiewet", "Ja", "kaasfabriek", "Carpoolen met een collega", "Een brommer, voorgefinancierd", `Aanvraag bijzondere bijstand indienen — Consulent Participatiewet, uiterlijk ${formatDate(isoDaysAgo(-14))}`, "De brommer wordt nu betaald"]) {
        expect(text, expected).toContain(expected);
      }
      await expectAccessible(page, "escalation page with a meeting");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the case director requests the breakthrough from the handgeld pot, with the case's costing beside the form",
    async () => {
      await worker.goto(`/casussen/${caseId}`);
      await expectPage(worker, `Casus ${HOUSEHOLD}`);
      const section = region(worker, "Budget en casusplatform");
      expect(await textOf(section)).toContain(`Op het casusplatform sinds ${formatDate(isoDaysAgo(10))}`);
      await section.getByRole("link", { name: "Budget aanvragen" }).click();
      await expectPage(worker, `Budget aanvragen voor ${HOUSEHOLD}`);
      const costing = region(worker, "Kostenvergelijking van de casus");
      expect(await textOf(costing)).toContain(formatCents(1_440_000));
      // The justification comes from the case's scenarios.
      expect(await worker.getByLabel("Rendement: wat levert het op?").inputValue()).toBe("Meneer kan de baan aannemen; de uitkering stopt");
      await expectAccessible(worker, "request form");

      await worker.getByLabel("Budget", { exact: true }).selectOption({ label: `${PETTY_CASH} (saldo ${formatCents(1_000_000)})` });
      await worker.getByLabel("Doel in eigen woorden").fill("brommer om bij de kaasfabriek te komen");
      await worker.getByLabel("Wat", { exact: true }).fill(SPEND);
      await worker.getByLabel("Bedrag in euro").fill("twaalfhonderd");
      await worker.getByLabel("Betalen aan").fill("Tweewielers Voorbeeld");
      await worker.getByLabel(/^Voorfinanciering/).check();
      await worker.getByRole("button", { name: "Aanvraag indienen" }).click();
      const alert = worker.getByRole("form", { name: "Aanvraag" }).getByRole("alert").first();
      await alert.waitFor();
      expect(await textOf(alert)).toContain("Vul een bedrag in euro in, bijvoorbeeld 1.250,00.");
      expect(await textOf(alert)).toContain("Kies een doelcategorie");
      const category = worker.getByLabel("Doelcategorie");
      expect(await category.getAttribute("aria-invalid")).toBe("true");
      expect(await category.locator("option").allInnerTexts()).toEqual([
        "Kies een doelcategorie",
        "Vervoer",
        "Wonen en huur",
        "Zorg, behandeling en hulpmiddelen",
        "Begeleiding en hulpverlening",
        "Werk en opleiding",
        "Schulden en geldzaken",
        "Onderwijs en kinderopvang",
        "Sport, vrije tijd en meedoen",
        "Overig",
      ]);
      await expectAccessible(worker, "request form with field errors", { include: "form[aria-labelledby='request-form-heading']" });
      // The category is a native select: chosen with the keyboard like any other field.
      await category.focus();
      await worker.keyboard.press("ArrowDown");
      expect(await category.inputValue()).toBe("vervoer");
      await worker.getByLabel("Bedrag in euro").fill("1.200,00");
      await worker.getByRole("button", { name: "Aanvraag indienen" }).click();
      await expectPage(worker, `Aanvraag: ${SPEND}`);
      requestUrl = new URL(worker.url()).pathname;
      await expect.poll(() => statusText(worker)).toContain(`De aanvraag van ${formatCents(120_000)} is ingediend.`);
      expect(await textOf(worker.locator("main"))).toContain("Te besluiten");
      expect(await textOf(worker.locator("main"))).toMatch(/Doelcategorie\s+Vervoer/);
      // The requester has a mandate on another pot only, and may not decide their own request anyway.
      expect(await worker.getByRole("form", { name: "Besluiten" }).count()).toBe(0);
      await expectAccessible(worker, "request page, pending");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the ontschotter approves it under her mandate, and the ledger shows the spend",
    async () => {
      await menu(page, "Budgetten").click();
      await expectPage(page, "Budgetten");
      expect(await textOf(region(page, "Budgetten").getByRole("row").filter({ hasText: PETTY_CASH }))).toContain(formatCents(1_000_000));
      await expectAccessible(page, "Budgetten");
      await region(page, "Aanvragen").getByRole("link", { name: SPEND }).click();
      await expectPage(page, `Aanvraag: ${SPEND}`);
      expect(new URL(page.url()).pathname).toBe(requestUrl);
      const decision = page.getByRole("form", { name: "Besluiten" });
      expect(await textOf(decision)).toContain(`U besluit met uw mandaat tot ${formatCents(250_000)}. Het bedrag van ${formatCents(120_000)} valt daarbinnen`);
      expect(await textOf(region(page, "Kostenvergelijking bij de aanvraag"))).toContain(formatCents(1_440_000));
      await expectAccessible(page, "request page, to decide");
      await decision.getByRole("radio", { name: "Goedkeuren" }).check();
      await decision.getByRole("button", { name: "Besluit vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("De aanvraag is goedgekeurd en geboekt.");
      await expect.poll(() => textOf(page.locator("main"))).toContain(`Olga Jansen (mandaat tot ${formatCents(250_000)})`);
      expect(await page.getByRole("form", { name: "Besluiten" }).count()).toBe(0);
      await expectAccessible(page, "request page, approved");

      await page.getByRole("link", { name: PETTY_CASH }).click();
      await expectPage(page, PETTY_CASH);
      expect(await textOf(rowOf(page, SPEND))).toContain(formatCents(-120_000));
      expect(await textOf(rowOf(page, SPEND))).toContain(formatCents(880_000));
      expect(await textOf(rowOf(page, SPEND))).toContain("Vervoer");
      await expectAccessible(page, "pot page with the spend");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "records the claim on bijzondere bijstand; honoured, it credits the pot",
    async () => {
      await page.goto(requestUrl);
      await expectPage(page, `Aanvraag: ${SPEND}`);
      const claims = region(page, "Terugvordering");
      const claimForm = page.getByRole("form", { name: "Terugvorderen" });
      await claimForm.getByLabel("Reguliere financiering").selectOption({ label: "Bijzondere bijstand" });
      expect(await claimForm.getByLabel("Terug te vorderen bedrag in euro").inputValue()).toBe("1200,00");
      await claimForm.getByRole("button", { name: "Terugvordering vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("De terugvordering is vastgelegd.");
      const outcome = page.getByRole("form", { name: `Uitkomst terugvordering Bijzondere bijstand (${formatCents(120_000)})` });
      await outcome.waitFor();
      expect(await page.getByRole("form", { name: "Terugvorderen" }).count()).toBe(0);
      await expectAccessible(page, "request page with a pending claim");
      await outcome.getByRole("radio", { name: "Toegekend" }).check();
      await outcome.getByLabel("Toegekend bedrag in euro").fill("1.200,00");
      await outcome.getByRole("button", { name: "Uitkomst vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain(`${formatCents(120_000)} is toegekend en bijgeschreven op het budget.`);
      await expect.poll(() => textOf(rowOf(page, "Bijzondere bijstand"))).toContain("Toegekend");
      expect(await textOf(claims)).toContain("Nog niet teruggevorderd");

      await page.getByRole("link", { name: PETTY_CASH }).click();
      await expectPage(page, PETTY_CASH);
      const entries = await region(page, "Grootboek").getByRole("row").allInnerTexts();
      expect(entries).toHaveLength(4);
      expect(entries[1]).toContain("Jaarbudget");
      expect(entries[2]).toContain("Uitgave");
      expect(entries[3]).toContain("Teruggevorderd");
      expect(entries[3]).toContain(formatCents(1_000_000));
      await expectAccessible(page, "pot page with the recovery");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "marks the case vlot, evaluates the platform, and finds the lesson by searching across platforms",
    async () => {
      await page.goto(escalationUrl);
      await expectPage(page, `Casusplatform: ${HOUSEHOLD}`);
      await page.getByRole("button", { name: "Markeren als vlot" }).click();
      await expect.poll(() => statusText(page)).toContain("De casus is vlot, na 10 dagen.");
      await expect.poll(() => textOf(page.locator("main"))).toContain(`Vlot op ${formatDate(isoDateInDutchTime(new Date()))}`);
      const evaluation = page.getByRole("form", { name: "Evaluatie" });
      await evaluation.getByLabel("Wat werkte").fill("Alle partijen aan tafel, de ontschotter besliste meteen");
      await evaluation.getByLabel("Wat we leerden").fill("Vervoer naar werk is vaak de echte drempel");
      await evaluation.getByLabel("Welke regel zat in de weg").fill("Participatiewet vergoedt geen brommer vooraf");
      await expectAccessible(page, "escalation page, vlot, evaluation form");
      await evaluation.getByRole("button", { name: "Evaluatie vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("De evaluatie is vastgelegd.");
      await expect.poll(() => page.getByRole("form", { name: "Evaluatie" }).count()).toBe(0);
      expect(await textOf(region(page, "Evaluatie"))).toContain("Vervoer naar werk is vaak de echte drempel");

      await menu(page, "Casusplatform").click();
      await expectPage(page, "Casusplatform");
      expect(await textOf(rowOf(page, HOUSEHOLD).first())).toContain(`Vlot op ${formatDate(isoDateInDutchTime(new Date()))}`);
      const search = page.getByRole("search", { name: "Zoeken in evaluaties" });
      await search.getByLabel("Zoekwoord").fill("brommer");
      await search.getByRole("button", { name: "Zoeken in evaluaties" }).click();
      const results = page.getByRole("list", { name: "Gevonden evaluaties" });
      await expect.poll(() => textOf(results)).toContain("Participatiewet vergoedt geen brommer vooraf");
      expect(await textOf(results)).not.toContain(HOUSEHOLD);
      await search.getByLabel("Zoekwoord").fill("fietsen");
      await search.getByRole("button", { name: "Zoeken in evaluaties" }).click();
      await expect.poll(() => textOf(region(page, "Leren van eerdere platforms"))).toContain("Geen evaluaties gevonden met “fietsen”.");
      await expectAccessible(page, "Casusplatform with the evaluation search");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the report shows the spend with small counts suppressed, and offers CSV and Excel",
    async () => {
      await menu(page, "Budgetrapportage").click();
      await expectPage(page, "Budgetrapportage");
      expect(await textOf(rowOf(page, PETTY_CASH))).toContain("<5");
      // One spend on transport: counted under its category, suppressed like every cell under 5.
      const purposes = page.getByRole("region", { name: "Uitgaven per doelcategorie", exact: true });
      expect(await textOf(purposes.getByRole("row").filter({ hasText: "Vervoer" }))).toContain("<5");
      expect(await textOf(purposes)).not.toContain("kaasfabriek");
      expect(await page.getByRole("link", { name: "Downloaden als CSV" }).getAttribute("href")).toBe(`/api/v1/reports/budgets.csv?year=${YEAR}`);
      expect(await page.getByRole("link", { name: "Downloaden als Excel" }).getAttribute("href")).toBe(`/api/v1/reports/budgets.xlsx?year=${YEAR}`);
      // One case came loose in 10 days: a policy report does not show a figure that is one household's own.
      const platform = await textOf(region(page, "Casusplatform: dagen tot vlot"));
      expect(platform).toContain("<5");
      expect(platform).not.toContain("10 dagen");
      await expectAccessible(page, "Budgetrapportage");
    },
    JOURNEY_TIMEOUT,
  );
});
