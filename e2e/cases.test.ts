import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { CaseFile } from "../src/domain/cases/dto";
import type { Household } from "../src/domain/households/dto";
import type { Plan } from "../src/domain/plans/dto";
import { starterPrices } from "../src/domain/prices/starter-prices";
import { formatCents, formatDate, isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeEffort, effortMeter } from "./support/effort";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const DAY = 24 * 60 * 60 * 1000;
/** A date `days` ago in Dutch time, as ISO and as a user types it. */
const isoDaysAgo = (days: number) => isoDateInDutchTime(new Date(Date.now() - days * DAY));
const daysAgo = (days: number) => formatDate(isoDaysAgo(days));

/** The starter price-list items the plan and scenarios use, and how the product pickers show them. */
const IB = starterPrices.find((item) => item.code === "WMO-IB-UUR")!;
const OWN = starterPrices.find((item) => item.code === "SW-EIGEN-UUR")!;
const optionOf = (item: typeof IB) => `${item.label} (${formatCents(item.priceCents)} / ${item.unit})`;

const ASKED = "Mevrouw De Boer heeft een huurachterstand en weet niet waar ze moet beginnen.";
const RESIDENT = "Anna de Boer";
const HOUSEHOLD = "Familie De Boer";
const CASE_TITLE = `Casus ${HOUSEHOLD}`;

describeJourneys("cases: from triage to a closed case with plan, scenarios, hours and measurements", () => {
  let app: RunningApp;
  let browser: Browser;
  let triagistContext: BrowserContext;
  let workerContext: BrowserContext;
  let triagist: Page;
  let page: Page;
  let caseUrl = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    [triagistContext, workerContext] = await Promise.all([newUserContext(browser, app.url), newUserContext(browser, app.url)]);
    [triagist, page] = await Promise.all([triagistContext.newPage(), workerContext.newPage()]);
    await Promise.all([logIn(triagist, "triagist", password), logIn(page, "sociaal_werker", password)]);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await triagistContext?.close();
    await workerContext?.close();
    await browser?.close();
    await app?.close();
  });

  /** The error message that a control's (or a fieldset's) aria-describedby points at. */
  const errorOf = async (control: Locator) => {
    const errorId = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, "aria-describedby names an error").toBeDefined();
    return textOf(control.page().locator(`[id="${errorId}"]`));
  };
  const form = (name: string) => page.getByRole("form", { name, exact: true });
  const section = (name: string) => page.getByRole("region", { name, exact: true });
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
  /** A section of the case page, for checking only the part of the page that changed. */
  const part = (heading: string) => ({ include: `section[aria-labelledby="case-${heading}-heading"]` });

  it(
    "the triagist registers a question and triages it as 'Gesprek nodig'",
    async () => {
      await triagist.goto("/vragen/nieuw");
      await expectPage(triagist, "Nieuwe vraag");
      await triagist.getByLabel("Datum", { exact: true }).fill(daysAgo(10));
      await triagist.getByLabel("Kanaal").selectOption({ label: "Telefoon" });
      await triagist.getByLabel("Onderwerp").selectOption({ label: "Geldzaken" });
      await triagist.getByLabel("Wat wordt er gevraagd?").fill(ASKED);
      await triagist.getByLabel("Naam inwoner (niet verplicht)").fill(RESIDENT);
      await triagist.getByRole("button", { name: "Vraag registreren" }).click();
      await expectPage(triagist, `Vraag van ${daysAgo(10)}`);
      await triagist.getByRole("radio", { name: "Gesprek nodig" }).check();
      await triagist.getByRole("button", { name: "Triage vastleggen" }).click();
      const result = triagist.getByRole("region", { name: "Uitkomst van de triage" });
      await result.waitFor();
      expect(await textOf(result)).toContain("Gesprek nodig");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the social worker finds no cases yet, opens the question and 'Casus openen' for a new household",
    async () => {
      await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Casussen", exact: true }).click();
      await expectPage(page, "Casussen");
      expect(await textOf(page.locator(".bw-empty-state"))).toContain("Er zijn geen casussen met de status ‘Lopend’.");
      await expectAccessible(page, "Casussen, empty");

      await page.goto("/vragen?status=needs_conversation");
      await expectPage(page, "Vragen");
      await page.getByRole("link", { name: ASKED }).click();
      await expectPage(page, `Vraag van ${daysAgo(10)}`);
      await page.getByRole("link", { name: "Casus openen" }).click();
      await expectPage(page, "Casus openen");
      const name = page.getByLabel("Naam van het huishouden");
      await expect.poll(() => isFocused(name)).toBe(true);
      expect(await name.inputValue()).toBe(RESIDENT);
      expect(await textOf(page.getByRole("region", { name: "Gegevens van de vraag" }))).toContain(ASKED);
      // I am the case director unless I choose a colleague of my teams (the demo's Wijkteam Noord has only me).
      const director = page.getByLabel("Regisseur", { exact: true });
      expect(await director.locator("option:checked").innerText()).toBe("Sanne de Vries (u zelf)");
      const directors = await director.locator("option").allInnerTexts();
      expect(directors[0]).toBe("Sanne de Vries (u zelf)");
      expect(new Set(directors).size).toBe(directors.length);
      await director.selectOption({ label: "Sanne de Vries (u zelf)" });
      await expectAccessible(page, "Casus openen from a question");

      await name.fill(HOUSEHOLD);
      await page.getByLabel("Straat (niet verplicht)").fill("Kerkstraat");
      await page.getByLabel("Huisnummer (niet verplicht)").fill("12");
      await page.getByLabel("Postcode (niet verplicht)").fill("123");
      await page.getByLabel("Plaats (niet verplicht)").fill("Utrecht");
      await page.getByLabel("Geopend op").fill(daysAgo(8));
      await page.getByLabel("Geopend op").press("Enter");
      await page.getByRole("alert").waitFor();
      expect(await errorOf(page.getByLabel("Postcode (niet verplicht)"))).toContain("Gebruik een postcode als 1234 AB");
      await expectAccessible(page, "Casus openen with a field error");

      await page.getByLabel("Postcode (niet verplicht)").fill("3511 AB");
      await page.getByRole("button", { name: "Casus openen" }).click();
      await expectPage(page, CASE_TITLE);
      caseUrl = new URL(page.url()).pathname;
      expect(await statusText(page)).toContain(`De casus van ${HOUSEHOLD} is geopend.`);
      const overview = section("Overzicht");
      for (const text of ["Kerkstraat 12, 3511 AB Utrecht", "Sanne de Vries", "Open", daysAgo(8), "Vraag bekijken"]) {
        expect(await textOf(overview), text).toContain(text);
      }
      const nav = page.getByRole("navigation", { name: "Onderdelen van de casus" });
      expect(await nav.getByRole("link").allInnerTexts()).toEqual(["Overzicht", "Gesprekken", "Uren", "Plan", "Scenario's", "Metingen"]);
      await nav.getByRole("link", { name: "Metingen" }).press("Enter");
      await expect.poll(() => isFocused(page.getByRole("heading", { level: 2, name: "Metingen" }))).toBe(true);
      await expectAccessible(page, "a new case");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "changes the address (after a field error and a change elsewhere), adds a member (with BSN) and a network member on the household page",
    async () => {
      await section("Overzicht").getByRole("link", { name: HOUSEHOLD }).click();
      await expectPage(page, HOUSEHOLD);
      const edit = page.getByRole("button", { name: "Gegevens wijzigen" });
      await edit.click();
      const householdName = page.getByLabel("Naam van het huishouden");
      await expect.poll(() => isFocused(householdName)).toBe(true);
      expect(await page.getByLabel("Straat (niet verplicht)").inputValue()).toBe("Kerkstraat");
      await page.getByLabel("Straat (niet verplicht)").fill("Dorpsstraat");
      await page.getByLabel("Postcode (niet verplicht)").fill("35 11");
      await page.getByLabel("Postcode (niet verplicht)").press("Enter");
      await page.getByRole("alert").waitFor();
      expect(await errorOf(page.getByLabel("Postcode (niet verplicht)"))).toContain("Gebruik een postcode als 1234 AB");
      await expectAccessible(page, "household address with a field error");

      // A colleague changes the household in the meantime: nothing is overwritten, the form reloads.
      const api = apiOf(page);
      const householdId = new URL(page.url()).pathname.split("/").pop()!;
      const current = await api.get<Household>(`/households/${householdId}`);
      await api.patch(`/households/${householdId}`, { version: current.version, houseNumber: "14" });
      await page.getByLabel("Postcode (niet verplicht)").fill("3512 CD");
      await page.getByRole("button", { name: "Gegevens opslaan" }).click();
      const conflict = page.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
      await conflict.waitFor();
      await expectAccessible(page, "household address version conflict");
      await conflict.getByRole("button", { name: "Herladen" }).click();
      await expect.poll(() => page.getByLabel("Huisnummer (niet verplicht)").inputValue()).toBe("14");
      expect(await page.getByRole("alert").count()).toBe(0);
      await page.getByLabel("Straat (niet verplicht)").fill("Dorpsstraat");
      await page.getByLabel("Postcode (niet verplicht)").fill("3512 CD");
      await page.getByRole("button", { name: "Gegevens opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain(`De gegevens van ${HOUSEHOLD} zijn opgeslagen.`);
      await expect.poll(() => isFocused(edit)).toBe(true);
      expect(await textOf(page.getByRole("region", { name: "Gegevens", exact: true }))).toContain("Dorpsstraat 14, 3512 CD Utrecht");

      const add = page.getByRole("button", { name: "Lid toevoegen", exact: true });
      await add.click();
      const givenName = page.getByLabel("Voornaam");
      await expect.poll(() => isFocused(givenName)).toBe(true);
      expect(await page.getByLabel("BSN (niet verplicht)").count()).toBe(1);
      await givenName.fill("Anna");
      await page.getByLabel("Achternaam").fill("de Boer");
      await page.getByLabel("Geboortedatum (niet verplicht)").fill("12-05-1984");
      await page.getByRole("radio", { name: "Hoofdbewoner" }).check();
      await page.getByLabel("BSN (niet verplicht)").fill("1234.56.781");
      await page.getByLabel("BSN (niet verplicht)").press("Enter");
      await page.getByRole("alert").waitFor();
      expect(await errorOf(page.getByLabel("BSN (niet verplicht)"))).toContain("Dit is geen geldig BSN");
      await expectAccessible(page, "member form with a field error");
      await page.getByLabel("BSN (niet verplicht)").fill("1234.56.782");
      await page.getByRole("button", { name: "Lid toevoegen", exact: true }).last().click();
      await expect.poll(() => statusText(page)).toContain("Anna de Boer is toegevoegd aan het huishouden.");
      await expect.poll(() => isFocused(add)).toBe(true);
      const member = page.getByRole("row").filter({ hasText: "Anna de Boer" });
      for (const text of ["12-05-1984", "Hoofdbewoner", "123456782"]) expect(await textOf(member), text).toContain(text);

      await page.getByRole("button", { name: "Netwerklid toevoegen" }).click();
      await page.getByLabel("Naam", { exact: true }).fill("Oma Jansen");
      await page.getByRole("radio", { name: "Familie" }).check();
      await page.getByLabel("Telefoon (niet verplicht)").fill("0612345678");
      await page.getByRole("button", { name: "Netwerklid toevoegen" }).last().click();
      await expect.poll(() => statusText(page)).toContain("Oma Jansen is toegevoegd aan het netwerk.");
      expect(await textOf(page.getByRole("row").filter({ hasText: "Oma Jansen" }))).toContain("0612345678");
      await expectAccessible(page, "household with a member and network");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "records a conversation with the pre-ticked participants, and hours after the field error for '1,1'",
    async () => {
      await page.getByRole("link", { name: "Naar de lopende casus" }).click();
      await expectPage(page, CASE_TITLE);
      const overview = section("Overzicht");
      expect(await textOf(overview)).toContain("Er zijn nog geen betrokkenen vastgelegd.");
      await overview.getByRole("button", { name: "Betrokkene toevoegen" }).click();
      const participantName = overview.getByLabel("Naam", { exact: true });
      await expect.poll(() => isFocused(participantName)).toBe(true);
      await participantName.fill("Karim");
      await participantName.press("Enter");
      await overview.getByRole("alert").waitFor();
      expect(await errorOf(overview.getByLabel("Rol", { exact: true }))).toContain("Kies een rol");
      await expectAccessible(page, "participant without a role", part("overview"));
      await overview.getByLabel("Rol", { exact: true }).selectOption({ label: "Wmo-consulent" });
      await overview.getByRole("button", { name: "Betrokkene toevoegen" }).last().click();
      await expect.poll(() => statusText(page)).toContain("Karim is toegevoegd als betrokkene.");
      expect(await textOf(overview.getByRole("row").filter({ hasText: "Karim" }))).toContain("Wmo-consulent");
      await expectAccessible(page, "a case with a participant", part("overview"));

      const conversation = form("Gesprek vastleggen");
      const ticked = conversation.getByRole("group", { name: "Wie waren erbij?" });
      expect(await ticked.getByRole("checkbox", { name: "Sanne de Vries" }).isChecked()).toBe(true);
      expect(await ticked.getByRole("checkbox", { name: "Anna de Boer" }).isChecked()).toBe(true);
      expect(await ticked.getByRole("checkbox", { name: "Karim" }).isChecked()).toBe(false);
      expect(await conversation.getByLabel("Soort gesprek").inputValue()).toBe("keukentafelgesprek");
      await conversation.getByLabel("Datum", { exact: true }).fill(daysAgo(7));
      await conversation.getByLabel("Notities (niet verplicht)").fill("Huurachterstand besproken; oma helpt met de post.");
      await conversation.getByLabel("Notities (niet verplicht)").press("Control+Enter");
      await expect.poll(() => statusText(page)).toContain(`Het gesprek van ${daysAgo(7)} is vastgelegd.`);
      const talk = section("Gesprekken").getByRole("row").filter({ hasText: "Keukentafelgesprek" });
      expect(await textOf(talk)).toContain("Sanne de Vries, Anna de Boer");

      const hours = form("Uren vastleggen");
      expect(await hours.getByLabel("Activiteit").inputValue()).toBe("gesprek");
      await hours.getByLabel("Datum", { exact: true }).fill(daysAgo(6));
      await hours.getByLabel("Aantal uren").fill("1,1");
      await hours.getByLabel("Aantal uren").press("Enter");
      await hours.getByRole("alert").waitFor();
      expect(await errorOf(hours.getByLabel("Aantal uren"))).toContain("Gebruik kwartieren");
      await expectAccessible(page, "hours with a field error", part("hours"));
      await hours.getByLabel("Aantal uren").fill("1,5");
      await hours.getByLabel("Aantal uren").press("Enter");
      await expect.poll(() => statusText(page)).toContain("1,5 uur is vastgelegd.");
      expect(await textOf(section("Uren"))).toContain("Totaal: 1,5 uur");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "saves a plan with a goal and adds a maatwerk resource from the price list",
    async () => {
      const plan = form("Doelen en afspraken");
      await plan.getByLabel("Doel 1").fill("De huurachterstand is binnen een half jaar ingelopen");
      await plan.getByRole("button", { name: "Afspraak toevoegen" }).click();
      await expect.poll(() => isFocused(plan.getByLabel("Afspraak 2"))).toBe(true);
      await plan.getByLabel("Afspraak 2").fill("Elke week samen de post openen");
      await plan.getByRole("checkbox", { name: "Dit huishouden heeft een gezinsplan (Eigen Kracht-conferentie)" }).check();
      await plan.getByLabel("Voorwaarde 1").fill("Geen alcohol in huis als de kinderen thuis zijn");
      await plan.getByLabel("Naam noodcontact 1").fill("Oma Jansen");
      await plan.getByLabel("Telefoon noodcontact 1").fill("0612345678");
      await plan.getByLabel("Vluchtroute 1").fill("Naar de buren op nummer 14");
      await plan.getByLabel("Evalueren elke … weken").fill("2");
      await plan.getByLabel("Gedurende … maanden").fill("1");
      await plan.getByText("Bij opslaan plant Baatwijzer 2 evaluaties als taak voor de regisseur", { exact: false }).waitFor();
      await plan.getByRole("button", { name: "Plan opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain("Het plan is opgeslagen.");

      const resource = form("Hulpbron toevoegen");
      await resource.getByRole("radio", { name: "Maatwerkvoorziening" }).check();
      await resource.getByLabel("Omschrijving").fill("Individuele begeleiding bij geldzaken");
      await resource.getByLabel("Product uit de prijslijst").selectOption({ label: optionOf(IB) });
      await resource.getByLabel("Volume").fill("10");
      await resource.getByText(`Bedrag volgens de prijslijst: ${formatCents(10 * IB.priceCents)}`).waitFor();
      await expectAccessible(page, "maatwerk resource form", part("plan"));
      await resource.getByLabel("Volume").press("Enter");
      await expect.poll(() => statusText(page)).toContain("Hulpbron ‘Individuele begeleiding bij geldzaken’ is toegevoegd.");
      const row = section("Plan").getByRole("row").filter({ hasText: "Individuele begeleiding bij geldzaken" });
      for (const text of ["Maatwerkvoorziening", `${IB.label}: 10 ${IB.unit}`, formatCents(10 * IB.priceCents)]) {
        expect(await textOf(row), text).toContain(text);
      }
      const saved = await apiOf(page).get<Plan>(`/cases/${caseUrl.split("/").pop()}/plan`);
      expect(saved.goals).toEqual(["De huurachterstand is binnen een half jaar ingelopen"]);
      expect(saved.agreements).toEqual(["Elke week samen de post openen"]);
      expect(saved.familyGroupPlan).toEqual({
        safetyConditions: ["Geen alcohol in huis als de kinderen thuis zijn"],
        emergencyContacts: [{ name: "Oma Jansen", phone: "0612345678" }],
        escapeRoutes: ["Naar de buren op nummer 14"],
        evaluationEveryWeeks: 2,
        evaluationForMonths: 1,
        startsOn: isoDaysAgo(0),
      });
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "costs three scenarios side by side, with the error of a nested line at its field",
    async () => {
      const scenarios = form("Kosten per scenario");
      const column = (name: string) => scenarios.getByRole("region", { name, exact: true });
      const line = (scenario: string, field: string) =>
        scenarios.getByRole("group", { name: `${scenario}, regel 1` }).getByLabel(field, { exact: true });
      await column("Niets doen").getByRole("button", { name: "Regel toevoegen" }).click();
      await line("Niets doen", "Omschrijving").fill("Huisuitzetting en tijdelijke opvang");
      await line("Niets doen", "Prijs per eenheid in euro's").fill("1.500,00");
      await column("Regulier").getByRole("button", { name: "Regel toevoegen" }).click();
      await line("Regulier", "Omschrijving").fill("Begeleiding door een aanbieder");
      await line("Regulier", "Product").selectOption({ label: optionOf(IB) });
      await line("Regulier", "Aantal (uur)").fill("10");
      await column("Alternatief").getByRole("button", { name: "Regel toevoegen" }).click();
      await line("Alternatief", "Omschrijving").fill("Eigen traject sociaal werker");
      await line("Alternatief", "Product").selectOption({ label: optionOf(OWN) });
      await line("Alternatief", "Aantal (uur)").fill("5");
      await scenarios.getByLabel("Rendement").fill("Geen uithuiszetting; de gemeente betaalt minder dan bij de reguliere weg.");
      await scenarios.getByRole("button", { name: "Scenario's opslaan" }).click();
      await scenarios.getByRole("alert").waitFor();
      expect(await errorOf(line("Niets doen", "Wie betaalt?"))).toContain("Kies wie betaalt");
      expect(await textOf(scenarios.getByRole("alert"))).toContain("Niets doen, regel 1: wie betaalt: Kies wie betaalt");
      await expectAccessible(page, "scenarios with a field error", part("scenarios"));

      await line("Niets doen", "Wie betaalt?").selectOption({ label: "Gemeente (Jeugdwet)" });
      await line("Niets doen", "Kans in procenten").fill("50");
      await scenarios.getByRole("button", { name: "Scenario's opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain("De scenario's zijn opgeslagen.");
      const comparison = section("Scenario's").getByRole("table", { name: "Verwachte kosten per scenario en per betaler (laatst opgeslagen)" });
      // Niets doen: € 1.500 at 50%; regulier: 10 hours of individuele begeleiding; alternatief: 5 own hours.
      const nothing = 150_000 / 2;
      const regular = 10 * IB.priceCents;
      const alternative = 5 * OWN.priceCents;
      const total = await textOf(comparison.getByRole("row").filter({ hasText: "Verwachte kosten" }));
      for (const cents of [nothing, regular, alternative, alternative - regular, alternative - nothing]) expect(total, String(cents)).toContain(formatCents(cents));
      expect(await textOf(comparison.getByRole("row").filter({ hasText: "waarvan Gemeente (Wmo)" }))).toContain(formatCents(regular));
      expect(await textOf(column("Alternatief"))).toContain(`Verwachte kosten (opgeslagen): ${formatCents(alternative)}`);
      await expectAccessible(page, "saved scenarios", part("scenarios"));
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "records a start and a follow-up measurement, after the error for a domain without a reason",
    async () => {
      const measurement = form("Meting vastleggen");
      expect(await measurement.getByLabel("Instrument", { exact: true }).inputValue()).toBe("zrm");
      expect(await measurement.getByRole("radio", { name: "Startmeting" }).isChecked()).toBe(true);
      await measurement.getByLabel("Datum van de meting").fill(daysAgo(7));
      await measurement.getByRole("checkbox", { name: "Financiën" }).check();
      await measurement.getByLabel("Financiën: niveau").selectOption("1");
      await measurement.getByRole("checkbox", { name: "Huisvesting" }).check();
      await measurement.getByLabel("Huisvesting: niveau").selectOption("2");
      await measurement.getByLabel("Huisvesting: waarom relevant?").fill("Dreigende huisuitzetting");
      await measurement.getByRole("button", { name: "Meting vastleggen" }).click();
      await measurement.getByRole("alert").waitFor();
      expect(await errorOf(measurement.getByLabel("Financiën: waarom relevant?"))).toContain("Geef aan waarom dit domein relevant is");
      await expectAccessible(page, "measurement with a field error", part("measurements"));

      await measurement.getByLabel("Financiën: waarom relevant?").fill("Huurachterstand van drie maanden");
      await measurement.getByRole("button", { name: "Meting vastleggen" }).click();
      await expect.poll(() => statusText(page)).toContain("De startmeting is vastgelegd. De vervolgmeting staat als taak op");
      expect(await measurement.getByRole("radio", { name: "Na 6 maanden" }).isChecked()).toBe(true);
      expect(await measurement.getByRole("checkbox", { name: "Financiën" }).isChecked()).toBe(false);

      await measurement.getByRole("checkbox", { name: "Financiën" }).check();
      await measurement.getByLabel("Financiën: niveau").selectOption("3");
      await measurement.getByLabel("Financiën: waarom relevant?").fill("Betalingsregeling loopt");
      await measurement.getByLabel("Financiën: waarom relevant?").press("Enter");
      await expect.poll(() => statusText(page)).toContain("De meting is vastgelegd.");
      const table = section("Metingen").getByRole("table");
      expect(await table.getByRole("columnheader").allInnerTexts()).toEqual([
        "Domein",
        `Startmeting, ${daysAgo(7)}`,
        `Na 6 maanden, ${daysAgo(0)}`,
      ]);
      const finances = await textOf(table.getByRole("row").filter({ hasText: "Financiën" }));
      expect(finances).toContain("1 – Acute problematiek");
      expect(finances).toContain("3 – Beperkt zelfredzaam");
      await expectAccessible(page, "two measurements", part("measurements"));
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "moves the case through its statuses; a change elsewhere asks to reload; closing needs the outcome",
    async () => {
      const step = form("Volgende stap");
      await step.getByLabel("Datum van de stap").fill(daysAgo(5));
      await step.getByRole("button", { name: "Naar plan" }).click();
      await expect.poll(() => statusText(page)).toContain("De casus staat nu op ‘Plan in de maak’.");
      await step.getByLabel("Datum van de stap").fill(daysAgo(4));
      await step.getByLabel("Datum van de stap").press("Enter");
      await expect.poll(() => statusText(page)).toContain("De casus staat nu op ‘In uitvoering’.");

      const api = apiOf(page);
      const id = caseUrl.split("/").pop()!;
      // A colleague evaluates and sends the case back to execution: same status, newer version.
      const current = await api.get<CaseFile>(`/cases/${id}`);
      const evaluated = await api.post<CaseFile>(`/cases/${id}/status`, { version: current.version, status: "evaluatie", on: isoDaysAgo(3) });
      await api.post(`/cases/${id}/status`, { version: evaluated.version, status: "in_uitvoering", on: isoDaysAgo(3) });
      await step.getByLabel("Datum van de stap").fill(daysAgo(2));
      await step.getByRole("button", { name: "Naar evaluatie" }).click();
      const alert = step.getByRole("alert");
      await alert.waitFor();
      expect(await textOf(alert)).toContain("Iemand anders heeft dit intussen gewijzigd; herlaad en probeer opnieuw");
      await expectAccessible(page, "status version conflict", part("overview"));
      await alert.getByRole("button", { name: "Herladen" }).click();
      await expect.poll(() => step.getByRole("alert").count()).toBe(0);
      expect(await textOf(section("Overzicht").getByRole("table", { name: "Statusverloop" }))).toContain(daysAgo(3));
      await step.getByLabel("Datum van de stap").fill(daysAgo(2));
      await step.getByRole("button", { name: "Naar evaluatie" }).click();
      await expect.poll(() => statusText(page)).toContain("De casus staat nu op ‘Evaluatie’.");
      expect(await step.getByRole("button", { name: "Terug naar uitvoering" }).count()).toBe(1);

      await step.getByRole("button", { name: "Afsluiten…" }).click();
      await expect.poll(() => isFocused(page.getByRole("radio", { name: "Maatwerk nodig" }))).toBe(true);
      await step.getByRole("button", { name: "Casus afsluiten" }).click();
      await step.getByRole("alert").waitFor();
      expect(await errorOf(step.getByRole("group", { name: "Afloop" }))).toContain("Kies hoe de casus afloopt");
      await expectAccessible(page, "closing without an outcome", part("overview"));

      await step.getByRole("radio", { name: "Andere oplossing" }).check();
      await step.getByLabel("Tevredenheid van het huishouden, 1 tot en met 10 (niet verplicht)").selectOption("8");
      await step.getByRole("button", { name: "Casus afsluiten" }).click();
      await expect.poll(() => statusText(page)).toContain("De casus staat nu op ‘Afgesloten’.");
      const overview = section("Overzicht");
      for (const text of ["Afgesloten", daysAgo(0), "Andere oplossing", "8", "Deze casus is afgesloten.", "Karim"]) {
        expect(await textOf(overview), text).toContain(text);
      }
      expect(await overview.getByRole("button", { name: "Betrokkene toevoegen" }).count()).toBe(0);
      expect(await form("Gesprek vastleggen").count()).toBe(0);
      expect(await form("Uren vastleggen").count()).toBe(0);
      await expectAccessible(page, "closed case");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows it all, in order, on the household's timeline",
    async () => {
      await section("Overzicht").getByRole("link", { name: HOUSEHOLD }).click();
      await expectPage(page, HOUSEHOLD);
      const items = await section("Tijdlijn").getByRole("listitem").allInnerTexts();
      expect(items.map((item) => item.replace(/\s+/g, " ").trim())).toEqual([
        `${daysAgo(10)} Vraag binnengekomen — Geldzaken`,
        `${daysAgo(8)} Casus geopend`,
        `${daysAgo(7)} Gesprek: Keukentafelgesprek — Sanne de Vries, Anna de Boer`,
        `${daysAgo(7)} Meting: Startmeting`,
        `${daysAgo(6)} 1,5 uur gesprek — Sanne de Vries`,
        `${daysAgo(5)} Plan in de maak`,
        `${daysAgo(4)} Plan in uitvoering`,
        `${daysAgo(3)} Evaluatie`,
        `${daysAgo(3)} Plan in uitvoering`,
        `${daysAgo(2)} Evaluatie`,
        `${daysAgo(0)} Casus afgesloten`,
        // The plan and the costing show on the day they were drawn up (here also the day of their last save, so once);
        // the resource had no start date.
        `${daysAgo(0)} Plan opgesteld`,
        `${daysAgo(0)} Hulpbron: Maatwerkvoorziening — Individuele begeleiding bij geldzaken`,
        `${daysAgo(0)} Drie scenario's doorgerekend`,
        `${daysAgo(0)} Meting: Na 6 maanden`,
      ]);
      expect(await textOf(page.getByRole("row").filter({ hasText: "Sanne de Vries" }).first())).toContain("Afgesloten");
      expect(await page.getByRole("link", { name: "Casus openen" }).count()).toBe(1);
      await expectAccessible(page, "household with its timeline");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "opens a new case for the registered household, found by a search inside the form",
    async () => {
      await page.getByRole("link", { name: "Terug naar casussen" }).click();
      await expectPage(page, "Casussen");
      await page.getByRole("link", { name: "Casus openen" }).click();
      await expectPage(page, "Casus openen");
      await page.getByRole("radio", { name: "Geregistreerd huishouden" }).check();
      const search = page.getByLabel("Zoek huishouden");
      await search.fill("Boer");
      await search.press("Enter");
      const choice = page.getByRole("group", { name: "1 huishouden gevonden: kies het huishouden" });
      await choice.getByRole("radio", { name: `${HOUSEHOLD} · Utrecht` }).check();
      expect(await page.getByRole("alert").count()).toBe(0);
      await expectAccessible(page, "Casus openen for a registered household");
      await page.getByRole("button", { name: "Casus openen" }).click();
      await expectPage(page, CASE_TITLE);
      expect(new URL(page.url()).pathname).not.toBe(caseUrl);
      expect(await textOf(section("Overzicht"))).toContain("Open");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "takes at most 10 interactions for a typical contact: find the household, a conversation, 1,5 hours, a resource",
    async () => {
      const api = apiOf(page);
      const me = (await api.get<{ user: Me }>("/auth/me")).user;
      const household = await api.post<Household>("/households", { name: "Familie Yilmaz", teamId: me.teams[0]!.id, city: "Utrecht" });
      await api.post(`/households/${household.id}/members`, { givenName: "Ayse", familyName: "Yilmaz", relation: "hoofd" });
      await api.post(`/households/${household.id}/members`, { givenName: "Emre", familyName: "Yilmaz", relation: "kind" });
      const opened = await api.post<CaseFile>("/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: isoDaysAgo(1) });

      await page.getByRole("link", { name: "Terug naar casussen" }).click();
      await expectPage(page, "Casussen");
      const effort = effortMeter(page);
      await effort.fill(page.getByLabel("Zoek huishouden"), "Yilmaz");
      await effort.press("Enter");
      const results = page.getByRole("table", { name: "1 huishouden gevonden voor ‘Yilmaz’" });
      await effort.click(results.getByRole("link", { name: "Familie Yilmaz (opent de lopende casus)" }));
      await expectPage(page, "Casus Familie Yilmaz");

      await effort.fill(form("Gesprek vastleggen").getByLabel("Notities (niet verplicht)"), "Kennismaking; Ayse wil hulp bij de administratie.");
      await effort.press("Control+Enter");
      await section("Gesprekken").getByRole("row").filter({ hasText: "Kennismaking" }).waitFor();

      await effort.fill(form("Uren vastleggen").getByLabel("Aantal uren"), "1,5");
      await effort.press("Enter");
      await expect.poll(() => textOf(section("Uren"))).toContain("Totaal: 1,5 uur");

      const resource = form("Hulpbron toevoegen");
      await effort.click(resource.getByRole("radio", { name: "Algemene voorziening" }));
      await effort.fill(resource.getByLabel("Omschrijving"), "Formulierenbrigade van de bibliotheek");
      await effort.press("Enter");
      await section("Plan").getByRole("row").filter({ hasText: "Formulierenbrigade" }).waitFor();
      const measured = effort.result();
      console.log(describeEffort("typical contact", measured));

      const saved = await api.get<CaseFile>(`/cases/${opened.id}`);
      expect(saved.conversations[0]?.participants).toEqual(["Sanne de Vries", "Ayse Yilmaz"]);
      expect(saved.totalMinutes).toBe(90);
      expect(saved.hours[0]?.activity).toBe("gesprek");
      const plan = await api.get<Plan>(`/cases/${opened.id}/plan`);
      expect(plan.resources.map((item) => item.kind)).toEqual(["algemene_voorziening"]);
      expect(measured.interactions).toBeLessThanOrEqual(10);
      await expectAccessible(page, "Casus after a typical contact", part("plan"));
    },
    JOURNEY_TIMEOUT,
  );
});
