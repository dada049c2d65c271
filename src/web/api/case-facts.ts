import type { AddCostLine, AddLabel, CaseFacts, CaseLabel, CostLine, ManagedLabel, UpdateLabel } from "../../domain/case-facts/dto";
import type { ApiClient } from "./client";

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

export const listCaseLabels = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: CaseLabel[] }>("/case-labels", signal)).items;

export const addCaseLabel = (api: ApiClient, input: AddLabel) => api.post<CaseLabel>("/case-labels", input);

const ADMIN_PATH = "/case-label-admin/labels";

/** Every label with its number of cases, for the management page (caselabels:manage). */
export const listManagedLabels = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: ManagedLabel[] }>(ADMIN_PATH, signal)).items;

export const addManagedLabel = (api: ApiClient, input: AddLabel) => api.post<CaseLabel>(ADMIN_PATH, input);

/** Rename and/or (de)activate; `expected` is the label as last read, so a colleague's change answers 409. */
export const updateCaseLabel = (api: ApiClient, id: string, input: UpdateLabel) => api.patch<CaseLabel>(`${ADMIN_PATH}/${encodeURIComponent(id)}`, input);

export const getCaseFacts = (api: ApiClient, caseId: string, signal?: AbortSignal) => api.get<CaseFacts>(`${casePath(caseId)}/facts`, signal);

export const tagCase = (api: ApiClient, caseId: string, labelId: string) => api.put<CaseFacts>(`${casePath(caseId)}/labels/${encodeURIComponent(labelId)}`, undefined);

export const untagCase = (api: ApiClient, caseId: string, labelId: string) => api.delete<CaseFacts>(`${casePath(caseId)}/labels/${encodeURIComponent(labelId)}`);

export const setApproach = (api: ApiClient, caseId: string, approachId: string | null) => api.put<CaseFacts>(`${casePath(caseId)}/approach`, { approachId });

export const addCostLine = (api: ApiClient, caseId: string, input: AddCostLine) => api.post<CostLine>(`${casePath(caseId)}/cost-lines`, input);

export const deleteCostLine = (api: ApiClient, caseId: string, lineId: string) => api.delete<void>(`${casePath(caseId)}/cost-lines/${encodeURIComponent(lineId)}`);
