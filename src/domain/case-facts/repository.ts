import type { AddCostLine, AddLabel, CaseLabel, CostLine } from "./dto";

/** What a conditional label update did: applied, found the row changed since it was read, or hit another label's name. */
export type LabelUpdateOutcome = { readonly kind: "updated"; readonly label: CaseLabel } | { readonly kind: "stale" } | { readonly kind: "taken" };

export interface CaseFactsRepository {
  labels(tenantId: string): Promise<CaseLabel[]>;
  /** Inserts labels; answers null when the label already exists (case-insensitive) for its kind. */
  insertLabel(tenantId: string, input: AddLabel): Promise<CaseLabel | null>;
  /**
   * Changes a label only while its text and active flag are still `expected` (an optimistic precondition in
   * place of a version column); "taken" when the new text is another label's of the same kind (case-insensitive).
   */
  updateLabel(tenantId: string, id: string, expected: { label: string; active: boolean }, changes: { label?: string; active?: boolean }): Promise<LabelUpdateOutcome>;
  /** How many cases carry each label (labels on no case are absent). */
  caseCountsByLabel(tenantId: string): Promise<ReadonlyMap<string, number>>;
  /** The team and opening date of a case, for the access check and date rules; null when it does not exist. */
  caseScope(tenantId: string, caseId: string): Promise<{ teamId: string; openedOn: string } | null>;
  linkedLabelIds(tenantId: string, caseId: string): Promise<string[]>;
  link(tenantId: string, caseId: string, labelId: string, by: string): Promise<void>;
  unlink(tenantId: string, caseId: string, labelIds: readonly string[]): Promise<void>;
  costLines(tenantId: string, caseId: string): Promise<CostLine[]>;
  insertCostLine(tenantId: string, caseId: string, input: AddCostLine, by: string): Promise<CostLine>;
  /** Answers whether a line of this case was deleted. */
  deleteCostLine(tenantId: string, caseId: string, lineId: string): Promise<boolean>;
}
