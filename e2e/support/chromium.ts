import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** The Debian chromium; the suite never downloads a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * Whether this run must skip the browser journeys: only when chromium is missing outside CI.
 * In CI (`CI=true`) a missing chromium is an error, so the journeys run and fail loudly.
 */
export const skipBrowserSuite = (): boolean => !chromiumAvailable() && process.env.CI !== "true";

let warned = false;
export const warnIfSkipped = (): void => {
  if (!skipBrowserSuite() || warned) return;
  warned = true;
  console.warn(
    `\n[e2e] Browser journeys SKIPPED: no chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) ` +
      "to run them; with CI=true a missing chromium fails the suite.\n",
  );
};

export const launchChromium = async (): Promise<Browser> => {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; the browser journeys need the Debian chromium package.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
};
