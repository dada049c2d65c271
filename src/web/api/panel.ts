import type { Consensus, CreateRound, Packet, ReviewItem, Round, SubmitVerdict } from "../../domain/panel/dto";
import type { ApiClient } from "./client";

/** A sampled case as the one composing the panels sees it: progress only, no packet content. */
export interface RoundItemProgress {
  readonly caseId: string;
  readonly released: boolean;
  readonly reviewers: number;
  readonly verdictsIn: number;
  readonly consensus: string | null;
}

/** A panel member who might judge a case; `involved` ones may not (Breda's rule). */
export interface ReviewerCandidate {
  readonly id: string;
  readonly displayName: string;
  readonly involved: boolean;
  readonly assigned: boolean;
}

/** A packet of one of my cases waiting for my check. */
export interface PacketToRelease {
  readonly roundId: string;
  readonly caseId: string;
  readonly packet: Packet;
  readonly version: number;
}

const itemPath = (roundId: string, caseId: string) => `/panel/rounds/${encodeURIComponent(roundId)}/items/${encodeURIComponent(caseId)}`;

export const listRounds = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: Round[] }>("/panel/rounds", signal)).items;

export const createRound = (api: ApiClient, input: CreateRound) => api.post<Round>("/panel/rounds", input);

export const listRoundItems = async (api: ApiClient, roundId: string, signal?: AbortSignal) =>
  (await api.get<{ items: RoundItemProgress[] }>(`/panel/rounds/${encodeURIComponent(roundId)}/items`, signal)).items;

export const listCandidates = async (api: ApiClient, roundId: string, caseId: string, signal?: AbortSignal) =>
  (await api.get<{ items: ReviewerCandidate[] }>(`${itemPath(roundId, caseId)}/candidates`, signal)).items;

export const assignReviewers = (api: ApiClient, roundId: string, caseId: string, reviewerIds: readonly string[]) =>
  api.post<void>(`${itemPath(roundId, caseId)}/reviewers`, { reviewerIds });

export const listPacketsToRelease = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: PacketToRelease[] }>("/panel/to-release", signal)).items;

/** Send the version you read. */
export const releasePacket = (api: ApiClient, roundId: string, caseId: string, input: { version: number; summary: string }) =>
  api.post<void>(`${itemPath(roundId, caseId)}/release`, input);

export const listMyReviewItems = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: ReviewItem[] }>("/panel/my-items", signal)).items;

export const getReviewItem = (api: ApiClient, roundId: string, caseId: string, signal?: AbortSignal) => api.get<ReviewItem>(itemPath(roundId, caseId), signal);

export const submitVerdict = (api: ApiClient, roundId: string, caseId: string, input: SubmitVerdict) => api.put<ReviewItem>(`${itemPath(roundId, caseId)}/verdict`, input);

/** Send the version you read. */
export const recordConsensus = (api: ApiClient, roundId: string, caseId: string, input: Consensus) => api.post<ReviewItem>(`${itemPath(roundId, caseId)}/consensus`, input);

/** A price-list item a reviewer can name as the avoided provision. */
export interface Provision {
  readonly id: string;
  readonly code: string;
  readonly label: string;
  readonly unit: string;
  readonly payer: string;
}

export const listProvisions = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: Provision[] }>("/panel/provisions", signal)).items;
