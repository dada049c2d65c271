import type { Contract, CreateContract, Provider, UpdateContract } from "./dto";
import type { TrajectoryCostFacts } from "./provider-trajectory-costs";
import type { TrajectoryFacts } from "./trajectory-kpis";

export interface MonitorRepository {
  contracts(tenantId: string): Promise<Contract[]>;
  contract(tenantId: string, id: string): Promise<Contract | null>;
  organisationExists(tenantId: string, id: string): Promise<boolean>;
  insertContract(tenantId: string, input: CreateContract): Promise<string>;
  /** Saves when the version still matches; false when someone else saved first. */
  updateContract(tenantId: string, id: string, input: UpdateContract): Promise<boolean>;
  /** Organisations a contract can be made with. */
  providers(tenantId: string): Promise<Provider[]>;
  /** Cases closed in the period and every case with a provider (lump sums are shared among all of them). */
  trajectoryCostFacts(tenantId: string, closedFrom: string, closedTo: string): Promise<TrajectoryCostFacts[]>;
  trajectories(tenantId: string, organisationId: string): Promise<TrajectoryFacts[]>;
  notes(tenantId: string, contractId: string): Promise<{ id: string; heldOn: string; text: string }[]>;
  insertNote(tenantId: string, contractId: string, heldOn: string, text: string, by: string): Promise<{ id: string; heldOn: string; text: string }>;
}
