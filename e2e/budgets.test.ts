import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { Pot, SpendingRequest } from "../src/domain/budgets/dto";
import type { PurposeCategory } from "../src/domain/budgets/purpose-categories";
import { formatCents, formatDate, isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";
import { createStuckCase, isoDaysAgo } from "./support/stuck-case";

const YEAR = isoDateInDutchTime(new Date()).slice(0, 4);
const OUTCOME_BUDGET = `Resultaatvolgend budget ${YEAR}`;
const CAR = "Auto om bij het nieuwe werk te komen";
const COURSE = "Cursus heftruckchauffeur";
const WIM = "Wim de Groot";
const justification = { rechtmatigheid: "Binnen het resultaatvolgend budget", rendement: "Werk in plaats van uitkering", betrokkenheid: "Meneer betaalt de verzekering zelf" };

/**
 * Budgetten with more than one decider: the beleidsadviseur keeps pots and mandates; a request above
 * the first approver's limit waits for a second mandate holder; a rejection needs a reason.
 */
describeJourneys("budgets: mandates, the second approver and a rejected request", () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let adviser: Page;
  let sanne: Page;
  let olga: Page;
  let wim: Page;
  let caseId = "";
  let carUrl = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    for (let i = 0; i < 5; i += 1) contexts.push(await newUserContext(browser, app.url));
    const [admin, ...pages] = await Promise.all(contexts.map((context) => context.newPage()));
    [adviser, sanne, olga, wim] = pages as [Page, Page, Page, Page];
    await Promise.all([logIn(admin!, "beheerder", password), logIn(adviser, "beleidsadviseur", password), logIn(sanne, "sociaal_werker", password), logIn(olga, "ontschotter", password)]);
    // A third colleague in Sanne's team, who files the requests (data the journey is not about).
    const sanneMe = (await apiOf(sanne).get<{ user: Me }>("/auth/me")).user;
    await apiOf(admin!).post("/users", { username: "wim", displayName: WIM, email: "wim@voorbeeld.example", password: "Wim-voorbeeld-2026", roles: ["sociaal_werker"], teamIds: [sanneMe.teams[0]!.id] });
    await logIn(wim, "wim", "Wim-voorbeeld-2026");
    caseId = (await createStuckCase(sanne, "Familie El Amrani", { quietDays: 3 })).id;
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const menu = (target: Page, label: string) => target.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: label, exact: true });
  const rowOf = (target: Page, text: string) => target.getByRole("row").filter({ hasText: text });
  const request = async (description: string, amountCents: number, purposeCategory: PurposeCategory): Promise<SpendingRequest> => {
    const pots = (await apiOf(wim).get<{ items: Pot[] }>("/budget-pots")).items;
    return apiOf(wim).post<SpendingRequest>("/spending-requests", {
      potId: pots.find((pot) => pot.name === OUTCOME_BUDGET)!.id,
      caseId,
      purposeCategory,
      purpose: "werk",
      description,
      amountCents,
      payee: "Garage Voorbeeld",
      justification,
      idempotencyKey: `e2e-${description}`,
    });
  };
  const openRequest = async (target: Page, description: string) => {
    await menu(target, "Budgetten").click();
    await expectPage(target, "Budgetten");
    await target.getByRole("region", { name: "Aanvragen", exact: true }).getByRole("link", { name: description }).click();
    await expectPage(target, `Aanvraag: ${description}`);
  };

  it(
    "the beleidsadviseur adds a pot and grants a mandate, after the field messages",
    async () => {
      await menu(adviser, "Budgetbeheer").click();
      await expectPage(adviser, "Budgetbeheer");
      await expectAccessible(adviser, "Budgetbeheer");
      const potForm = adviser.getByRole("form", { name: "Budget toevoegen" });
      await potForm.getByLabel("Naam").fill("Werkbudget jongeren");
      await potForm.getByLabel("Jaarbedrag in euro").fill("veel");
      await potForm.getByRole("button", { name: "Budget toevoegen" }).click();
      await potForm.getByRole("alert").waitFor();
      const alert = await textOf(potForm.getByRole("alert"));
      expect(alert).toContain("Kies het soort budget");
      expect(alert).toContain("Vul een bedrag in euro in, bijvoorbeeld 1.250,00.");
      await expectAccessible(adviser, "pot form with field errors", { include: "form[aria-labelledby='pot-form-heading']" });
      await potForm.getByLabel("Soort").selectOption({ label: "Ander budget" });
      await potForm.getByLabel("Jaarbedrag in euro").fill("20.000");
      await potForm.getByRole("button", { name: "Budget toevoegen" }).click();
      await expect.poll(() => statusText(adviser)).toContain("Budget Werkbudget jongeren is toegevoegd.");
      const newPot = adviser.getByRole("region", { name: `Werkbudget jongeren (${YEAR})`, exact: true });
      await newPot.waitFor();
      expect(await textOf(newPot)).toContain(`Ander budget, jaarbedrag ${formatCents(2_000_000)}, saldo ${formatCents(2_000_000)}.`);

      const grant = newPot.getByRole("form", { name: "Mandaat toekennen of wijzigen voor Werkbudget jongeren" });
      await grant.getByLabel("Limiet per besluit in euro").fill("750");
      await grant.getByRole("button", { name: "Mandaat opslaan" }).click();
      await grant.getByRole("alert").waitFor();
      expect(await textOf(grant.getByRole("alert"))).toContain("Kies een medewerker");
      expect(await grant.getByRole("combobox", { name: "Medewerker" }).locator("option").allInnerTexts()).toEqual(["Kies een medewerker", "Olga Jansen", "Sanne de Vries", WIM]);
      await grant.getByLabel("Medewerker").selectOption({ label: WIM });
      await grant.getByRole("button", { name: "Mandaat opslaan" }).click();
      await expect.poll(() => statusText(adviser)).toContain(`${WIM} heeft nu een mandaat tot ${formatCents(75_000)} voor Werkbudget jongeren.`);
      await expect.poll(() => textOf(newPot)).toContain(formatCents(75_000));
      await expectAccessible(adviser, "Budgetbeheer with a new pot and mandate");

      await newPot.getByRole("button", { name: `Intrekken ${WIM}` }).click();
      const dialog = adviser.getByRole("dialog", { name: `Mandaat van ${WIM} intrekken?` });
      await expectAccessible(adviser, "confirm withdrawing a mandate");
      await dialog.getByRole("button", { name: "Intrekken" }).click();
      await expect.poll(() => statusText(adviser)).toContain(`Het mandaat van ${WIM} voor Werkbudget jongeren is ingetrokken.`);
      await expect.poll(() => textOf(rowOf(adviser, WIM))).toContain("Ingetrokken");
      expect(await newPot.getByRole("button", { name: `Intrekken ${WIM}` }).count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a request above Sanne's limit waits after her approval for a second mandate holder",
    async () => {
      await request(CAR, 300_000, "vervoer");
      await openRequest(sanne, CAR);
      carUrl = new URL(sanne.url()).pathname;
      const decision = sanne.getByRole("form", { name: "Besluiten" });
      expect(await textOf(decision)).toContain(`Het bedrag van ${formatCents(300_000)} is hoger dan uw mandaat tot ${formatCents(100_000)}. Na uw goedkeuring is een tweede goedkeuring van een andere mandaathouder nodig.`);
      await expectAccessible(sanne, "request above the mandate");
      await decision.getByRole("radio", { name: "Goedkeuren" }).check();
      await decision.getByRole("button", { name: "Besluit vastleggen" }).click();
      await expect.poll(() => statusText(sanne)).toContain("Uw goedkeuring is vastgelegd. Nu is een tweede goedkeuring nodig.");
      await expect.poll(() => textOf(sanne.locator("main"))).toContain("Wacht op tweede goedkeuring");
      const main = await textOf(sanne.locator("main"));
      expect(main).toContain(`Sanne de Vries (mandaat tot ${formatCents(100_000)})`);
      expect(main).toContain("De tweede goedkeuring moet van iemand anders komen.");
      expect(await sanne.getByRole("form", { name: "Besluiten" }).count()).toBe(0);
      await expectAccessible(sanne, "request awaiting the second approver");

      await openRequest(olga, CAR);
      const second = olga.getByRole("form", { name: "Besluiten" });
      expect(await textOf(olga.getByRole("region", { name: "Besluiten" }))).toContain(`Eerste goedkeuring door Sanne de Vries (mandaat tot ${formatCents(100_000)}). Nu is een tweede goedkeuring nodig.`);
      expect(await textOf(second)).toContain(`U besluit met uw mandaat tot ${formatCents(500_000)}.`);
      await second.getByRole("radio", { name: "Goedkeuren" }).check();
      await second.getByRole("button", { name: "Besluit vastleggen" }).click();
      await expect.poll(() => statusText(olga)).toContain("De aanvraag is goedgekeurd en geboekt.");
      await expect.poll(() => textOf(olga.locator("main"))).toContain(`Olga Jansen (mandaat tot ${formatCents(500_000)})`);
      expect(await textOf(olga.locator("main"))).toContain(`Sanne de Vries (mandaat tot ${formatCents(100_000)})`);
      await expectAccessible(olga, "request approved by the second approver");

      await olga.getByRole("link", { name: OUTCOME_BUDGET }).click();
      await expectPage(olga, OUTCOME_BUDGET);
      expect(await textOf(rowOf(olga, CAR))).toContain(formatCents(4_700_000));
      expect(await textOf(olga.getByRole("region", { name: "Mandaathouders", exact: true }))).toContain(formatCents(100_000));
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the car comes with a conditional arrangement; repaid after confirmation, it credits the pot",
    async () => {
      await olga.goto(carUrl);
      await expectPage(olga, `Aanvraag: ${CAR}`);
      const form = olga.getByRole("form", { name: "Voorwaardelijke afspraak maken" });
      await form.getByLabel("Voorwaarde").fill("Kwijtgescholden als meneer zes maanden blijft werken, anders terugbetalen");
      await form.getByLabel("Nagaan op").fill(formatDate(isoDaysAgo(-180)));
      await form.getByRole("button", { name: "Afspraak vastleggen" }).click();
      await expect.poll(() => statusText(olga)).toContain("De voorwaardelijke afspraak is vastgelegd, met een taak op de datum.");
      const settle = olga.getByRole("form", { name: "Afloop vastleggen" });
      await settle.getByRole("radio", { name: "Terugbetaald" }).check();
      await settle.getByRole("button", { name: "Afloop vastleggen" }).click();
      const dialog = olga.getByRole("dialog", { name: "Afloop vastleggen?" });
      expect(await textOf(dialog)).toContain(`Het bedrag van ${formatCents(300_000)} is terugbetaald en wordt bijgeschreven op het budget.`);
      await expectAccessible(olga, "confirm the outcome of the arrangement");
      await dialog.getByRole("button", { name: "Ja, vastleggen" }).click();
      await expect.poll(() => statusText(olga)).toContain("Afloop vastgelegd: Terugbetaald.");
      await expect.poll(() => textOf(olga.getByRole("region", { name: "Voorwaardelijke afspraak", exact: true }))).toContain(`Terugbetaald op ${formatDate(isoDateInDutchTime(new Date()))}`);
      await olga.getByRole("link", { name: OUTCOME_BUDGET }).click();
      await expectPage(olga, OUTCOME_BUDGET);
      expect(await textOf(rowOf(olga, "Voorwaardelijke afspraak: terugbetaald"))).toContain(formatCents(5_000_000));
      await expectAccessible(olga, "ledger after the repayment");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a rejection needs a reason, and shows it with the mandate used",
    async () => {
      await request(COURSE, 50_000, "werk_opleiding");
      await openRequest(olga, COURSE);
      const decision = olga.getByRole("form", { name: "Besluiten" });
      await decision.getByRole("radio", { name: "Afwijzen" }).check();
      await decision.getByRole("button", { name: "Besluit vastleggen" }).click();
      await decision.getByRole("alert").waitFor();
      const reason = decision.getByLabel("Toelichting");
      expect(await reason.getAttribute("aria-invalid")).toBe("true");
      expect(await textOf(decision.getByRole("alert"))).toContain("Geef een reden voor de afwijzing");
      await expectAccessible(olga, "rejection without a reason", { include: "section[aria-labelledby='decision-heading']" });
      await reason.fill("Het UWV vergoedt deze cursus; eerst daar aanvragen");
      await decision.getByRole("button", { name: "Besluit vastleggen" }).click();
      await expect.poll(() => statusText(olga)).toContain("De aanvraag is afgewezen.");
      await expect.poll(() => textOf(olga.locator("main"))).toContain(`Olga Jansen (mandaat tot ${formatCents(500_000)})`);
      const main = await textOf(olga.locator("main"));
      expect(main).toContain("Afgewezen");
      expect(main).toContain("Het UWV vergoedt deze cursus; eerst daar aanvragen");
      await expectAccessible(olga, "rejected request");

      await menu(wim, "Budgetten").click();
      await expectPage(wim, "Budgetten");
      await wim.getByLabel("Status").selectOption({ label: "Afgewezen" });
      await expect.poll(() => textOf(rowOf(wim, COURSE))).toContain("Afgewezen");
      expect(await rowOf(wim, CAR).count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );
});
