import type { Escalate, Escalation, EscalationDetail, Evaluation, Meeting, PlatformStats, RecordEvaluation, RecordMeeting } from "../../domain/platform/dto";
import type { ApiClient } from "./client";

const escalationPath = (id: string) => `/platform/escalations/${encodeURIComponent(id)}`;

export interface StuckCase {
  readonly caseId: string;
  readonly householdName: string;
  readonly lastActivity: string;
  readonly daysWithoutMovement: number;
}

/** Escalations in my reach, each with its clock; `open` leaves out those that are vlot. */
export const listEscalations = async (api: ApiClient, filter: { open?: boolean; caseId?: string } = {}, signal?: AbortSignal) => {
  const query = new URLSearchParams();
  if (filter.open !== undefined) query.set("open", String(filter.open));
  if (filter.caseId) query.set("caseId", filter.caseId);
  const text = query.toString();
  return (await api.get<{ items: Escalation[] }>(`/platform/escalations${text ? `?${text}` : ""}`, signal)).items;
};

export const listStuckCases = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: StuckCase[] }>("/platform/stuck-cases", signal)).items;

export const getEscalation = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<EscalationDetail>(escalationPath(id), signal);

export const escalate = (api: ApiClient, input: Escalate) => api.post<Escalation>("/platform/escalations", input);

export const recordMeeting = (api: ApiClient, id: string, input: RecordMeeting) => api.post<Meeting>(`${escalationPath(id)}/meetings`, input);

/** Send the version you read: the clock stops. */
export const markUnstuck = (api: ApiClient, id: string, input: { version: number; unstuckOn: string }) => api.post<Escalation>(`${escalationPath(id)}/unstuck`, input);

export const recordEvaluation = (api: ApiClient, id: string, input: RecordEvaluation) => api.post<Evaluation>(`${escalationPath(id)}/evaluation`, input);

export const searchEvaluations = async (api: ApiClient, q: string, signal?: AbortSignal) =>
  (await api.get<{ items: Evaluation[] }>(`/platform/evaluations?${new URLSearchParams({ q })}`, signal)).items;

export const getPlatformStats = (api: ApiClient, signal?: AbortSignal) => api.get<PlatformStats>("/platform/statistics", signal);
