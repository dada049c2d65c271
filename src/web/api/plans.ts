import type { AddResource, Plan, Resource, SavePlan } from "../../domain/plans/dto";
import type { ApiClient } from "./client";
import { caseApiPath } from "./cases";

export const getPlan = (api: ApiClient, caseId: string, signal?: AbortSignal) => api.get<Plan>(`${caseApiPath(caseId)}/plan`, signal);

/** Saves goals, agreements and the family-group plan as a whole; version 0 the first time. */
export const savePlan = (api: ApiClient, caseId: string, plan: SavePlan) => api.put<Plan>(`${caseApiPath(caseId)}/plan`, plan);

/** Maatwerk needs a price-list product and a volume; the server computes its amount. */
export const addResource = (api: ApiClient, caseId: string, resource: AddResource) =>
  api.post<Resource>(`${caseApiPath(caseId)}/plan/resources`, resource);

export const removeResource = (api: ApiClient, caseId: string, resourceId: string) =>
  api.delete<void>(`${caseApiPath(caseId)}/plan/resources/${encodeURIComponent(resourceId)}`);
