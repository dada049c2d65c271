import type { Locator, Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { CaseLabel, ManagedLabel } from "../src/domain/case-facts/dto";
import type { CaseFile } from "../src/domain/cases/dto";
import type { Household } from "../src/domain/households/dto";
import { apiOf } from "./support/api";
import { expectAccessible } from "./support/axe";
import { describeJourneys, JOURNEY_TIMEOUT } from "./support/journeys";
import { loggedIn } from "./support/logged-in";
import { expectPage, statusText, textOf } from "./support/page-state";

describeJourneys("Factoren en aanpakken: the policy advisor renames, retires and reactivates labels", () => {
  const session = loggedIn("beleidsadviseur", "sociaal_werker");
  let adviser: Page;
  let worker: Page;
  let tagged: CaseFile;
  let untagged: CaseFile;

  beforeAll(() => {
    adviser = session.page("beleidsadviseur");
    worker = session.page("sociaal_werker");
  });

  const table = (name: string) => adviser.getByRole("region", { name, exact: true });
  const row = (section: Locator, label: string) => section.getByRole("row").filter({ has: adviser.getByRole("rowheader", { name: label, exact: true }) });
  const errorOf = async (control: Locator) => {
    const errorId = ((await control.getAttribute("aria-describedby")) ?? "").split(" ").find((id) => id.endsWith("-error"));
    expect(errorId, "aria-describedby names an error").toBeDefined();
    return textOf(control.page().locator(`[id="${errorId}"]`));
  };
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

  it(
    "opens the page from the Beheer menu with a table per kind and the number of cases per label",
    async () => {
      // Two cases of the social worker: one will carry "Wachtlijst" before it is retired.
      const api = apiOf(worker);
      const me = (await api.get<{ user: Me }>("/auth/me")).user;
      const newCase = async (name: string) => {
        const household = await api.post<Household>("/households", { name, teamId: me.teams[0]!.id });
        return api.post<CaseFile>("/cases", { householdId: household.id, caseDirectorId: me.id, openedOn: new Date().toISOString().slice(0, 10) });
      };
      [tagged, untagged] = [await newCase("Huishouden Lijstbeheer"), await newCase("Huishouden Lijstbeheer twee")];
      const wachtlijst = (await api.get<{ items: CaseLabel[] }>("/case-labels")).items.find((l) => l.label === "Wachtlijst")!;
      await api.put(`/cases/${tagged.id}/labels/${wachtlijst.id}`, undefined);
      // Five closed cases with the factor, so the business case (5 or more) can show its count after it is retired.
      for (let i = 0; i < 5; i++) {
        const file = await newCase(`Huishouden Lijstbeheer afgesloten ${i}`);
        await api.put(`/cases/${file.id}/labels/${wachtlijst.id}`, undefined);
        await api.post(`/cases/${file.id}/status`, { version: file.version, status: "afgesloten", on: file.openedOn, closingOutcome: "andere_oplossing" });
      }

      await adviser.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Factoren en aanpakken", exact: true }).click();
      await expectPage(adviser, "Factoren en aanpakken");
      for (const kind of ["Succesfactoren", "Faalfactoren", "Aanpakken"]) await adviser.getByRole("heading", { level: 2, name: kind, exact: true }).waitFor();
      const failures = table("Faalfactoren in de lijst");
      expect(await textOf(row(failures, "Wachtlijst"))).toMatch(/In gebruik\s+(minder dan 5|\d+)/);
      expect(await textOf(row(failures, "Geen passend aanbod"))).toContain("In gebruik");
      await expectAccessible(adviser, "Factoren en aanpakken");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "adds a word with a typo, then fixes it inline by keyboard after refusals at the field",
    async () => {
      const add = adviser.getByRole("form", { name: "Factor of aanpak toevoegen aan de lijst" });
      await add.getByLabel("Omschrijving").fill("Buurtcoach betrokkken");
      await add.getByLabel("Soort").selectOption({ label: "Succesfactor" });
      await add.getByRole("button", { name: "Toevoegen" }).click();
      await expect.poll(() => statusText(adviser)).toContain("Buurtcoach betrokkken staat nu in de lijst.");
      const successes = table("Succesfactoren in de lijst");
      await row(successes, "Buurtcoach betrokkken").waitFor();
      expect(await adviser.getByRole("form", { name: "Factor of aanpak toevoegen aan de lijst" }).getByLabel("Omschrijving").inputValue()).toBe("");

      await adviser.getByRole("button", { name: "Naam wijzigen Buurtcoach betrokkken" }).focus();
      await adviser.keyboard.press("Enter");
      const field = adviser.getByLabel("Nieuwe naam voor Buurtcoach betrokkken");
      await expect.poll(() => focusedId(adviser)).toBe(await field.getAttribute("id"));
      await adviser.keyboard.press("ControlOrMeta+a");
      await adviser.keyboard.type("netwerk INGEZET");
      await adviser.keyboard.press("Enter");
      await expect.poll(async () => (await field.getAttribute("aria-invalid")) ?? "").toBe("true");
      expect(await errorOf(field)).toContain("Deze omschrijving staat al in de lijst");
      await expectAccessible(adviser, "inline rename with a field error");

      await field.fill("");
      await field.press("Enter");
      await expect.poll(() => errorOf(field)).toContain("Geef een omschrijving van minstens 2 tekens");

      await field.fill("Buurtcoach betrokken");
      await field.press("Enter");
      await expect.poll(() => statusText(adviser)).toContain("Buurtcoach betrokkken heet nu Buurtcoach betrokken.");
      await row(successes, "Buurtcoach betrokken").waitFor();
      const renameButton = adviser.getByRole("button", { name: "Naam wijzigen Buurtcoach betrokken" });
      await expect.poll(() => focusedId(adviser)).toBe(await renameButton.getAttribute("id"));

      // Escape leaves the inline form without a change.
      await adviser.keyboard.press("Enter");
      await adviser.getByLabel("Nieuwe naam voor Buurtcoach betrokken").waitFor();
      await adviser.keyboard.type(" en nog wat");
      await adviser.keyboard.press("Escape");
      await adviser.getByLabel("Nieuwe naam voor Buurtcoach betrokken").waitFor({ state: "detached" });
      await row(successes, "Buurtcoach betrokken").waitFor();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "retires a label behind a question: gone from the choice on other cases, kept and marked on the case that has it and in the business case counts",
    async () => {
      const failures = table("Faalfactoren in de lijst");
      await failures.getByRole("button", { name: "Uitzetten Wachtlijst" }).click();
      const dialog = adviser.getByRole("dialog", { name: "Wachtlijst uitzetten?" });
      expect(await textOf(dialog)).toContain("blijft meetellen in de businesscase");
      await expectAccessible(adviser, "retire question");
      await dialog.getByRole("button", { name: "Uitzetten" }).click();
      await expect.poll(() => statusText(adviser)).toContain("Wachtlijst is uitgezet.");
      expect(await textOf(row(failures, "Wachtlijst"))).toContain("Uitgezet");
      await failures.getByRole("button", { name: "Weer aanzetten Wachtlijst" }).waitFor();

      await worker.goto(`/casussen/${tagged.id}`);
      const facts = worker.getByRole("region", { name: "Voor de businesscase" });
      const kept = facts.getByRole("checkbox", { name: "Wachtlijst (uitgezet)", exact: true });
      await kept.waitFor();
      expect(await kept.isChecked()).toBe(true);
      await expectAccessible(worker, "a case with a retired factor");

      await worker.goto(`/casussen/${untagged.id}`);
      const other = worker.getByRole("region", { name: "Voor de businesscase" });
      await other.getByRole("checkbox", { name: "Schotten in financiering", exact: true }).waitFor();
      expect(await other.getByRole("checkbox", { name: /Wachtlijst/ }).count()).toBe(0);

      // The business case still counts it for the closed cases that have it, marked as retired.
      await adviser.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Businesscase", exact: true }).click();
      await expectPage(adviser, "Businesscase");
      const factors = adviser.getByRole("table", { name: "Aantal casussen per factor" });
      const counted = factors.getByRole("row").filter({ hasText: "Wachtlijst" });
      await counted.waitFor();
      expect((await textOf(counted)).split(/\s+/)).toEqual(["Faalfactor", "Wachtlijst", "Uitgezet", "5"]);
      await expectAccessible(adviser, "Businesscase with a retired factor", { include: 'section[aria-labelledby="bc-factors-heading"]' });
      await adviser.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Factoren en aanpakken", exact: true }).click();
      await expectPage(adviser, "Factoren en aanpakken");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "shows a conflict when a colleague changed the label meanwhile, reloads, and reactivates the retired one",
    async () => {
      const failures = table("Faalfactoren in de lijst");
      await failures.getByRole("button", { name: "Naam wijzigen Geen passend aanbod" }).click();
      const field = adviser.getByLabel("Nieuwe naam voor Geen passend aanbod");
      await field.waitFor();
      // A colleague renames it in another tab first.
      const api = apiOf(adviser);
      const current = (await api.get<{ items: ManagedLabel[] }>("/case-label-admin/labels")).items.find((l) => l.label === "Geen passend aanbod")!;
      await api.patch(`/case-label-admin/labels/${current.id}`, { expected: { label: current.label, active: true }, label: "Geen passend aanbod in de buurt" });

      await field.fill("Geen aanbod");
      await field.press("Enter");
      const conflict = adviser.getByRole("alert").filter({ hasText: "Iemand anders heeft dit intussen gewijzigd" });
      await conflict.waitFor();
      await expectAccessible(adviser, "rename conflict");
      await conflict.getByRole("button", { name: "Herladen" }).click();
      await row(failures, "Geen passend aanbod in de buurt").waitFor();
      expect(await failures.getByRole("rowheader", { name: "Geen aanbod", exact: true }).count()).toBe(0);

      await failures.getByRole("button", { name: "Weer aanzetten Wachtlijst" }).click();
      await expect.poll(() => statusText(adviser)).toContain("Wachtlijst is weer in gebruik.");
      expect(await textOf(row(failures, "Wachtlijst"))).toContain("In gebruik");
      await expectAccessible(adviser, "Factoren en aanpakken after the changes");
    },
    JOURNEY_TIMEOUT,
  );
});
