import type { IndexPoint, PriceItem, PriceItemInput } from "./dto";

export interface PricesRepository {
  list(tenantId: string): Promise<PriceItem[]>;
  find(tenantId: string, id: string): Promise<PriceItem | null>;
  findByCode(tenantId: string, code: string): Promise<PriceItem | null>;
  insert(tenantId: string, item: PriceItemInput): Promise<PriceItem>;
  update(tenantId: string, id: string, expectedVersion: number | null, changes: Partial<PriceItemInput>): Promise<PriceItem | null>;
  remove(tenantId: string, id: string, expectedVersion: number): Promise<boolean>;
  indexSeries(tenantId: string): Promise<IndexPoint[]>;
  replaceIndexSeries(tenantId: string, points: readonly IndexPoint[]): Promise<void>;
}
