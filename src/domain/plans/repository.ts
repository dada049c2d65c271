import type { AddResource, FamilyGroupPlan, Resource } from "./dto";

export interface PlanRecord {
  readonly goals: string[];
  readonly agreements: string[];
  readonly familyGroupPlan: FamilyGroupPlan | null;
  readonly version: number;
}

export interface PlansRepository {
  find(tenantId: string, caseId: string): Promise<PlanRecord | null>;
  /** Inserts (expectedVersion 0) or updates when the version matches; false on a stale write. */
  /** Saves when the version still matches (0: a new plan); `savedAt` is recorded as its creation or last change. */
  save(tenantId: string, caseId: string, expectedVersion: number, plan: Omit<PlanRecord, "version">, savedAt: Date): Promise<boolean>;
  resources(tenantId: string, caseId: string): Promise<Resource[]>;
  addResource(tenantId: string, caseId: string, resource: AddResource & { amountCents: number | null }): Promise<Resource>;
  removeResource(tenantId: string, caseId: string, resourceId: string): Promise<boolean>;
  priceCents(tenantId: string, priceItemId: string): Promise<number | null>;
}
