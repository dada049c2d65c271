import type { CaseSummary } from "../../domain/cases/dto";
import type { HouseholdSummary } from "../../domain/households/dto";
import { listCases } from "../api/cases";
import type { ApiClient } from "../api/client";
import { searchHouseholds } from "../api/households";

export interface HouseholdHit {
  readonly household: HouseholdSummary;
  /** The household's one active case, if it has one: the search result opens it directly. */
  readonly activeCase: CaseSummary | null;
}

/** The households matching `q`, each with its active case (one household, one active case). */
export const findHouseholds = async (api: ApiClient, q: string, signal?: AbortSignal): Promise<HouseholdHit[]> => {
  const [households, active] = await Promise.all([
    searchHouseholds(api, { q, signal }),
    listCases(api, { status: "actief", signal }),
  ]);
  const byHousehold = new Map(active.map((file) => [file.householdId, file]));
  return households.map((household) => ({ household, activeCase: byHousehold.get(household.id) ?? null }));
};
