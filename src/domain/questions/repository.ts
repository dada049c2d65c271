import type { CreateQuestion, Question, QuestionListQuery, TriageOutcome } from "./dto";

export interface QuestionChanges extends Partial<CreateQuestion> {
  readonly outcome?: TriageOutcome;
  readonly referredTo?: string | null;
  readonly triageNote?: string | null;
  readonly triagedBy?: string;
  readonly triagedAt?: Date;
}

export interface QuestionsRepository {
  list(tenantId: string, query: QuestionListQuery): Promise<Question[]>;
  find(tenantId: string, id: string): Promise<Question | null>;
  insert(tenantId: string, registeredBy: string, input: CreateQuestion): Promise<Question>;
  /** Applies the changes when the version matches; null when it does not (or the row is gone). */
  update(tenantId: string, id: string, expectedVersion: number, changes: QuestionChanges): Promise<Question | null>;
  teamExists(tenantId: string, teamId: string): Promise<boolean>;
  retentionMonths(tenantId: string): Promise<{ months: number; version: number }>;
  setRetentionMonths(tenantId: string, months: number, expectedVersion: number): Promise<boolean>;
  /** Empties the personal fields of closed-without-dossier questions triaged before `cutoff`; returns their ids. */
  removePersonalData(tenantId: string, cutoff: Date, now: Date): Promise<string[]>;
}
