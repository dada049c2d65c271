/** One closed case as the business case reads it: no names, only what costs and what was avoided. */
export interface CaseFacts {
  readonly caseId: string;
  readonly minutes: number;
  readonly directCostsCents: number;
  readonly closingOutcome: string | null;
  readonly consensus: { verdict: "prevented" | "reduced" | "ended" | "none"; priceItemId: string | null; unitsPerMonth: number | null; months: number | null } | null;
}

export interface BusinessCaseRepository {
  closedCaseFacts(tenantId: string, filter: { closedFrom: string; closedTo: string; teamId?: string }): Promise<CaseFacts[]>;
  prices(tenantId: string): Promise<{ id: string; code: string; priceCents: number; priceYear: number; payer: string }[]>;
  indexSeries(tenantId: string): Promise<{ year: number; value: number }[]>;
}
