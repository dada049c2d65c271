import type { Page } from "playwright-core";
import type { Me } from "../../src/domain/accounts/dto";
import type { CaseFile } from "../../src/domain/cases/dto";
import type { Household } from "../../src/domain/households/dto";
import { isoDateInDutchTime } from "../../src/web/format";
import { apiOf } from "./api";

const DAY = 24 * 60 * 60 * 1000;
/** A date `days` ago in Dutch time, as ISO. */
export const isoDaysAgo = (days: number) => isoDateInDutchTime(new Date(Date.now() - days * DAY));

/**
 * A case of the logged-in social worker's first team that has not moved for `quietDays` (opened and
 * last worked on then): what the casusplatform's "zonder beweging" list picks up. With `costing`, the
 * three scenarios and their justification are saved too.
 */
export const createStuckCase = async (page: Page, household: string, { quietDays = 35, costing = false }: { quietDays?: number; costing?: boolean } = {}): Promise<CaseFile> => {
  const api = apiOf(page);
  const me = (await api.get<{ user: Me }>("/auth/me")).user;
  const created = await api.post<Household>("/households", { name: household, teamId: me.teams[0]!.id });
  const file = await api.post<CaseFile>("/cases", { householdId: created.id, caseDirectorId: me.id, openedOn: isoDaysAgo(quietDays + 5) });
  await api.post(`/cases/${file.id}/hours`, { workedOn: isoDaysAgo(quietDays), activity: "gesprek", hours: 1 });
  if (costing) {
    await api.put(`/cases/${file.id}/scenarios`, {
      version: 0,
      lines: {
        niets_doen: [{ label: "Bijstandsuitkering een jaar", unitPriceCents: 120_000, quantity: 1, periods: 12, payer: "gemeente_participatie" }],
        regulier: [{ label: "Re-integratietraject", unitPriceCents: 450_000, quantity: 1, periods: 1, payer: "gemeente_participatie" }],
        alternatief: [{ label: "Brommer om bij het werk te komen", unitPriceCents: 120_000, quantity: 1, periods: 1, payer: "gemeente_overig" }],
      },
      justification: {
        rechtmatigheid: "Past binnen het handgeld van de ontschotter",
        rendement: "Meneer kan de baan aannemen; de uitkering stopt",
        betrokkenheid: "Meneer heeft de brommer zelf uitgezocht en betaalt de verzekering",
      },
    });
  }
  return file;
};
