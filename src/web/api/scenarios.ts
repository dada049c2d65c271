import type { SaveScenarios, Scenarios } from "../../domain/scenarios/dto";
import type { ApiClient } from "./client";
import { caseApiPath } from "./cases";

/** The three scenarios with the server's totals per scenario and payer, and the differences. */
export const getScenarios = (api: ApiClient, caseId: string, signal?: AbortSignal) =>
  api.get<Scenarios>(`${caseApiPath(caseId)}/scenarios`, signal);

/** Saves all three scenarios and the justification at once; version 0 the first time. */
export const saveScenarios = (api: ApiClient, caseId: string, scenarios: SaveScenarios) =>
  api.put<Scenarios>(`${caseApiPath(caseId)}/scenarios`, scenarios);
