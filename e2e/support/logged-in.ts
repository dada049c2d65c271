import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type RunningApp, startApp } from "./app-server";
import { launchChromium } from "./chromium";
import { SETUP_TIMEOUT } from "./journeys";
import { demoPassword, logIn, newUserContext } from "./session";

export interface LoggedIn {
  readonly app: RunningApp;
  readonly browser: Browser;
  /** The page of each demo user asked for, logged in, in their own browser context. */
  page(username: string): Page;
}

/**
 * The setup most journeys share, for use inside `describeJourneys`: one app and one browser for the
 * file, and one logged-in page per demo user (each in its own context, so sessions do not mix).
 * Everything is closed after the file.
 */
export const loggedIn = (...usernames: string[]): LoggedIn => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    await Promise.all(
      usernames.map(async (username) => {
        const context = await newUserContext(browser!, app!.url);
        contexts.push(context);
        const page = await context.newPage();
        await logIn(page, username, password);
        pages.set(username, page);
      }),
    );
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test`);
    return value;
  };
  return {
    get app() {
      return started(app, "The app");
    },
    get browser() {
      return started(browser, "The browser");
    },
    page: (username) => started(pages.get(username), `The page of ${username}`),
  };
};
