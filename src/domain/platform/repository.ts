import type { Escalate, Evaluation, Meeting, RecordEvaluation, RecordMeeting } from "./dto";

export interface EscalationRecord {
  readonly id: string;
  readonly caseId: string;
  readonly householdName: string;
  readonly teamId: string;
  readonly escalatedOn: string;
  readonly reason: string;
  readonly unstuckOn: string | null;
  readonly version: number;
}

export interface PlatformRepository {
  escalations(tenantId: string, filter: { open?: boolean }): Promise<EscalationRecord[]>;
  escalation(tenantId: string, id: string): Promise<EscalationRecord | null>;
  /** Null when the case already has an open escalation. */
  escalate(tenantId: string, input: Escalate, by: string): Promise<string | null>;
  unstick(tenantId: string, id: string, expectedVersion: number, on: string): Promise<boolean>;
  meetings(tenantId: string, escalationId: string): Promise<Meeting[]>;
  insertMeeting(tenantId: string, escalationId: string, input: RecordMeeting, by: string): Promise<Meeting>;
  evaluation(tenantId: string, escalationId: string): Promise<Evaluation | null>;
  insertEvaluation(tenantId: string, escalationId: string, input: RecordEvaluation, by: string): Promise<boolean>;
  searchEvaluations(tenantId: string, q: string): Promise<Evaluation[]>;
  /** Open cases whose last activity (status change, conversation, hours) is before `before`. */
  casesWithoutMovement(tenantId: string, before: string, teamIds: string[] | null): Promise<{ caseId: string; householdName: string; lastActivity: string }[]>;
}
