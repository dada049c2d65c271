import type { CaseStatus } from "./dto";

/**
 * The steps a case may take. Forward one step at a time; from evaluation back to execution when the
 * plan needs another round; a case may be closed from any open step (a household can move away).
 */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ["plan", "afgesloten"],
  plan: ["in_uitvoering", "afgesloten"],
  in_uitvoering: ["evaluatie", "afgesloten"],
  evaluatie: ["in_uitvoering", "afgesloten"],
  afgesloten: [],
};

export const canMoveTo = (from: CaseStatus, to: CaseStatus): boolean => NEXT[from].includes(to);
export const nextStatuses = (from: CaseStatus): readonly CaseStatus[] => NEXT[from];
