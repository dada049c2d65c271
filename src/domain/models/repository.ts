import type { ModelSummary } from "./dto";

export interface ModelsRepository {
  list(tenantId: string): Promise<ModelSummary[]>;
  find(tenantId: string, id: string): Promise<ModelSummary | null>;
  versions(tenantId: string, id: string): Promise<{ version: number; label: string; note: string | null; createdBy: string; createdAt: string }[]>;
  document(tenantId: string, id: string, version: number): Promise<Record<string, unknown> | null>;
  insert(tenantId: string, input: { name: string; kind: string; label: string; document: Record<string, unknown>; by: string }): Promise<string>;
  /** Adds version baseVersion + 1 when the current version is still baseVersion; false otherwise. */
  addVersion(tenantId: string, id: string, baseVersion: number, input: { name: string; kind: string; label: string; note: string | null; document: Record<string, unknown>; by: string }): Promise<boolean>;
}
