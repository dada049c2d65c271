import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, menuLabels, newUserContext } from "./support/session";

const NEW_USER = {
  displayName: "Noor de Vries",
  username: "noor.devries",
  email: "noor.devries@voorbeeld.nl",
  password: "lange zin als wachtwoord 1",
};

describeJourneys("administration by the beheerder", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let password: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    password = await demoPassword(app.url);
    context = await newUserContext(browser, app.url);
    page = await context.newPage();
    await logIn(page, "beheerder", password);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const openAdmin = async (label: string) => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: label, exact: true }).click();
    await expectPage(page, label);
  };

  /** Changes a user behind the page's back, as a second administrator would. */
  const changeUserElsewhere = async (username: string, change: Record<string, unknown>) => {
    const me = (await (await page.request.get("/api/v1/auth/me")).json()) as { csrfToken: string };
    const { items } = (await (await page.request.get("/api/v1/users")).json()) as {
      items: { id: string; username: string; version: number }[];
    };
    const user = items.find((candidate) => candidate.username === username)!;
    const response = await page.request.patch(`/api/v1/users/${user.id}`, {
      headers: { "X-CSRF-Token": me.csrfToken },
      data: { version: user.version, ...change },
    });
    expect(response.status()).toBe(200);
  };

  it(
    "lists the demo users with roles, teams, status and lock",
    async () => {
      await openAdmin("Gebruikers");
      const table = page.getByRole("table");
      for (const role of ["Sociaal werker", "Triagist", "Ontschotter", "Panellid", "Beleidsadviseur", "Controller"]) {
        expect(await table.getByRole("cell", { name: role, exact: true }).count()).toBeGreaterThan(0);
      }
      expect(await table.getByRole("columnheader", { name: "Vergrendeld" }).count()).toBe(1);
      await expectAccessible(page, "Gebruikers");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows the API's validation messages at the fields, then creates the user",
    async () => {
      await page.getByRole("link", { name: "Nieuwe gebruiker" }).click();
      await expectPage(page, "Nieuwe gebruiker");
      await page.getByLabel("Naam", { exact: true }).fill(NEW_USER.displayName);
      await page.getByLabel("Gebruikersnaam").fill("Noor de Vries");
      await page.getByLabel("E-mailadres").fill("geen-e-mailadres");
      await page.getByLabel("Wachtwoord").fill("kort");
      await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();

      const summary = page.getByRole("alert");
      await summary.waitFor();
      for (const field of ["Gebruikersnaam", "E-mailadres", "Wachtwoord"]) {
        const input = page.getByLabel(field);
        expect(await input.getAttribute("aria-invalid"), field).toBe("true");
        const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
        const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
        expect(errorId, field).toBeDefined();
        const message = await textOf(page.locator(`[id="${errorId}"]`));
        expect(message.length, field).toBeGreaterThan(3);
        expect(await textOf(summary)).toContain(message);
      }
      const roles = page.getByRole("group", { name: "Rollen" });
      expect(await roles.getAttribute("aria-describedby")).toContain("user-roles-error");
      await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? "")).toContain("bw-error-summary");
      await expectAccessible(page, "Nieuwe gebruiker with validation errors");

      await page.getByLabel("Gebruikersnaam").fill(NEW_USER.username);
      await page.getByLabel("E-mailadres").fill(NEW_USER.email);
      await page.getByLabel("Wachtwoord").fill(NEW_USER.password);
      await roles.getByRole("checkbox", { name: "Sociaal werker" }).check();
      await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
      await expectPage(page, "Gebruikers");
      expect(await statusText(page)).toContain(NEW_USER.displayName);
      const row = page.getByRole("row").filter({ hasText: NEW_USER.username });
      expect(await textOf(row)).toContain("Sociaal werker");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "lets the new user log in with the menu of the role",
    async () => {
      const other = await newUserContext(browser, app.url);
      try {
        const newcomer = await other.newPage();
        await logIn(newcomer, NEW_USER.username, NEW_USER.password);
        expect(await menuLabels(newcomer)).toEqual(["Overzicht", "Vragen", "Taken", "Casussen", "Budgetten", "Casusplatform", "Prijslijst"]);
        expect(await textOf(newcomer.getByRole("banner"))).toContain(NEW_USER.displayName);
      } finally {
        await other.close();
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "edits a user, and asks before making an account inactive",
    async () => {
      await page.getByRole("link", { name: NEW_USER.displayName }).click();
      await expectPage(page, `Gebruiker ${NEW_USER.displayName}`);
      await expectAccessible(page, "Gebruiker wijzigen");

      await page.getByRole("checkbox", { name: "Account is actief" }).uncheck();
      await page.getByRole("button", { name: "Opslaan" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await textOf(dialog)).toContain("inactief");
      await expectAccessible(page, "deactivation dialog");
      await dialog.getByRole("button", { name: "Annuleren" }).click();
      await dialog.waitFor({ state: "detached" });
      await page.getByRole("checkbox", { name: "Account is actief" }).check();

      await page.getByLabel("Naam", { exact: true }).fill("Noor de Vries-Jansen");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await expectPage(page, "Gebruikers");
      expect(await statusText(page)).toContain("Noor de Vries-Jansen");
      expect(await textOf(page.getByRole("row").filter({ hasText: NEW_USER.username }))).toContain("Actief");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "never overwrites a change made elsewhere: 409 asks to reload",
    async () => {
      await page.getByRole("link", { name: "Noor de Vries-Jansen" }).click();
      await expectPage(page, "Gebruiker Noor de Vries-Jansen");
      await changeUserElsewhere(NEW_USER.username, { displayName: "Noor Jansen" });

      await page.getByLabel("E-mailadres").fill("noor.jansen@voorbeeld.nl");
      await page.getByRole("button", { name: "Opslaan" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await textOf(alert)).toContain("Iemand anders heeft dit intussen gewijzigd; herlaad en probeer opnieuw");
      await expectAccessible(page, "version conflict");
      await alert.getByRole("button", { name: "Herladen" }).click();
      await expect.poll(() => page.getByLabel("Naam", { exact: true }).inputValue()).toBe("Noor Jansen");
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe(NEW_USER.email);
      expect(await page.getByRole("alert").count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "sets a new password after confirmation",
    async () => {
      const newPassword = "een heel ander wachtwoord 2";
      await page.getByLabel("Nieuw wachtwoord").fill(newPassword);
      await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await dialog.getByRole("button", { name: "Wachtwoord vervangen" }).click();
      await dialog.waitFor({ state: "detached" });
      await expect.poll(() => statusText(page)).toContain("nieuwe wachtwoord");
      const login = await fetch(`${app.url}/api/v1/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: NEW_USER.username, password: newPassword }),
      });
      expect(login.status).toBe(200);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "unlocks an account that failed logins locked",
    async () => {
      let locked = false;
      for (let attempt = 0; attempt < 12 && !locked; attempt += 1) {
        const response = await fetch(`${app.url}/api/v1/auth/login`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: "controller", password: `verkeerd-wachtwoord-${attempt}` }),
        });
        locked = response.status === 423;
      }
      expect(locked, "controller should be locked after repeated failed logins").toBe(true);
      await openAdmin("Gebruikers");
      const row = page.getByRole("row").filter({ hasText: "controller" });
      expect(await textOf(row)).toContain("Vergrendeld");
      await row.getByRole("link").click();
      await page.getByRole("button", { name: "Account ontgrendelen" }).click();
      await expect.poll(() => statusText(page)).toContain("ontgrendeld");
      expect(await page.getByText("Dit account is niet vergrendeld.").count()).toBe(1);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "creates and renames teams, with the error at the field",
    async () => {
      await openAdmin("Teams");
      await page.getByRole("button", { name: "Team aanmaken" }).click();
      const nameField = page.getByLabel("Naam", { exact: true });
      await expect.poll(() => nameField.getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "Teams with a validation error");

      await nameField.fill("Buurtteam Centrum");
      const organisation = page.getByLabel("Organisatie");
      const options = await organisation.locator("option").allInnerTexts();
      await organisation.selectOption({ label: options.find((option) => option !== "Kies een organisatie")! });
      await page.getByRole("button", { name: "Team aanmaken" }).click();
      await expect.poll(() => statusText(page)).toContain("Buurtteam Centrum");
      const row = page.getByRole("row").filter({ hasText: "Buurtteam Centrum" });
      await row.waitFor();

      await row.getByRole("button", { name: "Naam wijzigen" }).click();
      const rename = page.getByLabel("Nieuwe naam voor Buurtteam Centrum");
      await expect.poll(() => rename.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectAccessible(page, "Teams while renaming");
      await rename.fill("Buurtteam Centrum-West");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain("Buurtteam Centrum-West");
      await page.getByRole("row").filter({ hasText: "Buurtteam Centrum-West" }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "creates and renames organisations",
    async () => {
      await openAdmin("Organisaties");
      await page.getByLabel("Naam", { exact: true }).fill("Stichting Buurtkracht");
      await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
      await expect.poll(() => statusText(page)).toContain("Stichting Buurtkracht");
      const row = page.getByRole("row").filter({ hasText: "Stichting Buurtkracht" });
      await row.getByRole("button", { name: "Naam wijzigen" }).click();
      await page.getByLabel("Nieuwe naam voor Stichting Buurtkracht").fill("Stichting Buurtkracht Voorbeeld");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await page.getByRole("row").filter({ hasText: "Stichting Buurtkracht Voorbeeld" }).waitFor();
      await expectAccessible(page, "Organisaties");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows the audit log and verifies the chain",
    async () => {
      await openAdmin("Auditlog");
      expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThan(1);
      await page.getByRole("button", { name: "Keten controleren" }).click();
      await expect.poll(() => page.getByText("De keten is in orde").count()).toBe(1);
      const more = page.getByRole("button", { name: "Meer laden" });
      if ((await more.count()) > 0) {
        const before = await page.getByRole("table").getByRole("row").count();
        await more.click();
        await expect.poll(() => page.getByRole("table").getByRole("row").count()).toBeGreaterThan(before);
      }
      await expectAccessible(page, "Auditlog");
    },
    JOURNEY_TIMEOUT,
  );
});
