import type { PriceItem } from "../../domain/prices/dto";
import type { ApiClient } from "./client";

/** The tenant's price list, for choosing maatwerk products and scenario lines. */
export const listPrices = async (api: ApiClient, signal?: AbortSignal) =>
  (await api.get<{ items: PriceItem[] }>("/prices", signal)).items;
