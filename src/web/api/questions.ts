import type { CreateQuestion, Question, QuestionListQuery, TriageDecision } from "../../domain/questions/dto";
import type { ApiClient } from "./client";

/** The list filter: awaiting triage, one of the three outcomes, or all questions. */
export type QuestionStatusFilter = QuestionListQuery["status"];

const questionPath = (id: string) => `/questions/${encodeURIComponent(id)}`;

/** Newest first. */
export const listQuestions = async (
  api: ApiClient,
  { status, signal }: { status: QuestionStatusFilter; signal?: AbortSignal },
) => (await api.get<{ items: Question[] }>(`/questions?${new URLSearchParams({ status })}`, signal)).items;

export const getQuestion = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<Question>(questionPath(id), signal);

export const registerQuestion = (api: ApiClient, question: CreateQuestion) => api.post<Question>("/questions", question);

/** Records one of the three outcomes; send the version you read. */
export const triageQuestion = (api: ApiClient, id: string, decision: TriageDecision) =>
  api.post<Question>(`${questionPath(id)}/triage`, decision);
