import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { describeJourneys, JOURNEY_TIMEOUT } from "./support/journeys";
import { loggedIn } from "./support/logged-in";
import { expectPage, statusText, textOf } from "./support/page-state";

describeJourneys("Meetinstrumenten: the policy advisor adds an instrument next to the self-reliance matrix", () => {
  const session = loggedIn("beleidsadviseur");
  let page: Page;
  beforeAll(() => {
    page = session.page("beleidsadviseur");
  });

  const form = () => page.locator("form").filter({ has: page.getByRole("button", { name: "Instrument aanmaken" }) });

  it(
    "shows the built-in matrix with its 13 domains and 5 levels",
    async () => {
      await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Meetinstrumenten", exact: true }).click();
      await expectPage(page, "Meetinstrumenten");
      const matrix = page.getByRole("region", { name: "Zelfredzaamheid (ZRM-compatibel) Ingebouwd", exact: true });
      expect(await textOf(matrix)).toContain("Ingebouwd");
      expect(await matrix.getByRole("table", { name: /Domeinen van/ }).getByRole("row").count()).toBe(14);
      expect(await matrix.getByRole("table", { name: /Niveaus van/ }).getByRole("row").count()).toBe(6);
      await expectAccessible(page, "Meetinstrumenten");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "refuses a form with one level, with the message at the field, then creates the instrument by keyboard",
    async () => {
      await page.getByLabel("Naam", { exact: true }).fill("Korte gezinsmeting");
      expect(await page.getByLabel("Code", { exact: true }).inputValue()).toBe("korte-gezinsmeting");
      await page.getByLabel("Domein 1", { exact: true }).fill("Opvoeding");
      await page.getByLabel("Niveau 1", { exact: true }).fill("Zorgelijk");
      await form().getByRole("button", { name: "Instrument aanmaken" }).click();
      const levels = page.getByRole("group", { name: "Niveaus" });
      await expect.poll(() => textOf(levels)).toContain("Minstens twee niveaus");
      await expectAccessible(page, "instrument form with an error");

      // Keyboard only from here: a second domain and the second level.
      await page.getByRole("button", { name: "Domein toevoegen" }).focus();
      await page.keyboard.press("Enter");
      await page.keyboard.type("Veiligheid");
      await page.getByLabel("Niveau 2", { exact: true }).focus();
      await page.keyboard.type("Op orde");
      await page.keyboard.press("Enter");
      await expect.poll(() => statusText(page)).toContain("Instrument Korte gezinsmeting is aangemaakt.");
      const created = page.getByRole("region", { name: "Korte gezinsmeting", exact: true });
      expect(await textOf(created)).toContain("Code: korte-gezinsmeting");
      expect(await created.getByRole("table", { name: /Domeinen van/ }).getByRole("row").allInnerTexts()).toEqual(["Domein", "Opvoeding", "Veiligheid"]);
      expect(await page.getByLabel("Naam", { exact: true }).inputValue()).toBe("");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "refuses the same code twice, at the code field",
    async () => {
      await page.getByLabel("Naam", { exact: true }).fill("Korte gezinsmeting");
      await page.getByLabel("Domein 1", { exact: true }).fill("Opvoeding");
      await page.getByLabel("Niveau 1", { exact: true }).fill("Laag");
      await page.getByLabel("Niveau 2", { exact: true }).fill("Hoog");
      await form().getByRole("button", { name: "Instrument aanmaken" }).click();
      const code = page.getByLabel("Code", { exact: true });
      await expect.poll(async () => (await code.getAttribute("aria-invalid")) ?? "").toBe("true");
      expect(await textOf(form())).toContain("Deze code is al in gebruik");
    },
    JOURNEY_TIMEOUT,
  );
});
