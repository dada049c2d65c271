import type {
  CreateHousehold,
  CreateNetworkMember,
  CreatePerson,
  Household,
  HouseholdSummary,
  NetworkMember,
  Person,
  UpdateHousehold,
} from "../../domain/households/dto";
import type { TimelineItem } from "../../domain/cases/dto";
import type { ApiClient } from "./client";

const householdPath = (id: string) => `/households/${encodeURIComponent(id)}`;

/** By name, street, postcode or member name; social workers find only their teams' households. */
export const searchHouseholds = async (api: ApiClient, { q, signal }: { q: string; signal?: AbortSignal }) =>
  (await api.get<{ items: HouseholdSummary[] }>(`/households?${new URLSearchParams({ q })}`, signal)).items;

export const getHousehold = (api: ApiClient, id: string, signal?: AbortSignal) =>
  api.get<Household>(householdPath(id), signal);

export const createHousehold = (api: ApiClient, household: CreateHousehold) => api.post<Household>("/households", household);

/** Name or address; send the version you read (409 `version_conflict` when someone else saved first). */
export const updateHousehold = (api: ApiClient, id: string, change: UpdateHousehold) =>
  api.patch<Household>(householdPath(id), change);

/** A BSN is accepted only from roles that may see it (sociaal_werker). */
export const addMember = (api: ApiClient, householdId: string, person: CreatePerson) =>
  api.post<Person>(`${householdPath(householdId)}/members`, person);

export const addNetworkMember = (api: ApiClient, householdId: string, member: CreateNetworkMember) =>
  api.post<NetworkMember>(`${householdPath(householdId)}/network`, member);

/** Everything that happened to the household, oldest first. */
export const getTimeline = async (api: ApiClient, householdId: string, signal?: AbortSignal) =>
  (await api.get<{ items: TimelineItem[] }>(`${householdPath(householdId)}/timeline`, signal)).items;
