import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Task } from "../src/domain/tasks/dto";
import { formatDate } from "../src/web/format";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const DAY = 24 * 60 * 60 * 1000;
/**
 * A due date `days` from today as the server counts (UTC days; a task is overdue from the day after
 * its due date), in the dd-mm-jjjj a user types.
 */
const dueIn = (days: number) => formatDate(new Date(Date.now() + days * DAY).toISOString().slice(0, 10));

const OVERDUE = "Mevrouw Bakker terugbellen over de huurachterstand";
const TEAM_TASK = "Casusoverleg Wijkteam Noord voorbereiden";

describeJourneys("tasks: mine, my teams' and the overdue list", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    context = await newUserContext(browser, app.url);
    page = await context.newPage();
    await logIn(page, "sociaal_werker", password);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const rowOf = (title: string) => page.getByRole("row").filter({ hasText: title });
  const overdueOnly = () => page.getByRole("checkbox", { name: "Alleen te laat" });

  it(
    "starts with no tasks, and offers the choice of mine or my teams'",
    async () => {
      await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Taken", exact: true }).click();
      await expectPage(page, "Taken");
      expect(await page.getByRole("radio", { name: "Mijn taken" }).isChecked()).toBe(true);
      expect(await overdueOnly().isChecked()).toBe(false);
      expect(await textOf(page.locator(".bw-empty-state"))).toContain("Er zijn geen open taken.");
      expect(await page.getByRole("radio", { name: "Team Wijkteam Noord" }).count()).toBe(1);
      await expectAccessible(page, "Taken, empty");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "creates a task due yesterday, after the field error for an unreadable date, and shows it as overdue",
    async () => {
      await page.getByLabel("Titel").fill(OVERDUE);
      await page.getByLabel("Vervaldatum").fill("gisteren");
      await page.getByRole("button", { name: "Taak aanmaken" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const dueOn = page.getByLabel("Vervaldatum");
      expect(await dueOn.getAttribute("aria-invalid")).toBe("true");
      expect(await textOf(alert)).toContain("Vul een bestaande datum in als dd-mm-jjjj");
      await expectAccessible(page, "Nieuwe taak with a validation error");

      await dueOn.fill(dueIn(-1));
      await dueOn.press("Enter");
      await expect.poll(() => statusText(page)).toContain(`Taak ‘${OVERDUE}’ is aangemaakt.`);
      const row = rowOf(OVERDUE);
      await row.waitFor();
      const text = await textOf(row);
      for (const expected of [dueIn(-1), "Sanne de Vries", "Te laat"]) expect(text, expected).toContain(expected);
      expect(await page.getByLabel("Titel").inputValue()).toBe("");

      await overdueOnly().check();
      await expect.poll(() => new URL(page.url()).search).toBe("?overdue=true");
      await page.getByRole("heading", { level: 2, name: "Mijn taken: te laat" }).waitFor();
      await rowOf(OVERDUE).waitFor();
      expect(await textOf(rowOf(OVERDUE))).toContain("Te laat");
      await expectAccessible(page, "overdue list");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "ticks the task off, keeps focus on its button, and it leaves the overdue list",
    async () => {
      const button = rowOf(OVERDUE).getByRole("button", { name: "Afgerond" });
      await button.click();
      await expect.poll(() => statusText(page)).toContain(`Taak ‘${OVERDUE}’ is afgerond.`);
      expect(await textOf(rowOf(OVERDUE))).toContain("Afgerond");
      const reopen = rowOf(OVERDUE).getByRole("button", { name: `Heropenen ${OVERDUE}`, exact: true });
      await expect.poll(() => reopen.evaluate((element) => element === document.activeElement)).toBe(true);
      await expectAccessible(page, "task ticked off");

      await page.reload();
      await expectPage(page, "Taken");
      expect(await overdueOnly().isChecked()).toBe(true);
      await page.getByText("Er zijn geen taken te laat.").waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "creates a task for the team and shows it under 'Taken van mijn teams'",
    async () => {
      await overdueOnly().uncheck();
      await page.getByLabel("Titel").fill(TEAM_TASK);
      await page.getByLabel("Vervaldatum").fill(dueIn(7));
      await page.getByRole("radio", { name: "Team Wijkteam Noord" }).check();
      await page.getByRole("button", { name: "Taak aanmaken" }).click();
      await expect.poll(() => statusText(page)).toContain(`Taak ‘${TEAM_TASK}’ is aangemaakt.`);
      expect(await rowOf(TEAM_TASK).count()).toBe(0);

      await page.getByRole("radio", { name: "Taken van mijn teams" }).check();
      await expect.poll(() => new URL(page.url()).search).toBe("?scope=my_teams");
      const row = rowOf(TEAM_TASK);
      await row.waitFor();
      expect(await textOf(row)).toContain("Team Wijkteam Noord");
      expect(await textOf(row)).toContain("Open");
      await expectAccessible(page, "Taken van mijn teams");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "never overwrites a change made elsewhere: 409 asks to reload",
    async () => {
      const api = apiOf(page);
      const { items } = await api.get<{ items: Task[] }>("/tasks?scope=my_teams");
      const task = items.find((candidate) => candidate.title === TEAM_TASK)!;
      const done = await api.patch<Task>(`/tasks/${task.id}`, { version: task.version, status: "done" });
      await api.patch<Task>(`/tasks/${task.id}`, { version: done.version, status: "open" });

      await rowOf(TEAM_TASK).getByRole("button", { name: "Afgerond" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await textOf(alert)).toContain("Iemand anders heeft dit intussen gewijzigd; herlaad en probeer opnieuw");
      await expectAccessible(page, "task version conflict");
      await Promise.all([
        page.waitForResponse((response) => response.url().includes("/api/v1/tasks?scope=my_teams")),
        alert.getByRole("button", { name: "Herladen" }).click(),
      ]);
      expect(await page.getByRole("alert").count()).toBe(0);
      await rowOf(TEAM_TASK).getByRole("button", { name: "Afgerond" }).click();
      await expect.poll(() => textOf(rowOf(TEAM_TASK))).toContain("Afgerond");
    },
    JOURNEY_TIMEOUT,
  );
});
