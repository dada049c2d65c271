/** One closed case as the business case reads it: no names, only what costs and what was avoided. */
export interface CaseFacts {
  readonly caseId: string;
  readonly teamId: string;
  readonly minutes: number;
  /** Approved flexible-budget spending. */
  readonly budgetCents: number;
  /** The case's direct cost lines by kind (vrijwilligerskosten, activiteit, overig). */
  readonly costLinesCents: Readonly<Record<string, number>>;
  readonly labelIds: readonly string[];
  readonly closingOutcome: string | null;
  readonly consensus: { verdict: "prevented" | "reduced" | "ended" | "none"; priceItemId: string | null; unitsPerMonth: number | null; months: number | null } | null;
  /** The submitted verdicts of the three reviewers behind that consensus (for the panel agreement); empty when unreviewed. */
  readonly panelVerdicts: readonly string[];
}

export interface BusinessCaseRepository {
  closedCaseFacts(tenantId: string, filter: { closedFrom: string; closedTo: string; teamId?: string; approachId?: string }): Promise<CaseFacts[]>;
  prices(tenantId: string): Promise<{ id: string; code: string; priceCents: number; priceYear: number; payer: string }[]>;
  indexSeries(tenantId: string): Promise<{ year: number; value: number }[]>;
  /** The choices of the filter: teams and approaches (retired ones too, for past cases), by name. */
  filterChoices(tenantId: string): Promise<{ teams: { id: string; name: string }[]; approaches: { id: string; label: string; active: boolean }[] }>;
  /** The tenant's success and failure factors (case-facts area), retired ones too. */
  factors(tenantId: string): Promise<{ id: string; kind: "success_factor" | "failure_factor"; label: string; active: boolean }[]>;
}
