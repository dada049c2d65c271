import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import type { Me } from "../src/domain/accounts/dto";
import type { CaseFile } from "../src/domain/cases/dto";
import type { Household } from "../src/domain/households/dto";
import { apiOf } from "./support/api";
import { expectAccessible } from "./support/axe";
import { describeJourneys, JOURNEY_TIMEOUT } from "./support/journeys";
import { loggedIn } from "./support/logged-in";
import { expectPage, statusText, textOf } from "./support/page-state";

const CONSORTIUM = "Consortium Samen Verder";

describeJourneys("Uitvoering: the social worker hands a trajectory to the contracted consortium", () => {
  const session = loggedIn("sociaal_werker");
  let page: Page;
  let caseFile: CaseFile;
  beforeAll(async () => {
    page = session.page("sociaal_werker");
    const api = apiOf(page);
    const { user } = await api.get<{ user: Me }>("/auth/me");
    const household = await api.post<Household>("/households", { name: "Huishouden Uitvoering", teamId: user.teams[0]!.id });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
    caseFile = await api.post<CaseFile>("/cases", { householdId: household.id, caseDirectorId: user.id, openedOn: today });
  });

  const part = () => page.getByRole("region", { name: "Uitvoering", exact: true });

  it(
    "starts as an own trajectory, and saves the consortium as its provider",
    async () => {
      await page.goto(`/casussen/${caseFile.id}`);
      await expectPage(page, "Casus Huishouden Uitvoering");
      expect(await textOf(part())).toContain("Uitgevoerd door: Eigen traject (het eigen team)");
      await part().getByLabel("Wie voert het traject uit?").selectOption({ label: CONSORTIUM });
      await part().getByRole("button", { name: "Uitvoering opslaan" }).click();
      await expect.poll(() => statusText(page)).toContain(`Uitvoering opgeslagen: ${CONSORTIUM}.`);
      expect(await textOf(part())).toContain(`Uitgevoerd door: ${CONSORTIUM}`);
      const saved = await apiOf(page).get<CaseFile>(`/cases/${caseFile.id}`);
      expect(saved.providerOrganisationId).not.toBeNull();
      await expectAccessible(page, "case page with its delivery");
    },
    JOURNEY_TIMEOUT,
  );

  it(
    "does not overwrite a change made elsewhere: it asks to reload",
    async () => {
      const current = await apiOf(page).get<CaseFile>(`/cases/${caseFile.id}`);
      await apiOf(page).put(`/cases/${caseFile.id}/provider`, { version: current.version, providerOrganisationId: null });
      await part().getByLabel("Wie voert het traject uit?").selectOption({ label: "Eigen traject (het eigen team)" });
      await part().getByRole("button", { name: "Uitvoering opslaan" }).click();
      await part().getByRole("button", { name: "Herladen" }).click();
      await expect.poll(() => textOf(part())).toContain("Uitgevoerd door: Eigen traject (het eigen team)");
    },
    JOURNEY_TIMEOUT,
  );
});
