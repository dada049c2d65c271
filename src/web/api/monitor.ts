import type { BusinessCaseResult } from "../../domain/businesscase/dto";
import type { Contract, ContractKpis, CreateContract, Provider, TrajectoryComparisonResult, UpdateContract } from "../../domain/monitor/dto";
import type { ApiClient } from "./client";

export type { CsvProblem } from "./prices";
export { csvProblemsOf } from "./prices";

/** A note of a periodic results conversation with a provider. */
export interface ContractNote {
  readonly id: string;
  readonly heldOn: string;
  readonly text: string;
}

/** Which municipalities, indicators and years the imported statistics cover. */
export interface BenchmarkOverview {
  readonly municipalities: string[];
  readonly indicators: string[];
  readonly years: number[];
}

export interface IndexedSeries {
  readonly year: number;
  readonly index: number;
}

export interface BenchmarkComparison {
  readonly indicator: string;
  readonly baseYear: number;
  readonly own: { readonly municipality: string; readonly series: IndexedSeries[] | null };
  readonly peers: { readonly municipalities: string[]; readonly series: IndexedSeries[] | null };
  readonly growth: { readonly year: number | null; readonly own: number | null; readonly peers: number | null };
}

export interface BenchmarkChoice {
  readonly municipality: string;
  readonly peers: readonly string[];
  readonly baseYear: number;
}

export interface TrajectoryQuery {
  readonly closedFrom: string;
  readonly closedTo: string;
  readonly hourlyRateCents: number;
}

export interface FrontToBackQuery extends TrajectoryQuery {
  readonly priceYear: number;
}


const params = (values: Record<string, string | number>) => new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString();
const contractPath = (id: string) => `/contracts/${encodeURIComponent(id)}`;

export const listContracts = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: Contract[] }>("/contracts", signal)).items;
export const listProviders = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: Provider[] }>("/monitor/providers", signal)).items;
export const createContract = (api: ApiClient, input: CreateContract) => api.post<Contract>("/contracts", input);
/** Send the version you read; 409 `version_conflict` when someone saved first. */
export const updateContract = (api: ApiClient, id: string, input: UpdateContract) => api.put<Contract>(contractPath(id), input);

export const getContractKpis = (api: ApiClient, id: string, period: { from: string; to: string }, signal?: AbortSignal) =>
  api.get<ContractKpis>(`${contractPath(id)}/kpis?${params(period)}`, signal);
export const listContractNotes = async (api: ApiClient, id: string, signal?: AbortSignal) =>
  (await api.get<{ items: ContractNote[] }>(`${contractPath(id)}/notes`, signal)).items;
export const addContractNote = (api: ApiClient, id: string, note: { heldOn: string; text: string }) => api.post<ContractNote>(`${contractPath(id)}/notes`, note);

export const getTrajectoryComparison = (api: ApiClient, query: TrajectoryQuery, signal?: AbortSignal) =>
  api.get<TrajectoryComparisonResult>(`/monitor/trajectories?${params({ ...query })}`, signal);

export const getBenchmarkOverview = (api: ApiClient, signal?: AbortSignal) => api.get<BenchmarkOverview>("/benchmarks", signal);
export const compareBenchmark = (api: ApiClient, choice: BenchmarkChoice & { indicator: string }, signal?: AbortSignal) =>
  api.get<BenchmarkComparison>(`/benchmarks/compare?${params({ municipality: choice.municipality, peers: choice.peers.join(","), indicator: choice.indicator, baseYear: choice.baseYear })}`, signal);
/** All rows or none; a 400 carries every problem in `details.rows` (see `csvProblemsOf`). */
export const importBenchmarks = (api: ApiClient, csv: string, source: string) => api.post<{ rows: number }>("/benchmarks/import", { csv, source });

export const getBusinessCase = (api: ApiClient, query: FrontToBackQuery, signal?: AbortSignal) =>
  api.get<BusinessCaseResult>(`/businesscase?${params({ ...query })}`, signal);

/** The CSV and Excel downloads of each monitor view (server-built, same tables as on screen). */
export const monitorExportUrls = {
  trajectories: (query: TrajectoryQuery) => exportUrls("/monitor/trajectories", params({ ...query })),
  contractKpis: (id: string, period: { from: string; to: string }) => exportUrls(`/monitor/contracts/${encodeURIComponent(id)}/kpis`, params(period)),
  benchmarks: (choice: BenchmarkChoice) => exportUrls("/monitor/benchmarks", params({ municipality: choice.municipality, peers: choice.peers.join(","), baseYear: choice.baseYear })),
  frontToBack: (query: FrontToBackQuery) => exportUrls("/monitor/front-to-back", params({ ...query })),
};

const exportUrls = (path: string, query: string) => ({ csv: `/api/v1${path}.csv?${query}`, xlsx: `/api/v1${path}.xlsx?${query}` });

/**
 * The council report of the whole monitor (PDF) over a period: KPIs, own trajectories against providers and
 * "€ 1 at the front" at this hourly rate and price year (the benchmark needs a peer group and is chosen on its own page).
 */
export const monitorReportPdfUrl = (query: { from: string; to: string; hourlyRateCents: number; priceYear: number }) =>
  `/api/v1/monitor/report.pdf?${params(query)}`;
