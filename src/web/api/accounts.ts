import type { CreateUser, Organisation, Team, UpdateUser, User } from "../../domain/accounts/dto";
import type { ApiClient } from "./client";

interface ItemList<T> {
  items: T[];
}

const segment = (id: string) => encodeURIComponent(id);

export const listUsers = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<ItemList<User>>("/users", signal)).items;

export const createUser = (api: ApiClient, user: CreateUser) => api.post<User>("/users", user);

export const updateUser = (api: ApiClient, id: string, change: UpdateUser) =>
  api.patch<User>(`/users/${segment(id)}`, change);

export const setUserPassword = (api: ApiClient, id: string, password: string) =>
  api.post<void>(`/users/${segment(id)}/password`, { password });

export const unlockUser = (api: ApiClient, id: string) => api.post<User>(`/users/${segment(id)}/unlock`);

export const listOrganisations = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<ItemList<Organisation>>("/organisations", signal)).items;

export const createOrganisation = (api: ApiClient, organisation: { name: string }) =>
  api.post<Organisation>("/organisations", organisation);

export const renameOrganisation = (api: ApiClient, id: string, change: { version: number; name: string }) =>
  api.patch<Organisation>(`/organisations/${segment(id)}`, change);

export const listTeams = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<ItemList<Team>>("/teams", signal)).items;

export const createTeam = (api: ApiClient, team: { name: string; organisationId: string }) =>
  api.post<Team>("/teams", team);

export const renameTeam = (api: ApiClient, id: string, change: { version: number; name: string }) =>
  api.patch<Team>(`/teams/${segment(id)}`, change);

/** A colleague who can direct a case: an active case worker sharing a team with me (names only). */
export interface Colleague {
  id: string;
  displayName: string;
  teamIds: string[];
}

export const listColleagues = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<ItemList<Colleague>>("/colleagues", signal)).items;
