import type { AddConversation, AddParticipant, CaseFile, CaseListQuery, CaseStatus, CaseSummary, Conversation, HoursEntry, OpenCase, Participant } from "./dto";

export interface CaseChanges {
  readonly status: CaseStatus;
  readonly closedOn?: string | null;
  readonly closingOutcome?: string | null;
  readonly satisfaction?: number | null;
}

export interface CasesRepository {
  list(tenantId: string, query: CaseListQuery, teamIds: string[] | null): Promise<CaseSummary[]>;
  find(tenantId: string, id: string): Promise<CaseFile | null>;
  /** Inserts a case with its first status change; null when the household already has an active case. */
  insert(tenantId: string, input: OpenCase, createdBy: string): Promise<string | null>;
  changeStatus(tenantId: string, id: string, expectedVersion: number, changes: CaseChanges, on: string, by: string): Promise<boolean>;
  addParticipant(tenantId: string, caseId: string, input: AddParticipant): Promise<Participant>;
  addConversation(tenantId: string, caseId: string, input: AddConversation, recordedBy: string): Promise<Conversation>;
  addHours(tenantId: string, caseId: string, entry: { workedOn: string; activity: string; minutes: number; userId: string }): Promise<HoursEntry>;
  casesOfHousehold(tenantId: string, householdId: string): Promise<string[]>;
  householdTeam(tenantId: string, householdId: string): Promise<string | null>;
  userActive(tenantId: string, userId: string): Promise<boolean>;
  organisationExists(tenantId: string, organisationId: string): Promise<boolean>;
  questionsOfHousehold(tenantId: string, householdId: string): Promise<{ id: string; receivedOn: string; topic: string }[]>;
  /** Sets the provider when the version still matches; false otherwise. */
  changeProvider(tenantId: string, id: string, expectedVersion: number, providerOrganisationId: string | null): Promise<boolean>;
  /** Organisations with at least one contract, by name. */
  contractedProviders(tenantId: string): Promise<{ id: string; name: string }[]>;
  /** The plan, resources, scenario costing and measurements of these cases, for the household timeline. */
  workOfCases(tenantId: string, caseIds: readonly string[]): Promise<CaseWork>;
}

/** When the plan and the costing were first and last saved (Dutch dates), the resources and the measurements. */
export interface CaseWork {
  plans: { caseId: string; createdOn: string; savedOn: string }[];
  resources: { caseId: string; on: string; kind: string; description: string }[];
  scenarios: { caseId: string; createdOn: string; savedOn: string }[];
  measurements: { caseId: string; measuredOn: string; moment: string; instrumentCode: string }[];
}
