import type { BusinessCaseResult, FilterChoices } from "../../domain/businesscase/dto";
import type { ApiClient } from "./client";

/** The business-case filter as the address and the API carry it (all strings, as typed). */
export interface BusinessCaseFilter {
  readonly closedFrom: string;
  readonly closedTo: string;
  readonly teamId: string;
  readonly approachId: string;
  readonly hourlyRateCents: number;
  /** teamId → cents, for teams with their own rate. */
  readonly teamRates: Readonly<Record<string, number>>;
  readonly priceYear: number;
  readonly draws: number;
  readonly seed: number;
}

/** The query string of a filter; empty choices are left out. The report links use the same string. */
export const businessCaseQuery = (filter: BusinessCaseFilter): string => {
  const params = new URLSearchParams({
    closedFrom: filter.closedFrom,
    closedTo: filter.closedTo,
    hourlyRateCents: String(filter.hourlyRateCents),
    priceYear: String(filter.priceYear),
    draws: String(filter.draws),
    seed: String(filter.seed),
  });
  if (filter.teamId) params.set("teamId", filter.teamId);
  if (filter.approachId) params.set("approachId", filter.approachId);
  const rates = Object.entries(filter.teamRates).map(([team, cents]) => `${team}:${cents}`);
  if (rates.length > 0) params.set("teamRates", rates.join(","));
  return params.toString();
};

export const getBusinessCase = (api: ApiClient, filter: BusinessCaseFilter, signal?: AbortSignal) =>
  api.get<BusinessCaseResult>(`/businesscase?${businessCaseQuery(filter)}`, signal);

export const getFilterChoices = (api: ApiClient, signal?: AbortSignal) => api.get<FilterChoices>("/businesscase/filters", signal);

/** The council report (built on the server) for the same selection. */
export const reportUrl = (filter: BusinessCaseFilter, format: "pdf" | "xlsx") => `/api/v1/businesscase/report.${format}?${businessCaseQuery(filter)}`;
