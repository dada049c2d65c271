import type { Browser, BrowserContext, Page } from "playwright-core";
import { expectPage } from "./page-state";

/** One browser context per user, Dutch and at a laptop size. */
export const newUserContext = (browser: Browser, baseURL: string): Promise<BrowserContext> =>
  browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });

/** The main menu's links, in order. */
export const menuLabels = (page: Page): Promise<string[]> =>
  page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link").allInnerTexts();

/** Logs in through the form and waits for the start page. */
export const logIn = async (page: Page, username: string, password: string): Promise<void> => {
  await page.goto("/login");
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expectPage(page, "Overzicht");
};

/** The demo accounts as the server publishes them (`GET /api/v1/demo-info`). */
export const demoAccounts = async (baseUrl: string): Promise<{ username: string; password: string; role: string }[]> => {
  const response = await fetch(`${baseUrl}/api/v1/demo-info`);
  const info = (await response.json()) as { enabled: boolean; accounts?: { username: string; password: string; role: string }[] };
  if (!info.enabled || !info.accounts?.length) throw new Error("The e2e server must run with the demo tenant");
  return info.accounts;
};

export const demoPassword = async (baseUrl: string): Promise<string> => (await demoAccounts(baseUrl))[0]!.password;
