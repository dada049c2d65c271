import type { Contract, CreateContract } from "./dto";
import type { TrajectoryFacts } from "./trajectory-kpis";

export interface MonitorRepository {
  contracts(tenantId: string): Promise<Contract[]>;
  contract(tenantId: string, id: string): Promise<Contract | null>;
  organisationExists(tenantId: string, id: string): Promise<boolean>;
  insertContract(tenantId: string, input: CreateContract): Promise<string>;
  trajectories(tenantId: string, organisationId: string): Promise<TrajectoryFacts[]>;
  notes(tenantId: string, contractId: string): Promise<{ id: string; heldOn: string; text: string }[]>;
  insertNote(tenantId: string, contractId: string, heldOn: string, text: string, by: string): Promise<{ id: string; heldOn: string; text: string }>;
}
