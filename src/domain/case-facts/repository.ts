import type { AddCostLine, AddLabel, CaseLabel, CostLine } from "./dto";

export interface CaseFactsRepository {
  labels(tenantId: string): Promise<CaseLabel[]>;
  /** Inserts labels; answers null when the label already exists (case-insensitive) for its kind. */
  insertLabel(tenantId: string, input: AddLabel): Promise<CaseLabel | null>;
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
