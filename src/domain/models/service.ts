import { parseModel } from "../../engine/parse-model";
import { AppError, notFound, versionConflict } from "../errors";
import type { CreateModel, ModelDetail, ModelSummary, SaveVersion } from "./dto";
import type { ModelsRepository } from "./repository";
import { MODEL_TEMPLATES } from "./templates";

/** A model that does not pass the engine's checks is refused with every finding listed (path + Dutch message). */
function checked(document: unknown): { name: string; kind: string } {
  const parsed = parseModel(document);
  if (!parsed.model) {
    throw new AppError("validation_failed", "Het model is niet geldig: los de gemelde problemen op.", {
      findings: parsed.findings.filter((f) => f.level === "error").map((f) => ({ path: f.path, code: f.code, message: f.message })),
    });
  }
  return { name: parsed.model.name, kind: parsed.model.kind };
}

export const listModels = (repo: ModelsRepository, tenantId: string): Promise<ModelSummary[]> => repo.list(tenantId);

export async function getModel(repo: ModelsRepository, tenantId: string, id: string, version?: number): Promise<ModelDetail> {
  const summary = await repo.find(tenantId, id);
  if (!summary) throw notFound("Dit model");
  const document = await repo.document(tenantId, id, version ?? summary.currentVersion);
  if (!document) throw notFound("Deze versie");
  return { ...summary, document, versions: await repo.versions(tenantId, id) };
}

/** Creates a model from a template or an imported document (checked by the engine first). */
export async function createModel(repo: ModelsRepository, tenantId: string, by: string, input: CreateModel): Promise<ModelDetail> {
  const document = input.template ? MODEL_TEMPLATES[input.template] : input.document;
  if (!document) throw new AppError("validation_failed", "Controleer de gemarkeerde velden.", { issues: [{ path: "template", message: "Onbekend sjabloon" }] });
  const { name, kind } = checked(document);
  const id = await repo.insert(tenantId, { name, kind, label: input.label, document: structuredClone(document), by });
  return getModel(repo, tenantId, id);
}

/** Saves a new version on top of the one the user edited; someone else's newer version answers 409. */
export async function saveVersion(repo: ModelsRepository, tenantId: string, by: string, id: string, input: SaveVersion): Promise<ModelDetail> {
  if (!(await repo.find(tenantId, id))) throw notFound("Dit model");
  const { name, kind } = checked(input.document);
  if (!(await repo.addVersion(tenantId, id, input.baseVersion, { name, kind, label: input.label, note: input.note ?? null, document: input.document, by }))) throw versionConflict();
  return getModel(repo, tenantId, id);
}

export const templateList = () =>
  Object.entries(MODEL_TEMPLATES).map(([key, t]) => ({ key, name: String(t.name), description: String(t.description ?? "") }));
