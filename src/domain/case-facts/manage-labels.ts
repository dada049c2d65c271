import { notFound, versionConflict } from "../errors";
import { suppressCount } from "../privacy/suppress-small-counts";
import type { AddLabel, CaseLabel, ManagedLabel, UpdateLabel } from "./dto";
import { labelTaken, sameLabelText } from "./label-taken";
import { type CaseFactsDeps, listLabels } from "./service";

/**
 * The list as its managers (policy advisors) keep it tidy: every label with the number of cases carrying it,
 * so an unused one can be retired. The counts are an aggregate for a policy role, so 1–4 is suppressed.
 */
export async function listManagedLabels(deps: CaseFactsDeps, tenantId: string): Promise<ManagedLabel[]> {
  const labels = await listLabels(deps, tenantId);
  const counts = await deps.facts.caseCountsByLabel(tenantId);
  return labels.map((label) => ({ ...label, cases: suppressCount(counts.get(label.id) ?? 0) }));
}

/** Adds a label; a name already in the list for that kind (also a retired one) is refused at the field. */
export async function addLabel(deps: CaseFactsDeps, tenantId: string, input: AddLabel): Promise<CaseLabel> {
  const label = await deps.facts.insertLabel(tenantId, input);
  if (label) return label;
  const holder = (await deps.facts.labels(tenantId)).find((l) => l.kind === input.kind && sameLabelText(l.label, input.label));
  throw labelTaken(holder);
}

/**
 * Renames and/or (de)activates a label. Cases and the business case link labels by id, so a new name shows
 * everywhere at once and a retired label stays on the cases that carry it. A change made since the client read
 * the label (other text or flag) answers 409 `version_conflict`; nothing is overwritten.
 */
export async function updateLabel(deps: CaseFactsDeps, tenantId: string, id: string, input: UpdateLabel): Promise<CaseLabel> {
  const all = await deps.facts.labels(tenantId);
  const current = all.find((l) => l.id === id);
  if (!current) throw notFound("Deze factor of aanpak");
  const newText = input.label;
  if (newText !== undefined) {
    const holder = all.find((l) => l.id !== id && l.kind === current.kind && sameLabelText(l.label, newText));
    if (holder) throw labelTaken(holder);
  }
  const outcome = await deps.facts.updateLabel(tenantId, id, input.expected, { label: input.label, active: input.active });
  if (outcome.kind === "taken") throw labelTaken(undefined);
  if (outcome.kind === "stale") throw versionConflict();
  return outcome.label;
}
