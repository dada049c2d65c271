import { indexPrice } from "../../engine/index-price";
import { AppError, notFound, versionConflict } from "../errors";
import type { IndexPoint, PriceItem, PriceItemInput, UpdatePriceItem } from "./dto";
import { parsePriceCsv } from "./price-csv";
import type { PricesRepository } from "./repository";

export interface PricesDeps {
  readonly prices: PricesRepository;
}

const codeTaken = () => new AppError("conflict", "Deze code is al in gebruik.", { issues: [{ path: "code", message: "Deze code is al in gebruik" }] });

/** The list, optionally with each price indexed to one price year through the tenant's index series. */
export async function listPrices(deps: PricesDeps, tenantId: string, indexTo?: number): Promise<PriceItem[]> {
  const items = await deps.prices.list(tenantId);
  if (indexTo === undefined) return items;
  const series = Object.fromEntries((await deps.prices.indexSeries(tenantId)).map((p) => [p.year, p.value]));
  return items.map((item) => {
    const indexed = indexPrice(item.priceCents, item.priceYear, indexTo, series);
    return { ...item, indexedCents: indexed === null ? null : Math.round(indexed) };
  });
}

export async function createPrice(deps: PricesDeps, tenantId: string, input: PriceItemInput): Promise<PriceItem> {
  if (await deps.prices.findByCode(tenantId, input.code)) throw codeTaken();
  return deps.prices.insert(tenantId, input);
}

export async function updatePrice(deps: PricesDeps, tenantId: string, id: string, input: UpdatePriceItem): Promise<PriceItem> {
  if (!(await deps.prices.find(tenantId, id))) throw notFound("Deze prijs");
  const { version, ...changes } = input;
  if (changes.code) {
    const other = await deps.prices.findByCode(tenantId, changes.code);
    if (other && other.id !== id) throw codeTaken();
  }
  const updated = await deps.prices.update(tenantId, id, version, changes);
  if (!updated) throw versionConflict();
  return updated;
}

export async function deletePrice(deps: PricesDeps, tenantId: string, id: string, version: number): Promise<void> {
  if (!(await deps.prices.find(tenantId, id))) throw notFound("Deze prijs");
  if (!(await deps.prices.remove(tenantId, id, version))) throw versionConflict();
}

/**
 * Imports a CSV all-or-nothing: every row is checked first and every problem reported with row and
 * column; only a clean file changes the list (new codes are added, known codes updated).
 */
export async function importPriceCsv(deps: PricesDeps, tenantId: string, csv: string): Promise<{ added: number; updated: number }> {
  const parsed = parsePriceCsv(csv);
  if (!parsed.ok) throw new AppError("validation_failed", "Het bestand is niet ingelezen: los de gemelde problemen op en probeer het opnieuw.", { rows: parsed.findings });
  let added = 0;
  let updated = 0;
  for (const item of parsed.items) {
    const existing = await deps.prices.findByCode(tenantId, item.code);
    if (existing) {
      await deps.prices.update(tenantId, existing.id, null, item);
      updated += 1;
    } else {
      await deps.prices.insert(tenantId, item);
      added += 1;
    }
  }
  return { added, updated };
}

export const getIndexSeries = (deps: PricesDeps, tenantId: string): Promise<IndexPoint[]> => deps.prices.indexSeries(tenantId);

export async function setIndexSeries(deps: PricesDeps, tenantId: string, points: readonly IndexPoint[]): Promise<IndexPoint[]> {
  await deps.prices.replaceIndexSeries(tenantId, [...points].sort((a, b) => a.year - b.year));
  return deps.prices.indexSeries(tenantId);
}
