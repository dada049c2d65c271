import type { ModelDetail, ModelSummary } from "../../domain/models/dto";
import type { RegistrationFigures } from "../../domain/registration-figures/dto";
import { isApiError } from "./api-error";
import type { ApiClient } from "./client";

/** A template to start a model from (GET /model-templates). */
export interface ModelTemplate {
  readonly key: string;
  readonly name: string;
  readonly description: string;
}

/** One problem in an imported or saved model, with its JSON path (`benefits[0].stakeholder`) and Dutch message. */
export interface ModelProblem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

const modelPath = (id: string) => `/models/${encodeURIComponent(id)}`;

/** Where the browser downloads a model as `baatwijzer.model/1` JSON. */
export const modelExportUrl = (id: string) => `/api/v1${modelPath(id)}/export`;
/** The model's report with its method notes (built on another branch; the links are stable). */
export const modelReportPdfUrl = (id: string) => `/api/v1${modelPath(id)}/report.pdf`;
export const modelReportXlsxUrl = (id: string) => `/api/v1${modelPath(id)}/report.xlsx`;

export const listModelTemplates = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: ModelTemplate[] }>("/model-templates", signal)).items;

export const listModels = async (api: ApiClient, signal?: AbortSignal) => (await api.get<{ items: ModelSummary[] }>("/models", signal)).items;

/** The current document, or an older `version`, with the version history. */
export const getModel = (api: ApiClient, id: string, { version, signal }: { version?: number; signal?: AbortSignal } = {}) =>
  api.get<ModelDetail>(version === undefined ? modelPath(id) : `${modelPath(id)}?${new URLSearchParams({ version: String(version) })}`, signal);

export const createModelFromTemplate = (api: ApiClient, template: string) => api.post<ModelDetail>("/models", { template });

/** A refused import answers 400 with every problem in `details.findings` (see `modelProblemsOf`). */
export const importModel = (api: ApiClient, document: unknown) => api.post<ModelDetail>("/models", { document });

/** Saves version baseVersion + 1; someone else's newer version answers 409 `version_conflict`. */
export const saveModelVersion = (
  api: ApiClient,
  id: string,
  input: { baseVersion: number; label: string; note: string | null; document: Record<string, unknown> },
) => api.post<ModelDetail>(`${modelPath(id)}/versions`, input);

/** Registration figures of a period for parameter links (counts below 5 suppressed; money in cents). */
export const getRegistrationFigures = (api: ApiClient, period: { from: string; to: string }, signal?: AbortSignal) =>
  api.get<RegistrationFigures>(`/registration-figures?${new URLSearchParams(period)}`, signal);

const isProblem = (value: unknown): value is ModelProblem =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ModelProblem).path === "string" &&
  typeof (value as ModelProblem).message === "string";

/** The model problems of a refused import or save, or none. */
export const modelProblemsOf = (error: unknown): ModelProblem[] => {
  if (!isApiError(error) || typeof error.details !== "object" || error.details === null) return [];
  const findings = (error.details as { findings?: unknown }).findings;
  return Array.isArray(findings) ? findings.filter(isProblem).map((f) => ({ path: f.path, code: String(f.code ?? ""), message: f.message })) : [];
};
