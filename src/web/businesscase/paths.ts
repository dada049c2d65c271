import type { BusinessCaseFilter } from "../api/businesscase";
import { businessCaseQuery } from "../api/businesscase";

export const BUSINESS_CASE_PATH = "/businesscase";

/** The first view: the cases closed in the last twelve months, € 75 an hour, today's price year, 2,000 draws. */
export const defaultFilter = (today: string): BusinessCaseFilter => ({
  closedFrom: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`,
  closedTo: today,
  teamId: "",
  approachId: "",
  hourlyRateCents: 7500,
  teamRates: {},
  priceYear: Number(today.slice(0, 4)),
  draws: 2000,
  seed: 1,
});

const integer = (text: string | null): number | null => (text !== null && /^\d+$/.test(text) ? Number(text) : null);

/**
 * The filter in the address (`?closedFrom=…&hourlyRateCents=…`), so a selection can be bookmarked, shared and
 * reloaded; what is missing or unreadable falls back to the default (the server validates the rest).
 * @example filterFromSearch("?teamId=abc", defaults).teamId // "abc"
 */
export const filterFromSearch = (search: string, defaults: BusinessCaseFilter): BusinessCaseFilter => {
  const params = new URLSearchParams(search);
  const teamRates: Record<string, number> = {};
  for (const pair of (params.get("teamRates") ?? "").split(",").filter(Boolean)) {
    const [team = "", cents = ""] = pair.split(":");
    const value = integer(cents);
    if (team && value !== null) teamRates[team] = value;
  }
  return {
    closedFrom: params.get("closedFrom") ?? defaults.closedFrom,
    closedTo: params.get("closedTo") ?? defaults.closedTo,
    teamId: params.get("teamId") ?? "",
    approachId: params.get("approachId") ?? "",
    hourlyRateCents: integer(params.get("hourlyRateCents")) ?? defaults.hourlyRateCents,
    teamRates,
    priceYear: integer(params.get("priceYear")) ?? defaults.priceYear,
    draws: integer(params.get("draws")) ?? defaults.draws,
    seed: integer(params.get("seed")) ?? defaults.seed,
  };
};

export const businessCasePath = (filter: BusinessCaseFilter) => `${BUSINESS_CASE_PATH}?${businessCaseQuery(filter)}`;

/** A count the server suppressed (null: fewer than 5) or a share of the total, for display. */
export const shareOf = (count: number | null, total: number): number | null => (count === null || total === 0 ? null : count / total);
