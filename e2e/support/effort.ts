import type { Locator, Page } from "playwright-core";

/** What a user did for one task, and how long it took (browser and server time included). */
export interface Effort {
  readonly clicks: number;
  /** Key presses: named keys (Tab, Enter, Space, arrows, Ctrl+Enter) and single letters for a select's type-ahead. */
  readonly keys: number;
  /** Texts entered into a field, each counted once, however long. */
  readonly fills: number;
  readonly interactions: number;
  readonly ms: number;
}

/**
 * Counts a user's interactions — clicks, key presses and fills — from its creation until `result()`,
 * to measure how much effort a task costs. Use its methods instead of Playwright's for the steps
 * that count; checks in between do not.
 */
export const effortMeter = (page: Page) => {
  let clicks = 0;
  let keys = 0;
  let fills = 0;
  const started = performance.now();
  return {
    click: async (locator: Locator) => {
      clicks += 1;
      await locator.click();
    },
    press: async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    },
    /** Puts text into the field that has focus, as typing would (one fill). */
    type: async (text: string) => {
      fills += 1;
      await page.keyboard.insertText(text);
    },
    fill: async (locator: Locator, text: string) => {
      fills += 1;
      await locator.fill(text);
    },
    result: (): Effort => ({
      clicks,
      keys,
      fills,
      interactions: clicks + keys + fills,
      ms: Math.round(performance.now() - started),
    }),
  };
};

export const describeEffort = (what: string, effort: Effort): string =>
  `[effort] ${what}: ${effort.interactions} interactions (${effort.clicks} clicks, ${effort.keys} key presses, ` +
  `${effort.fills} fills) in ${effort.ms} ms`;
