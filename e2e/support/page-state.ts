import type { Locator, Page } from "playwright-core";

export const mainHeading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Waits until the page's h1 reads `text` and no "loading" message is left. */
export const expectPage = async (page: Page, text: string): Promise<void> => {
  await page.getByRole("heading", { level: 1, name: text, exact: true }).waitFor({ timeout: 15_000 });
  await page.locator(".bw-loading").first().waitFor({ state: "detached", timeout: 15_000 });
};

/** The rendered text of an element, as a user reads it (Playwright's innerText, not the DOM property). */
export const textOf = (locator: Locator): Promise<string> => locator.innerText();

/** The text of the shell's live region (confirmations after an action). */
export const statusText = (page: Page): Promise<string> => textOf(page.locator('[role="status"].bw-status-region'));
