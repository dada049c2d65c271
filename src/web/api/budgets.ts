import type {
  Arrangement,
  Claim,
  CreatePot,
  CreateRequest,
  LedgerEntry,
  Mandate,
  MandateCandidate,
  Pot,
  PotWithMandates,
  RequestDetail,
  SpendingRequest,
} from "../../domain/budgets/dto";
import type { ApiClient } from "./client";

const requestPath = (id: string) => `/spending-requests/${encodeURIComponent(id)}`;
const potPath = (id: string) => `/budget-pots/${encodeURIComponent(id)}`;

export const listPots = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: Pot[] }>("/budget-pots", signal)).items;

export const listMandates = async (api: ApiClient, potId: string, signal?: AbortSignal) =>
  (await api.get<{ items: Mandate[] }>(`${potPath(potId)}/mandates`, signal)).items;

/** The pot's ledger, oldest first, each entry with the balance after it. */
export const getLedger = async (api: ApiClient, potId: string, signal?: AbortSignal) =>
  (await api.get<{ items: LedgerEntry[] }>(`${potPath(potId)}/ledger`, signal)).items;

export const listRequests = async (api: ApiClient, filter: { potId?: string; caseId?: string; status?: string }, signal?: AbortSignal) => {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = query.toString();
  return (await api.get<{ items: SpendingRequest[] }>(`/spending-requests${text ? `?${text}` : ""}`, signal)).items;
};

export const getRequest = (api: ApiClient, id: string, signal?: AbortSignal) => api.get<RequestDetail>(requestPath(id), signal);

/** Send one idempotency key per filled-in form: a double submit is then recorded once. */
export const createRequest = (api: ApiClient, input: CreateRequest) => api.post<SpendingRequest>("/spending-requests", input);

/** Send the version you read; a rejection needs a reason. */
export const decideRequest = (api: ApiClient, id: string, input: { version: number; decision: "approve" | "reject"; reason?: string }) =>
  api.post<SpendingRequest>(`${requestPath(id)}/decision`, input);

export const createArrangement = (api: ApiClient, requestId: string, input: { condition: string; dueOn: string }) =>
  api.post<Arrangement>(`${requestPath(requestId)}/arrangement`, input);

export const settleArrangement = (api: ApiClient, requestId: string, input: { version: number; outcome: "forgiven" | "repaid" | "written_off" }) =>
  api.post<Arrangement>(`${requestPath(requestId)}/arrangement/outcome`, input);

export const createClaim = (api: ApiClient, requestId: string, input: { fundingSource: string; claimedCents: number }) =>
  api.post<Claim>(`${requestPath(requestId)}/claims`, input);

export const decideClaim = (api: ApiClient, claimId: string, input: { version: number; status: "honoured" | "rejected"; honouredCents?: number }) =>
  api.post<Claim>(`/recovery-claims/${encodeURIComponent(claimId)}/outcome`, input);

export const listManagedPots = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: PotWithMandates[] }>("/budget-admin/pots", signal)).items;

export const listMandateCandidates = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: MandateCandidate[] }>("/budget-admin/mandate-candidates", signal)).items;

export const createPot = (api: ApiClient, input: CreatePot) => api.post<Pot>("/budget-pots", input);

/** Grants a mandate, or changes the limit of an existing one. */
export const grantMandate = (api: ApiClient, potId: string, input: { userId: string; limitCents: number }) =>
  api.post<Mandate>(`${potPath(potId)}/mandates`, input);

/** Withdraws a mandate; the holder decides no more on this pot. */
export const revokeMandate = (api: ApiClient, potId: string, userId: string) =>
  api.post<void>(`${potPath(potId)}/mandates/${encodeURIComponent(userId)}/revoke`);

export interface ReportCell {
  readonly key: string;
  readonly count: number | null;
  readonly amountCents: number | null;
  readonly suppressed: boolean;
}

export interface BudgetReport {
  readonly year: number;
  readonly byPot: ReportCell[];
  readonly byPurpose: ReportCell[];
  readonly byTeam: ReportCell[];
  readonly recovery: { readonly preFinancedCents: number | null; readonly honouredCents: number | null; readonly rate: number | null; readonly suppressed: boolean };
  readonly arrangements: ReportCell[];
  readonly platform: { readonly unstuck: number; readonly stillStuck: number; readonly overdue: number; readonly medianDays: number | null; readonly p90Days: number | null; readonly targetDays: number };
}

export const getBudgetReport = (api: ApiClient, year: number, signal?: AbortSignal) => api.get<BudgetReport>(`/reports/budgets?year=${year}`, signal);

/** Where the browser downloads the report of a year. */
export const budgetReportUrl = (year: number, format: "csv" | "xlsx") => `/api/v1/reports/budgets.${format}?year=${year}`;
