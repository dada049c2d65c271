import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Me, User } from "../src/domain/accounts/dto";
import type { CaseFile } from "../src/domain/cases/dto";
import type { Household } from "../src/domain/households/dto";
import { formatDate, isoDateInDutchTime } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, menuLabels, newUserContext } from "./support/session";

const DAY = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number) => isoDateInDutchTime(new Date(Date.now() - days * DAY));
const daysAgo = (days: number) => formatDate(isoDaysAgo(days));
const PANEL_PASSWORD = "een-lang-wachtwoord-voor-het-panel";
const ROUND = "Voorjaar";

describeJourneys("panel: a round, the case director's check, three blind verdicts, consensus and kappa", () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let advisor: Page;
  let worker: Page;
  let reviewers: Page[];
  let caseRefs: string[];
  let caseIds: string[];
  let roundUrl = "";

  const page = async (username: string, password: string) => {
    const context = await newUserContext(browser, app.url);
    contexts.push(context);
    const opened = await context.newPage();
    await logIn(opened, username, password);
    return opened;
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    const admin = await page("beheerder", password);
    const adminApi = apiOf(admin);
    const extra: User[] = [];
    for (const [username, displayName] of [
      ["panel.fenna", "Fenna de Jong"],
      ["panel.ruben", "Ruben Koster"],
      ["panel.betrokken", "Bo Betrokken"],
    ]) {
      extra.push(await adminApi.post<User>("/users", { username, displayName, email: `${username}@voorbeeld.example`, password: PANEL_PASSWORD, roles: ["panellid"] }));
    }
    [advisor, worker] = await Promise.all([page("beleidsadviseur", password), page("sociaal_werker", password)]);
    reviewers = await Promise.all([page("panellid", password), page("panel.fenna", PANEL_PASSWORD), page("panel.ruben", PANEL_PASSWORD)]);
    // Two closed cases of the social worker; "Bo Betrokken" took part in both, so may not judge them.
    const api = apiOf(worker);
    const me = (await api.get<{ user: Me }>("/auth/me")).user;
    caseRefs = [];
    caseIds = [];
    for (const name of ["Familie Panel Een", "Familie Panel Twee"]) {
      const household = await api.post<Household>("/households", { name, teamId: me.teams[0]!.id });
      let file = await api.post<CaseFile>("/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: isoDaysAgo(90) });
      await api.post(`/cases/${file.id}/participants`, { role: "anders", name: "Bo Betrokken", userId: extra[2]!.id });
      await api.post(`/cases/${file.id}/hours`, { workedOn: isoDaysAgo(80), activity: "gesprek", hours: 3 });
      file = await api.post<CaseFile>(`/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: isoDaysAgo(10), closingOutcome: "andere_oplossing" });
      caseRefs.push(`C-${file.id.slice(0, 8).toUpperCase()}`);
      caseIds.push(file.id);
    }
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const errorOf = async (control: Locator) => {
    const errorId = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, "aria-describedby names an error").toBeDefined();
    return textOf(control.page().locator(`[id="${errorId}"]`));
  };

  it(
    "the policy adviser draws a round after a field error",
    async () => {
      expect(await menuLabels(advisor)).toContain("Beoordelingsrondes");
      await advisor.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Beoordelingsrondes" }).click();
      await expectPage(advisor, "Beoordelingsrondes");
      expect(await textOf(advisor.locator(".bw-empty-state"))).toContain("Er zijn nog geen rondes.");
      await expectAccessible(advisor, "Beoordelingsrondes, empty");
      await advisor.getByRole("button", { name: "Nieuwe ronde" }).click();
      const form = advisor.getByRole("form", { name: "Nieuwe ronde" });
      await form.getByLabel("Naam").fill(ROUND);
      await form.getByLabel("Steekproefgrootte").fill("twee");
      await form.getByLabel("Startwaarde (seed)").fill("42");
      await form.getByLabel("Afgesloten vanaf").fill(daysAgo(30));
      await form.getByLabel("Afgesloten tot en met").fill(daysAgo(0));
      await form.getByRole("button", { name: "Steekproef trekken" }).click();
      await form.getByRole("alert").waitFor();
      expect(await errorOf(form.getByLabel("Steekproefgrootte"))).toContain("Vul een heel getal in");
      await expectAccessible(advisor, "new round with a field error");
      await form.getByLabel("Steekproefgrootte").fill("2");
      await form.getByRole("button", { name: "Steekproef trekken" }).click();
      await expectPage(advisor, `Ronde ${ROUND}`);
      roundUrl = new URL(advisor.url()).pathname;
      expect(await statusText(advisor)).toContain(`Ronde ${ROUND} met 2 casussen getrokken.`);
      const sample = advisor.getByRole("region", { name: "Steekproef", exact: true });
      for (const ref of caseRefs) expect(await textOf(sample.getByRole("row").filter({ hasText: ref }))).toContain("Wacht op controle door de regisseur");
      expect(await textOf(advisor.locator("main"))).toContain("Nog niet te berekenen");
      await expectAccessible(advisor, "a new round");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the case director finds the task and the notice, checks both packets (no names in them) and releases them",
    async () => {
      await worker.goto("/taken");
      await expectPage(worker, "Taken");
      expect(await textOf(worker.locator("main"))).toContain(`Dossier controleren en vrijgeven voor het beoordelingspanel (${ROUND})`);
      await worker.goto(`/casussen/${caseIds[0]}`);
      await expectPage(worker, "Casus Familie Panel Een");
      const notice = worker.getByText("Deze casus is getrokken voor het onafhankelijke beoordelingspanel.");
      await notice.waitFor();
      await expectAccessible(worker, "a closed case drawn for the panel");
      await worker.getByRole("link", { name: "Naar de panelcontrole" }).click();
      await expectPage(worker, "Panelcontrole");
      const main = await textOf(worker.locator("main"));
      for (const secret of ["Familie Panel", "Bo Betrokken", "Sanne de Vries", daysAgo(90)]) expect(main).not.toContain(secret);
      expect(main).toContain("Dag 0");
      await expectAccessible(worker, "Panelcontrole");
      for (const ref of caseRefs) {
        const item = worker.getByRole("region", { name: `Dossier ${ref}` });
        await item.getByLabel("Samenvatting voor het panel").fill("Moeder met twee kinderen en schulden; het netwerk hielp met vervoer.");
        await item.getByRole("button", { name: "Gecontroleerd, vrijgeven" }).click();
        await expect.poll(() => statusText(worker)).toContain(`Dossier ${ref} is vrijgegeven aan het panel.`);
      }
      expect(await textOf(worker.locator(".bw-empty-state"))).toContain("Er zijn geen dossiers die op uw controle wachten.");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the adviser composes both panels; the involved member cannot be chosen and the form says why",
    async () => {
      await advisor.goto(roundUrl);
      await expectPage(advisor, `Ronde ${ROUND}`);
      for (const ref of caseRefs) {
        await advisor.getByRole("button", { name: `Panel samenstellen voor ${ref}` }).click();
        const form = advisor.getByRole("form", { name: `Panel samenstellen voor ${ref}` });
        const involved = form.getByRole("checkbox", { name: "Bo Betrokken" });
        await involved.waitFor();
        expect(await involved.isDisabled()).toBe(true);
        expect(await textOf(form)).toContain("Bo Betrokken — was betrokken bij de casus en kan deze niet beoordelen");
        await form.getByRole("checkbox", { name: "Pieter Visser" }).check();
        await form.getByRole("checkbox", { name: "Fenna de Jong" }).check();
        await form.getByRole("button", { name: "Panel vastleggen" }).click();
        expect(await textOf(form.locator(".utrecht-form-field-error-message"))).toContain("Kies precies drie beoordelaars; u koos er 2.");
        if (ref === caseRefs[0]) await expectAccessible(advisor, "composing a panel with an error");
        await form.getByRole("checkbox", { name: "Ruben Koster" }).check();
        await form.getByRole("button", { name: "Panel vastleggen" }).click();
        await expect.poll(() => statusText(advisor)).toContain(`Het panel voor ${ref} is samengesteld.`);
      }
      expect(await textOf(advisor.getByRole("region", { name: "Steekproef", exact: true }))).toContain("0 van 3 oordelen binnen");
    },
    JOURNEY_TIMEOUT,
  );

  const verdict = async (reviewer: Page, ref: string, choice: { verdict: string; units?: string; months?: string }) => {
    await reviewer.goto("/panel");
    await expectPage(reviewer, "Panel");
    await reviewer.getByRole("link", { name: ref }).click();
    await expectPage(reviewer, `Dossier ${ref}`);
    const form = reviewer.getByRole("form", { name: "Uw oordeel" });
    await form.getByRole("radio", { name: choice.verdict }).check();
    if (choice.units) {
      await form.getByLabel("Voorziening die anders was toegekend").selectOption({ index: 1 });
      await form.getByLabel("Eenheden per maand").fill(choice.units);
      await form.getByLabel("Aantal maanden").fill(choice.months ?? "6");
    }
    await form.getByRole("radio", { name: "4 – zeker" }).check();
    await form.getByRole("button", { name: "Oordeel geven" }).click();
    await expect.poll(() => statusText(reviewer)).toContain("Uw oordeel is vastgelegd.");
  };

  it(
    "reviewers judge blind: the first sees an error, then only their own verdict until all three are in",
    async () => {
      const [first, second, third] = reviewers as [Page, Page, Page];
      await first.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Panel" }).click();
      await expectPage(first, "Panel");
      expect(await textOf(first.getByRole("row").filter({ hasText: caseRefs[0]! }))).toContain("Uw oordeel gevraagd");
      await expectAccessible(first, "Mijn dossiers");
      await first.getByRole("link", { name: caseRefs[0]! }).click();
      await expectPage(first, `Dossier ${caseRefs[0]}`);
      expect(await textOf(first.locator("main"))).toContain("de oordelen van de andere beoordelaars ziet u pas als alle drie de oordelen binnen zijn");
      expect(await textOf(first.locator("main"))).not.toContain("Familie Panel");
      const form = first.getByRole("form", { name: "Uw oordeel" });
      await form.getByRole("radio", { name: "Verminderd" }).check();
      await form.getByLabel("Eenheden per maand").fill("12,5");
      await form.getByRole("button", { name: "Oordeel geven" }).click();
      await form.getByRole("alert").waitFor();
      expect(await errorOf(form.getByLabel("Voorziening die anders was toegekend"))).toContain("Welke voorziening was anders toegekend?");
      expect(await errorOf(form.getByLabel("Eenheden per maand"))).toContain("Vul een heel getal in");
      expect(await errorOf(form.getByLabel("Aantal maanden"))).toContain("Vul het aantal maanden in");
      expect(await textOf(form.getByRole("group", { name: "Zekerheid" }))).toContain("Kies hoe zeker u bent");
      await expectAccessible(first, "verdict form with field errors");

      await verdict(first, caseRefs[0]!, { verdict: "Verminderd", units: "12" });
      await expect.poll(() => first.evaluate(() => document.activeElement?.textContent)).toBe("Uw oordeel");
      const main = first.locator("main");
      expect(await textOf(main)).toContain("De oordelen van de andere beoordelaars blijven verborgen tot alle drie binnen zijn.");
      expect(await first.getByRole("heading", { name: "Alle oordelen" }).count()).toBe(0);
      await expectAccessible(first, "my verdict, waiting for the others");

      // The second reviewer sees nothing of the first's verdict, before or after giving their own.
      await verdict(second, caseRefs[0]!, { verdict: "Verminderd", units: "10" });
      expect(await second.getByRole("heading", { name: "Alle oordelen" }).count()).toBe(0);
      expect(await textOf(second.locator("main"))).not.toContain("Beoordelaar 1");

      await verdict(third, caseRefs[0]!, { verdict: "Voorkomen", units: "12" });
      const all = third.getByRole("table", { name: "De drie oordelen" });
      await all.waitFor();
      expect(await all.getByRole("row").count()).toBe(4);
      expect(await textOf(all)).toContain("Verminderd");
      await expectAccessible(third, "all verdicts and the consensus form");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "the panel records its consensus (prefilled with the majority); the others see it too",
    async () => {
      const [first, , third] = reviewers as [Page, Page, Page];
      const consensus = third.getByRole("form", { name: "Consensus van het panel" });
      expect(await consensus.getByRole("radio", { name: "Verminderd" }).isChecked()).toBe(true);
      await consensus.getByRole("button", { name: "Consensus vastleggen" }).click();
      await expect.poll(() => statusText(third)).toContain("De consensus is vastgelegd.");
      await first.reload();
      await expectPage(first, `Dossier ${caseRefs[0]}`);
      expect(await textOf(first.getByRole("table", { name: "De drie oordelen" }))).toContain("Voorkomen");
      expect(await textOf(first.getByRole("region", { name: "Consensus" }))).toContain("Verminderd");
      await expectAccessible(first, "a case with consensus");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "after the second case the round shows Fleiss' kappa with its reading",
    async () => {
      for (const reviewer of reviewers) await verdict(reviewer, caseRefs[1]!, { verdict: "Geen effect" });
      await advisor.goto("/beoordelingsrondes");
      await expectPage(advisor, "Beoordelingsrondes");
      // [prevented 1, reduced 2] and [none 3]: κ = 10/22 ≈ 0,45 (worked out in src/server/routes/panel.test.ts).
      const row = advisor.getByRole("row").filter({ hasText: ROUND });
      expect(await textOf(row)).toContain("κ = 0,45: matige overeenstemming");
      await expectAccessible(advisor, "rounds with kappa");
      await advisor.getByRole("link", { name: ROUND }).click();
      await expectPage(advisor, `Ronde ${ROUND}`);
      expect(await textOf(advisor.getByRole("region", { name: "Steekproef", exact: true }))).toContain("Consensus: Verminderd");
      expect(await textOf(advisor.locator("main"))).toContain("Landis en Koch");
    },
    JOURNEY_TIMEOUT,
  );
});
