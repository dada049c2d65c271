import type { PriceItem } from "../prices/dto";
import type { ScenarioKey } from "./dto";

export interface StoredLine {
  readonly label: string;
  readonly priceItemId: string | null;
  readonly unitPriceCents: number;
  readonly quantity: number;
  readonly periods: number;
  readonly payer: string;
  readonly probability: number;
}

export interface StoredScenarios {
  readonly lines: Record<ScenarioKey, StoredLine[]>;
  readonly justification: { rechtmatigheid: string; rendement: string; betrokkenheid: string };
  readonly version: number;
}

export interface ScenariosRepository {
  find(tenantId: string, caseId: string): Promise<StoredScenarios | null>;
  /** Saves when the version still matches (0: a new costing); `savedAt` is recorded as its creation or last change. */
  save(tenantId: string, caseId: string, expectedVersion: number, value: Omit<StoredScenarios, "version">, savedAt: Date): Promise<boolean>;
  priceItem(tenantId: string, id: string): Promise<PriceItem | null>;
}
