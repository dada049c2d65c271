import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { ModelDetail } from "../src/domain/models/dto";
import { benchModel } from "../bench/engine.bench";
import { evaluateModel } from "../src/engine/evaluate-model";
import { parseModel } from "../src/engine/parse-model";
import type { RegistrationFigures } from "../src/domain/registration-figures/dto";
import { apiOf } from "./support/api";
import { type RunningApp, startApp } from "./support/app-server";
import { expectAccessible } from "./support/axe";
import { launchChromium } from "./support/chromium";
import { describeJourneys, JOURNEY_TIMEOUT, SETUP_TIMEOUT } from "./support/journeys";
import { expectPage, statusText, textOf } from "./support/page-state";
import { demoPassword, logIn, newUserContext } from "./support/session";

const PERIOD = { from: "2000-01-01", to: "2099-12-31" };
/** Money as the studio shows it (whole euros, nl-NL), for comparing with numbers from the API. */
const money = (value: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(Math.round(value));
const decimal = (value: number) => new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 4 }).format(value);

describeJourneys("MKBA studio: build, what-if, ex-post, versions and compare", () => {
  let app: RunningApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let modelId = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchChromium()]);
    const password = await demoPassword(app.url);
    context = await newUserContext(browser, app.url);
    page = await context.newPage();
    await logIn(page, "beleidsadviseur", password);
    // Registration for the ex-post journey: a social worker opens six cases today.
    const workerContext = await newUserContext(browser, app.url);
    const worker = await workerContext.newPage();
    await logIn(worker, "sociaal_werker", password);
    const me = (await apiOf(worker).get<{ user: Me }>("/auth/me")).user;
    for (let i = 0; i < 6; i++) {
      const household = await apiOf(worker).post<{ id: string }>("/households", { name: `Huishouden Studio ${i}`, teamId: me.teams[0]!.id });
      await apiOf(worker).post("/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: new Date().toISOString().slice(0, 10) });
    }
    await workerContext.close();
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  const npvText = () => textOf(page.getByTestId("mkba-npv"));
  const group = (name: string) => page.getByRole("group", { name, exact: true });
  const openLibrary = async () => {
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "MKBA", exact: true }).click();
    await expectPage(page, "MKBA");
  };
  /** Tabs from `start` until focus reaches `target` (at most `limit` presses): proves keyboard reachability. */
  const tabTo = async (start: Locator, target: Locator, limit = 300): Promise<boolean> => {
    await start.focus();
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((element) => element === document.activeElement)) return true;
    }
    return false;
  };

  it(
    "the demo's model opens with its ex-ante versions and shows a linked assumption next to the registration",
    async () => {
      await openLibrary();
      await page.getByRole("link", { name: "Sociaal wijkteam Voorbeeld", exact: true }).click();
      await expectPage(page, "Sociaal wijkteam Voorbeeld");
      const versions = page.getByRole("table", { name: "2 versies" });
      expect(await textOf(versions)).toContain("ex-ante v1");
      expect(await textOf(versions)).toContain("ex-ante v2");
      const linked = (await apiOf(page).get<ModelDetail>(`/models/${new URL(page.url()).pathname.split("/").at(-1)}`)).document.parameters as Record<string, { link?: { from: string; to: string } }>;
      const period = linked.huishoudens!.link!;
      // The journey's setup opened six cases today, inside the link's twelve months.
      const figures = await apiOf(page).get<RegistrationFigures>(`/registration-figures?from=${period.from}&to=${period.to}`);
      const observed = figures.figures.find((f) => f.key === "cases_opened")!.value!;
      expect(observed).toBeGreaterThanOrEqual(6);
      const table = page.getByRole("table", { name: "Aanname (ex-ante) naast waarneming (ex-post)" });
      const row = table.getByRole("row").filter({ hasText: "huishoudens" });
      await expect.poll(async () => (await row.getByRole("cell").allInnerTexts()).map((text) => text.trim()).slice(1, 4)).toEqual(["300", decimal(observed), decimal(observed - 300)]);
      expect(await textOf(table.getByRole("row").filter({ hasText: "aandeelVoorkomen" }))).toContain("Aandeel panel-oordelen met effect");
      await expectAccessible(page, "demo model");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "builds a model from a template and shows its results",
    async () => {
      await openLibrary();
      await expectAccessible(page, "MKBA library");
      await page.getByRole("button", { name: "Model maken" }).click();
      expect(await textOf(page.getByRole("form", { name: "Nieuw model uit een sjabloon" }))).toContain("Kies een sjabloon.");
      await page.getByLabel("Sjabloon", { exact: true }).selectOption({ label: "Sociaal wijkteam" });
      await page.getByRole("button", { name: "Model maken" }).click();
      await expectPage(page, "Sociaal wijkteam");
      modelId = new URL(page.url()).pathname.split("/").at(-1)!;
      await expect.poll(() => statusText(page)).toContain("Model Sociaal wijkteam is gemaakt.");
      const engine = await apiOf(page).get<ModelDetail>(`/models/${modelId}`);
      expect(engine.versions).toMatchObject([{ version: 1, label: "ex-ante v1", createdBy: "Bram Smit" }]);
      // The browser runs the same engine: the NPV shown is the engine's, in whole euros.
      const expected = evaluateModel(parseModel(engine.document).model!, { monteCarlo: false }).result;
      expect(await npvText()).toBe(money(expected.npv));
      const keyFigures = await textOf(page.locator("#mkba-key-figures"));
      for (const label of ["Baten-kostenverhouding", "Financiële baten-kostenverhouding", "Oordeel", "Terugverdientijd"]) expect(keyFigures).toContain(label);
      await page.getByRole("table", { name: "Kosten en baten per partij (contante waarde)" }).waitFor();
      await page.getByRole("table", { name: /Omslagpunt per parameter/ }).waitFor();
      await page.locator(".bw-chart svg").first().waitFor();
      await expectAccessible(page, "MKBA studio");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "a what-if slider changes NPV at once; tornado and switching values follow, and the recompute time is measured",
    async () => {
      const before = await npvText();
      // Watch for the "being updated" notice of tornado and switching values: it is there between a move and their recompute.
      await page.evaluate(() => {
        const seen = { updating: 0 };
        (window as unknown as { __mkbaUpdating: typeof seen }).__mkbaUpdating = seen;
        new MutationObserver(() => {
          if (document.querySelector("[data-testid='mkba-sensitivity-updating']")) seen.updating += 1;
        }).observe(document.body, { childList: true, subtree: true });
      });
      const slider = page.getByRole("slider", { name: /^huishoudens/ });
      await slider.focus();
      await page.keyboard.press("End");
      await expect.poll(npvText).not.toBe(before);
      expect(await textOf(page.locator("section[aria-labelledby='mkba-whatif-heading']"))).toContain(`Netto contante waarde bij deze waarden: ${await npvText()}`);
      // Ten single steps, each waited for, so every one is a recompute of its own (the results follow a deferred render).
      for (let i = 0; i < 10; i++) {
        const previous = await npvText();
        await page.keyboard.press("ArrowLeft");
        await expect.poll(npvText).not.toBe(previous);
      }
      const times = await page.evaluate(() => (window as unknown as { __mkbaWhatIfTimes?: number[] }).__mkbaWhatIfTimes ?? []);
      const shown = await textOf(page.getByTestId("mkba-recompute-time"));
      expect(shown).toMatch(/Laatste herberekening van de kerncijfers: [\d,]+ ms\./);
      const sorted = [...times].sort((a, b) => a - b);
      console.log(`[mkba] what-if key figures in the browser: ${times.length} runs, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms`);
      expect(times.length).toBeGreaterThanOrEqual(11);
      // A generous bound only (shared CI cores); the target is 100 ms, the numbers are reported above.
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1000);
      expect(await textOf(page.locator("#mkba-results-heading").locator(".."))).toContain("deze resultaten gelden voor de wat-als-waarden");

      // Tornado and switching values catch up: marked as being updated after a move, then the engine's at the slider value.
      await expect.poll(() => page.getByTestId("mkba-sensitivity-updating").count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __mkbaUpdating: { updating: number } }).__mkbaUpdating.updating)).toBeGreaterThan(0);
      expect(await textOf(page.getByTestId("mkba-recompute-time"))).toMatch(/Tornado en omslagpunten: [\d,]+ ms, berekend zodra het schuiven even stopt\./);
      const households = Number(await slider.inputValue());
      const current = (await apiOf(page).get<ModelDetail>(`/models/${modelId}`)).document as { parameters: Record<string, object> };
      const atSlider = evaluateModel(parseModel({ ...current, parameters: { ...current.parameters, huishoudens: { ...current.parameters.huishoudens, value: households } } }).model!, { monteCarlo: false }).result;
      const switchingRow = page.getByRole("table", { name: /Omslagpunt per parameter/ }).getByRole("row").filter({ hasText: "kostenTeam" });
      const switchingCells = (await switchingRow.getByRole("cell").allInnerTexts()).map((text) => text.trim());
      expect(switchingCells).toEqual([decimal(600000), decimal(atSlider.switchingValues.kostenTeam!)]);
      expect((await page.getByRole("table", { name: /Omslagpunt per parameter/ }).getByRole("row").filter({ hasText: "huishoudens" }).getByRole("cell").allInnerTexts())[0]?.trim()).toBe(decimal(households));

      await page.getByRole("button", { name: "Wat-als terugzetten" }).click();
      await expect.poll(npvText).toBe(before);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "checks an expression as it is typed, with a Dutch message at the field",
    async () => {
      const quantity = group("Baat Voorkomen maatwerk").getByLabel("Aantal per jaar");
      await quantity.fill("huishoudens * (aandeelVoorkomen");
      expect(await quantity.getAttribute("aria-invalid")).toBe("true");
      expect(await textOf(group("Baat Voorkomen maatwerk"))).toMatch(/Ongeldige expressie bij teken 32: verwacht "\)"/);
      await quantity.fill("huishoudens * aandeelVoorkomn");
      await expect.poll(() => textOf(group("Baat Voorkomen maatwerk"))).toContain("Onbekende parameter: aandeelVoorkomn.");
      expect(await textOf(page.locator("#mkba-problems"))).toContain("benefits[0].quantity");
      await expectAccessible(page, "editor with an expression error", { include: "#mkba-editor-heading + *" });
      await quantity.fill("huishoudens * aandeelVoorkomen");
      expect(await quantity.getAttribute("aria-invalid")).toBeNull();
      await expect.poll(() => page.locator("#mkba-problems").count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "links a parameter to registration data, shows the drift and adopts the observation as an ex-post version",
    async () => {
      const parameter = group("Parameter huishoudens");
      await parameter.getByLabel("Koppeling").selectOption({ label: "Registratie" });
      await parameter.getByLabel("Registratiecijfer").selectOption({ label: "Aantal geopende casussen" });
      await parameter.getByLabel("Periode vanaf").fill("01-01-2000");
      await parameter.getByLabel("Periode tot en met").fill("31-02-2099");
      expect(await textOf(parameter)).toContain("Vul een bestaande datum in als dd-mm-jjjj");
      await parameter.getByLabel("Periode tot en met").fill("31-12-2099");
      const price = group("Parameter kostenMaatwerk");
      await price.getByLabel("Koppeling").selectOption({ label: "Prijslijst" });
      await price.getByLabel("Prijs uit de prijslijst").selectOption({ label: "WMO-IB-UUR — Wmo individuele begeleiding" });
      await page.getByLabel("Naam van de versie").fill("ex-ante v2");
      await page.getByLabel("Wat is er veranderd (niet verplicht)").fill("Huishoudens gekoppeld aan de registratie");
      await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain("Versie 2 (ex-ante v2) is opgeslagen.");

      const figures = await apiOf(page).get<RegistrationFigures>(`/registration-figures?from=${PERIOD.from}&to=${PERIOD.to}`);
      const opened = figures.figures.find((f) => f.key === "cases_opened")!;
      expect(opened.suppressed, "the demo has enough cases").toBe(false);
      const observed = opened.value!;
      expect(observed).toBeGreaterThanOrEqual(6);
      const row = page.getByRole("table", { name: "Aanname (ex-ante) naast waarneming (ex-post)" }).getByRole("row").filter({ hasText: "huishoudens" });
      const cells = async () => (await row.getByRole("cell").allInnerTexts()).map((text) => text.trim());
      await expect.poll(cells).toEqual([
        "Aantal geopende casussen, 01-01-2000 t/m 31-12-2099",
        "300",
        decimal(observed),
        decimal(observed - 300),
        new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 }).format((observed - 300) / 300),
        String(observed),
      ]);
      // The price-list link: the item's price indexed to the model's price year (2026), in euros.
      const item = (await apiOf(page).get<{ items: { code: string; indexedCents: number }[] }>("/prices?indexTo=2026")).items.find((p) => p.code === "WMO-IB-UUR")!;
      const priceRow = page.getByRole("table", { name: "Aanname (ex-ante) naast waarneming (ex-post)" }).getByRole("row").filter({ hasText: "kostenMaatwerk" });
      expect((await priceRow.getByRole("cell").allInnerTexts()).map((text) => text.trim()).slice(0, 4)).toEqual([
        "prijslijst WMO-IB-UUR",
        decimal(8000),
        decimal(item.indexedCents / 100),
        decimal(item.indexedCents / 100 - 8000),
      ]);
      await expectAccessible(page, "ex-post view", { include: "#mkba-expost-heading + *" });

      await page.getByRole("button", { name: "Waarnemingen overnemen als nieuwe versie (ex-post)" }).click();
      await expect.poll(() => statusText(page)).toContain("Versie 3 (ex-post) is opgeslagen.");
      await expect.poll(async () => (await cells()).slice(1, 5)).toEqual([decimal(observed), decimal(observed), "0", "0%"]);
      const versions = page.getByRole("table", { name: "3 versies" });
      const latest = await textOf(versions.getByRole("row").nth(1));
      for (const expected of ["3", "ex-post", "Bram Smit", "Waarnemingen overgenomen voor: huishoudens, kostenMaatwerk"]) expect(latest).toContain(expected);
      const saved = await apiOf(page).get<ModelDetail>(`/models/${modelId}`);
      const huishoudens = (saved.document.parameters as Record<string, { value: number; source: string; link: unknown }>).huishoudens!;
      expect(huishoudens.value).toBe(observed);
      expect(huishoudens.source).toContain("waargenomen: Aantal geopende casussen");
      expect(huishoudens.link).toEqual({ kind: "registration", figure: "cases_opened", ...PERIOD });
      expect((saved.document.parameters as Record<string, { value: number }>).kostenMaatwerk?.value).toBe(item.indexedCents / 100);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "runs Monte Carlo in a worker with progress, and every chart's table is reachable by keyboard",
    async () => {
      // Watch for the progress bar: it is there from the click until the worker's last answer.
      await page.evaluate(() => {
        const seen = { progress: false };
        (window as unknown as { __mkbaProgress: typeof seen }).__mkbaProgress = seen;
        new MutationObserver(() => {
          if (document.querySelector("#mkba-mc-progress")) seen.progress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await page.getByRole("button", { name: "Monte Carlo starten" }).click();
      await page.getByText(/Monte Carlo klaar: 2000 trekkingen\./).waitFor();
      expect(await page.evaluate(() => (window as unknown as { __mkbaProgress: { progress: boolean } }).__mkbaProgress.progress)).toBe(true);
      expect(await page.locator("#mkba-mc-progress").count()).toBe(0);
      expect(await textOf(page.getByTestId("mkba-p-positive"))).toMatch(/%$/);
      const mcSection = page.locator("section[aria-labelledby='mkba-mc-heading']");
      for (const label of ["NCW P5 (pessimistisch)", "NCW P50 (mediaan)", "NCW P95 (optimistisch)", "Kans op een positieve NCW"]) expect(await textOf(mcSection)).toContain(label);
      await mcSection.locator(".bw-chart svg").waitFor();

      const summaries = page.locator("summary", { hasText: "Toon de cijfers als tabel" });
      const count = await summaries.count();
      expect(count).toBe(4); // Sankey, cash flows, tornado, histogram
      for (let i = 0; i < count; i++) {
        const summary = summaries.nth(i);
        const start = i === 0 ? page.locator("#mkba-results-heading") : summaries.nth(i - 1);
        expect(await tabTo(start, summary), `chart table ${i + 1} reachable with Tab`).toBe(true);
        await page.keyboard.press("Enter");
        const table = summary.locator("..").getByRole("table");
        await table.waitFor();
        expect(await table.getByRole("row").count()).toBeGreaterThan(1);
      }
      await expectAccessible(page, "studio with Monte Carlo and open chart tables");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "exports JSON, and its PDF and Excel report links download the report",
    async () => {
      const exportLink = page.getByRole("link", { name: "Exporteren (JSON)" });
      expect(await exportLink.getAttribute("href")).toBe(`/api/v1/models/${modelId}/export`);
      expect(await page.getByRole("link", { name: "Rapport (PDF)" }).getAttribute("href")).toBe(`/api/v1/models/${modelId}/report.pdf`);
      expect(await page.getByRole("link", { name: "Rapport (Excel)" }).getAttribute("href")).toBe(`/api/v1/models/${modelId}/report.xlsx`);
      for (const [path, type] of [["report.pdf", "application/pdf"], ["report.xlsx", "spreadsheetml"]] as const) {
        const report = await page.request.get(`/api/v1/models/${modelId}/${path}`);
        expect(report.status(), path).toBe(200);
        expect(report.headers()["content-type"]).toContain(type);
      }
      const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
      expect(download.suggestedFilename()).toBe("sociaal-wijkteam.baatwijzer.json");
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const document = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { format: string; parameters: Record<string, { link?: unknown }> };
      expect(document.format).toBe("baatwijzer.model/1");
      expect(document.parameters.huishoudens?.link).toMatchObject({ kind: "registration", figure: "cases_opened" });
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "detects a concurrent edit (409) and keeps the user's changes",
    async () => {
      const current = await apiOf(page).get<ModelDetail>(`/models/${modelId}`);
      // Meanwhile, in another tab: a colleague saves version 4.
      await apiOf(page).post(`/models/${modelId}/versions`, { baseVersion: current.currentVersion, label: "ex-ante v4 (collega)", document: { ...current.document, horizon: 6 } });
      await page.getByRole("group", { name: "Algemeen" }).getByLabel("Omschrijving").fill("Mijn eigen toelichting");
      await page.getByLabel("Naam van de versie").fill("mijn versie");
      await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
      const conflict = page.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
      await conflict.waitFor();
      await expectAccessible(page, "version conflict", { include: "form[aria-labelledby='mkba-save-heading']" });
      await conflict.getByRole("button", { name: "Herladen" }).click();
      await page.getByText("U ziet nu versie 4, die iemand anders intussen opsloeg.").waitFor();
      expect(await page.getByRole("group", { name: "Algemeen" }).getByLabel("Looptijd in jaren").inputValue()).toBe("6");
      await page.getByRole("button", { name: "Mijn wijzigingen terugzetten" }).click();
      expect(await page.getByRole("group", { name: "Algemeen" }).getByLabel("Omschrijving").inputValue()).toBe("Mijn eigen toelichting");
      await page.getByLabel("Naam van de versie").fill("mijn versie");
      await page.getByRole("button", { name: "Nieuwe versie opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain("Versie 5 (mijn versie) is opgeslagen.");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "refuses an invalid import with every error listed",
    async () => {
      await openLibrary();
      const form = page.getByRole("form", { name: "Model importeren (JSON)" });
      const invalid = {
        format: "baatwijzer.model/1",
        name: "Kapot model",
        kind: "businesscase",
        priceYear: 2026,
        horizon: 3,
        stakeholders: [{ id: "g", name: "Gemeente" }],
        costs: [{ id: "c", label: "K", stakeholder: "x", amount: 100, years: [5] }],
        benefits: [{ id: "b", label: "B", stakeholder: "g", category: "immaterial", quantity: "onbekend * (2", unitValue: 10, deadweight: 1.5 }],
      };
      await form.getByLabel("JSON-bestand").setInputFiles({ name: "kapot.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(invalid)) });
      await form.getByRole("button", { name: "Importeren" }).click();
      const alert = form.getByRole("alert");
      await alert.waitFor();
      const text = await textOf(alert);
      expect(text).toMatch(/Het model is niet geïmporteerd: \d+ problemen\./);
      for (const path of ["costs[0].stakeholder", "costs[0].years[0]", "benefits[0].deadweight", "benefits[0].quantity", "benefits[0].category"]) expect(text).toContain(`${path}:`);
      expect(await page.getByRole("link", { name: "Kapot model" }).count()).toBe(0);
      await expectAccessible(page, "refused import");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "compares models: BCRs stacked by benefit type with the 1.0 line, and key figures",
    async () => {
      await page.getByLabel("Sjabloon", { exact: true }).selectOption({ label: "Schuldhulpverlening" });
      await page.getByRole("button", { name: "Model maken" }).click();
      await expectPage(page, "Schuldhulpverlening");
      await openLibrary();
      await page.getByLabel("Sociaal wijkteam vergelijken").check();
      await page.getByLabel("Schuldhulpverlening vergelijken").check();
      await page.getByRole("link", { name: "Vergelijken (2 gekozen)" }).click();
      await expectPage(page, "Modellen vergelijken");
      const figures = page.getByRole("table", { name: "Kerncijfers per model" });
      await figures.waitFor();
      expect(await figures.getByRole("row").count()).toBe(3);
      const debt = await apiOf(page).get<{ items: { id: string; name: string }[] }>("/models");
      expect(debt.items.length).toBeGreaterThanOrEqual(2);
      expect(await textOf(figures)).toContain("Schuldhulpverlening");
      await page.locator(".bw-chart svg").waitFor();
      const summary = page.locator("summary", { hasText: "Toon de cijfers als tabel" });
      expect(await tabTo(page.getByRole("heading", { name: "Vergelijking" }).or(page.locator("#mkba-compare-models")).first(), summary)).toBe(true);
      await page.keyboard.press("Enter");
      const chartTable = summary.locator("..").getByRole("table");
      expect(await textOf(chartTable)).toContain("Deel immateriële baten");
      await expectAccessible(page, "compare view");
      await page.getByLabel("Schuldhulpverlening", { exact: true }).uncheck();
      await expect.poll(() => new URL(page.url()).search).not.toContain("%2C");
    },
    JOURNEY_TIMEOUT,
  );
  it(
    "a 50-parameter, 30-year model answers a slider at once (times reported)",
    async () => {
      const big = await apiOf(page).post<ModelDetail>("/models", { document: benchModel(), label: "ex-ante v1" });
      await page.goto(`${app.url}/mkba/${big.id}`);
      await expectPage(page, big.name);
      await page.getByRole("table", { name: /Omslagpunt per parameter/ }).waitFor();
      // From each key press to the NPV on the page changing: the slider response as the user sees it (render included).
      await page.evaluate(() => {
        const store = window as unknown as { __mkbaWhatIfTimes: number[]; __mkbaSensitivityTimes: number[]; __mkbaResponse: number[] };
        store.__mkbaWhatIfTimes = [];
        store.__mkbaSensitivityTimes = [];
        store.__mkbaResponse = [];
        let pressed = 0;
        document.addEventListener("keydown", () => {
          pressed = performance.now();
        }, true);
        new MutationObserver(() => {
          if (pressed > 0) store.__mkbaResponse.push(performance.now() - pressed);
          pressed = 0;
        }).observe(document.querySelector("[data-testid='mkba-npv']")!, { childList: true, characterData: true, subtree: true });
      });
      await page.getByRole("slider", { name: "n0", exact: true }).focus();
      for (let i = 0; i < 15; i++) {
        const previous = await npvText();
        await page.keyboard.press(i === 0 ? "End" : "ArrowLeft");
        // Generous: this journey reports the response time, it does not judge it (shared CI cores).
        await expect.poll(npvText, { timeout: 10_000 }).not.toBe(previous);
      }
      await expect.poll(() => page.getByTestId("mkba-sensitivity-updating").count()).toBe(0);
      const summary = (xs: number[]) => {
        const sorted = [...xs].sort((a, b) => a - b);
        return `${xs.length} runs, median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} ms, max ${sorted.at(-1)?.toFixed(2)} ms`;
      };
      const response = await page.evaluate(() => (window as unknown as { __mkbaResponse: number[] }).__mkbaResponse);
      const keyFigures = await page.evaluate(() => (window as unknown as { __mkbaWhatIfTimes: number[] }).__mkbaWhatIfTimes);
      const sensitivity = await page.evaluate(() => (window as unknown as { __mkbaSensitivityTimes: number[] }).__mkbaSensitivityTimes);
      console.log(`[mkba] 50 parameters, 30 years in the browser: key figures ${summary(keyFigures)}; key press to new NPV on the page ${summary(response)}; tornado + switching values ${summary(sensitivity)}`);
      expect(response.length).toBeGreaterThanOrEqual(15);
      expect(sensitivity.length).toBeGreaterThanOrEqual(1);
      // The page shows the engine's NPV at the slider value.
      const n0 = Number(await page.getByRole("slider", { name: "n0", exact: true }).inputValue());
      const bigDocument = big.document as { parameters: Record<string, object> };
      const expected = evaluateModel(parseModel({ ...bigDocument, parameters: { ...bigDocument.parameters, n0: { ...bigDocument.parameters.n0, value: n0 } } }).model!, { monteCarlo: false }).result;
      expect(await npvText()).toBe(money(expected.npv));
    },
    JOURNEY_TIMEOUT,
  );
});
