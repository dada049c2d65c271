import type { CaseInvolvement } from "./reviewer-independence";
import type { SampleCandidate } from "./sample-cases";
import type { CreateRound, Packet, Verdict } from "./dto";

export interface RoundRecord {
  readonly id: string;
  readonly name: string;
  readonly seed: number;
  readonly sampleSize: number;
  readonly closedFrom: string;
  readonly closedTo: string;
  readonly stratifyByTeam: boolean;
}

export interface ItemRecord {
  readonly roundId: string;
  readonly caseId: string;
  readonly caseDirectorId: string;
  readonly packet: Packet;
  readonly summary: string | null;
  readonly released: boolean;
  readonly consensus: { verdict: Verdict; priceItemId: string | null; unitsPerMonth: number | null; months: number | null } | null;
  readonly version: number;
}

export interface VerdictRecord {
  readonly reviewerId: string;
  readonly verdict: Verdict | null;
  readonly priceItemId: string | null;
  readonly unitsPerMonth: number | null;
  readonly months: number | null;
  readonly confidence: number | null;
  readonly note: string | null;
  readonly submitted: boolean;
}

export interface PanelRepository {
  closedCases(tenantId: string, from: string, to: string): Promise<SampleCandidate[]>;
  insertRound(tenantId: string, input: CreateRound, by: string): Promise<RoundRecord>;
  insertItem(tenantId: string, roundId: string, caseId: string, packet: Packet): Promise<void>;
  rounds(tenantId: string): Promise<RoundRecord[]>;
  round(tenantId: string, id: string): Promise<RoundRecord | null>;
  items(tenantId: string, roundId: string): Promise<ItemRecord[]>;
  item(tenantId: string, roundId: string, caseId: string): Promise<ItemRecord | null>;
  verdicts(tenantId: string, roundId: string, caseId: string): Promise<VerdictRecord[]>;
  verdictsOfRound(tenantId: string, roundId: string): Promise<(VerdictRecord & { caseId: string })[]>;
  involvement(tenantId: string, caseId: string): Promise<CaseInvolvement | null>;
  panelMembers(tenantId: string): Promise<string[]>;
  /** Active panel members with their names, for composing a panel. */
  panelMemberNames(tenantId: string): Promise<{ id: string; displayName: string }[]>;
  assign(tenantId: string, roundId: string, caseId: string, reviewerIds: readonly string[]): Promise<void>;
  itemsOfReviewer(tenantId: string, reviewerId: string): Promise<ItemRecord[]>;
  release(tenantId: string, roundId: string, caseId: string, expectedVersion: number, summary: string, by: string): Promise<boolean>;
  submitVerdict(tenantId: string, roundId: string, caseId: string, reviewerId: string, verdict: Omit<VerdictRecord, "reviewerId" | "submitted">): Promise<boolean>;
  setConsensus(tenantId: string, roundId: string, caseId: string, expectedVersion: number, consensus: NonNullable<ItemRecord["consensus"]> & { decidedBy: string }): Promise<boolean>;
  priceItemExists(tenantId: string, id: string): Promise<boolean>;
}
