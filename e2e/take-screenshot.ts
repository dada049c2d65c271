/**
 * Makes docs/screenshot.png for the README: the demo's beheerder on the Gebruikers page, 1280×800,
 * in the Debian chromium. Run after `npx vite build`:  node --import tsx e2e/take-screenshot.ts
 */
import { fileURLToPath } from "node:url";
import { startApp } from "./support/app-server";
import { launchChromium } from "./support/chromium";
import { expectPage } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const target = fileURLToPath(new URL("../docs/screenshot.png", import.meta.url));

const app = await startApp();
const browser = await launchChromium();
try {
  const context = await newUserContext(browser, app.url);
  const page = await context.newPage();
  await logIn(page, "beheerder", await demoPassword(app.url));
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers", exact: true }).click();
  await expectPage(page, "Gebruikers");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: target, fullPage: false });
  console.log(`Screenshot written to ${target}`);
} finally {
  await browser.close();
  await app.close();
}
