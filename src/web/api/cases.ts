import type {
  AddConversation,
  AddHours,
  AddParticipant,
  CaseFile,
  CaseListQuery,
  CaseProvider,
  CaseSummary,
  ChangeProvider,
  ChangeStatus,
  Conversation,
  HoursEntry,
  OpenCase,
  Participant,
} from "../../domain/cases/dto";
import type { ApiClient } from "./client";

/** The list filter: the active cases, all cases, or one status. */
export type CaseStatusFilter = CaseListQuery["status"];

export const caseApiPath = (id: string) => `/cases/${encodeURIComponent(id)}`;

/** Newest first; by default the active (not closed) cases of my teams. */
export const listCases = async (
  api: ApiClient,
  { status, householdId, signal }: { status: CaseStatusFilter; householdId?: string; signal?: AbortSignal },
) => {
  const query = new URLSearchParams({ status });
  if (householdId) query.set("householdId", householdId);
  else query.set("limit", "500");
  return (await api.get<{ items: CaseSummary[] }>(`/cases?${query}`, signal)).items;
};

export const getCase = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<CaseFile>(caseApiPath(id), signal);

/** 409 `conflict` when the household already has an active case. */
export const openCase = (api: ApiClient, input: OpenCase) => api.post<CaseFile>("/cases", input);

/** One step along the status flow; send the version you read. Closing needs the outcome. */
export const changeCaseStatus = (api: ApiClient, id: string, change: ChangeStatus) =>
  api.post<CaseFile>(`${caseApiPath(id)}/status`, change);

export const addParticipant = (api: ApiClient, id: string, participant: AddParticipant) =>
  api.post<Participant>(`${caseApiPath(id)}/participants`, participant);

export const addConversation = (api: ApiClient, id: string, conversation: AddConversation) =>
  api.post<Conversation>(`${caseApiPath(id)}/conversations`, conversation);

/** Hours in quarters: 1.5 is an hour and a half. */
export const addHours = (api: ApiClient, id: string, hours: AddHours) => api.post<HoursEntry>(`${caseApiPath(id)}/hours`, hours);

/** Organisations with a contract that a trajectory can be handed to (names only). */
export const listCaseProviders = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: CaseProvider[] }>("/case-providers", signal)).items;

/** null hands the trajectory back to the own team; send the version you read (409 when stale). */
export const changeCaseProvider = (api: ApiClient, id: string, change: ChangeProvider) =>
  api.put<CaseFile>(`${caseApiPath(id)}/provider`, change);
