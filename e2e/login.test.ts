import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, mainHeading, textOf } from "./support/page-state";
import { demoAccounts, logIn, newUserContext } from "./support/session";

const ROLE_NAMES: Record<string, string> = {
  sociaal_werker: "Sociaal werker",
  triagist: "Triagist",
  ontschotter: "Ontschotter",
  panellid: "Panellid",
  beleidsadviseur: "Beleidsadviseur",
  controller: "Controller",
  beheerder: "Beheerder",
};

describeJourneys("login, session and language", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let accounts: { username: string; password: string; role: string }[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    accounts = await demoAccounts(app.url);
    context = await newUserContext(browser, app.url);
    page = await context.newPage();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  it(
    "shows an accessible Dutch login page with the marked demo accounts",
    async () => {
      await page.goto("/");
      await expectPage(page, "Inloggen");
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      const demo = page.getByRole("region", { name: /Demo-omgeving/ });
      expect(await demo.getByText("Gemeente Voorbeeld").count()).toBeGreaterThan(0);
      const rows = demo.getByRole("row");
      expect(await rows.count()).toBe(accounts.length + 1);
      for (const account of accounts) {
        const row = demo.getByRole("row").filter({ hasText: account.username });
        expect(await textOf(row.first())).toContain(ROLE_NAMES[account.role]);
      }
      await expectAccessible(page, "login page");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows the server's Dutch message for a wrong password, linked and announced",
    async () => {
      const wrong = { username: "beheerder", password: "dit-is-niet-het-wachtwoord" };
      const answer = await fetch(`${app.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(wrong),
      });
      expect(answer.status).toBe(401);
      const { error } = (await answer.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe("invalid_credentials");

      await page.getByLabel("Gebruikersnaam").fill(wrong.username);
      await page.getByLabel("Wachtwoord", { exact: true }).fill(wrong.password);
      await page.getByRole("button", { name: "Inloggen" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await textOf(alert)).toContain(error.message);
      expect(await textOf(mainHeading(page))).toBe("Inloggen");
      await expectAccessible(page, "login page with an error");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "fills the form from a demo account and logs in",
    async () => {
      const account = accounts.find((candidate) => candidate.role === "sociaal_werker")!;
      await page.getByRole("button", { name: new RegExp(`${account.username}$`) }).click();
      expect(await page.getByLabel("Gebruikersnaam").inputValue()).toBe(account.username);
      expect(await page.getByLabel("Wachtwoord", { exact: true }).inputValue()).toBe(account.password);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expectPage(page, "Overzicht");
      const header = page.getByRole("banner");
      expect(await textOf(header)).toContain("Gemeente Voorbeeld");
      expect(await textOf(page.getByRole("main"))).toContain("Welkom");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "offers a skip link as the first stop and moves focus into the content",
    async () => {
      await page.goto("/");
      await expectPage(page, "Overzicht");
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
      expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("inhoud");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "says 'Pagina niet gevonden' for an unknown address",
    async () => {
      await page.goto("/bestaat-niet");
      await expectPage(page, "Pagina niet gevonden");
      await expectAccessible(page, "not found page");
      await page.getByRole("link", { name: "Naar het overzicht" }).click();
      await expectPage(page, "Overzicht");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "switches to English, remembers it, and switches back",
    async () => {
      await page.getByRole("button", { name: "English" }).click();
      await expectPage(page, "Overview");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      expect(await page.getByRole("navigation", { name: "Main menu" }).count()).toBe(1);
      expect(await page.getByRole("button", { name: "Log out" }).count()).toBe(1);
      await page.reload();
      await expectPage(page, "Overview");
      await expectAccessible(page, "start page in English");
      await page.getByRole("button", { name: "Nederlands" }).click();
      await expectPage(page, "Overzicht");
      expect(await page.locator("html").getAttribute("lang")).toBe("nl");
      await page.reload();
      await expectPage(page, "Overzicht");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "logs out, and the session is gone",
    async () => {
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await expectPage(page, "Inloggen");
      expect(await textOf(page.getByRole("main"))).toContain("U bent uitgelogd.");
      await page.goto("/casussen");
      await expectPage(page, "Inloggen");
      expect(new URL(page.url()).search).toBe("?next=%2Fcasussen");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "returns to the requested page after logging in",
    async () => {
      const account = accounts.find((candidate) => candidate.role === "ontschotter")!;
      await page.getByLabel("Gebruikersnaam").fill(account.username);
      await page.getByLabel("Wachtwoord", { exact: true }).fill(account.password);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expectPage(page, "Casussen");
      expect(new URL(page.url()).pathname).toBe("/casussen");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "sends a user whose session ended back to the login page",
    async () => {
      await context.clearCookies();
      await page.reload();
      await expectPage(page, "Inloggen");
      await logIn(page, "beheerder", accounts[0]!.password);
      const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
      await nav.getByRole("link", { name: "Gebruikers", exact: true }).click();
      await expectPage(page, "Gebruikers");
      await context.clearCookies();
      await nav.getByRole("link", { name: "Teams", exact: true }).click();
      await expectPage(page, "Inloggen");
      expect(await textOf(page.getByRole("main"))).toContain("Uw sessie is verlopen");
    },
    JOURNEY_TIMEOUT,
  );
});
