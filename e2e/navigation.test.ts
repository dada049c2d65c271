import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Permission, permissionsOf } from "../src/domain/access/permissions";
import { ROLES, type Role } from "../src/domain/access/roles";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage } from "./support/page-state";
import { demoPassword, logIn, menuLabels, newUserContext } from "./support/session";

/**
 * The menu in its fixed order, with the permission behind each entry — written out here on purpose.
 */
const MENU: readonly { label: string; path: string; permission: Permission | null }[] = [
  { label: "Overzicht", path: "/", permission: null },
  { label: "Vragen", path: "/vragen", permission: "questions:use" },
  { label: "Taken", path: "/taken", permission: "tasks:use" },
  { label: "Casussen", path: "/casussen", permission: "cases:use" },
  { label: "Budgetten", path: "/budgetten", permission: "budgets:use" },
  { label: "Casusplatform", path: "/casusplatform", permission: "platform:use" },
  { label: "Budgetrapportage", path: "/budgetrapportage", permission: "budgets:report" },
  { label: "Panel", path: "/panel", permission: "panel:review" },
  { label: "Beoordelingsrondes", path: "/beoordelingsrondes", permission: "panel:manage" },
  { label: "Businesscase", path: "/businesscase", permission: "businesscase:view" },
  { label: "MKBA", path: "/mkba", permission: "mkba:use" },
  { label: "Prijslijst", path: "/prijslijst", permission: "pricelist:view" },
  { label: "Monitor", path: "/monitor", permission: "monitor:view" },
  { label: "Gebruikers", path: "/beheer/gebruikers", permission: "accounts:manage" },
  { label: "Teams", path: "/beheer/teams", permission: "accounts:manage" },
  { label: "Organisaties", path: "/beheer/organisaties", permission: "accounts:manage" },
  { label: "Budgetbeheer", path: "/beheer/budgetten", permission: "budgets:manage" },
  { label: "Meetinstrumenten", path: "/beheer/instrumenten", permission: "instruments:manage" },
  { label: "Factoren en aanpakken", path: "/beheer/factoren", permission: "caselabels:manage" },
  { label: "Auditlog", path: "/beheer/auditlog", permission: "audit:read" },
];

const menuOf = (role: Role) => {
  const permissions = permissionsOf([role]);
  return MENU.filter((entry) => entry.permission === null || permissions.includes(entry.permission));
};

describeJourneys("navigation per role", () => {
  let app: RunningApp;
  let browser: Browser;
  let password: string;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    password = await demoPassword(app.url);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it.each(ROLES)(
    "%s sees exactly the menu of the role, and every page of it is accessible",
    async (role) => {
      const context = await newUserContext(browser, app.url);
      try {
        const page = await context.newPage();
        await logIn(page, role, password);
        const menu = menuOf(role);
        expect(await menuLabels(page)).toEqual(menu.map((entry) => entry.label));
        await expectAccessible(page, `${role}: Overzicht`);

        const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
        for (const entry of menu.slice(1)) {
          const link = nav.getByRole("link", { name: entry.label, exact: true });
          await link.click();
          await expectPage(page, entry.label);
          expect(new URL(page.url()).pathname).toBe(entry.path);
          expect(await link.getAttribute("aria-current")).toBe("page");
          await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
          expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
          expect(await page.getByText("In ontwikkeling").count()).toBe(0);
          await expectAccessible(page, `${role}: ${entry.label}`);
        }

        const closed = MENU.find((entry) => entry.permission !== null && !menu.includes(entry));
        if (closed) {
          await page.goto(closed.path);
          await expectPage(page, "Geen toegang");
        }
      } finally {
        await context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );
});
