import type { IndexPoint, PriceItem, PriceItemInput, UpdatePriceItem } from "../../domain/prices/dto";
import { isApiError } from "./api-error";
import type { ApiClient } from "./client";

/** One problem in an imported CSV: its row (1 = the header) and column. */
export interface CsvProblem {
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

const pricePath = (id: string) => `/prices/${encodeURIComponent(id)}`;

/** Where the browser downloads the price list as CSV (`;` separated, decimal comma). */
export const PRICE_EXPORT_URL = "/api/v1/prices/export.csv";

/** The tenant's price list, for choosing maatwerk products and scenario lines. */
export const listPrices = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: PriceItem[] }>("/prices", signal)).items;

/** The price list with each price also brought to price year `indexTo` (`indexedCents`, null when not possible). */
export const listIndexedPrices = async (api: ApiClient, { indexTo, signal }: { indexTo: number | null; signal?: AbortSignal }) =>
  indexTo === null
    ? listPrices(api, signal)
    : (await api.get<{ items: PriceItem[] }>(`/prices?${new URLSearchParams({ indexTo: String(indexTo) })}`, signal)).items;

export const createPrice = (api: ApiClient, input: PriceItemInput) => api.post<PriceItem>("/prices", input);

/** Send the version you read. */
export const updatePrice = (api: ApiClient, id: string, change: UpdatePriceItem) => api.patch<PriceItem>(pricePath(id), change);

/** Send the version you read. */
export const deletePrice = (api: ApiClient, id: string, version: number) =>
  api.delete<void>(`${pricePath(id)}?${new URLSearchParams({ version: String(version) })}`);

/** All rows or none; a 400 carries every problem in `details.rows` (see `csvProblemsOf`). */
export const importPrices = (api: ApiClient, csv: string) => api.post<{ added: number; updated: number }>("/prices/import", { csv });

export const getPriceIndex = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ points: IndexPoint[] }>("/price-index", signal)).points;

/** Replaces the whole series; answers it sorted by year. */
export const savePriceIndex = async (api: ApiClient, points: readonly IndexPoint[]) =>
  (await api.put<{ points: IndexPoint[] }>("/price-index", { points })).points;

const isProblem = (value: unknown): value is CsvProblem =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as CsvProblem).row === "number" &&
  typeof (value as CsvProblem).column === "string" &&
  typeof (value as CsvProblem).message === "string";

/** The row/column problems of a failed import, or none. */
export const csvProblemsOf = (error: unknown): CsvProblem[] => {
  if (!isApiError(error) || typeof error.details !== "object" || error.details === null) return [];
  const rows = (error.details as { rows?: unknown }).rows;
  return Array.isArray(rows) ? rows.filter(isProblem) : [];
};
