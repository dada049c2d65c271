import { z } from "zod";

/** Success and failure factors (Breda counted them) and the approach (aanpak) of a case, in one tenant list. */
export const LABEL_KINDS = ["success_factor", "failure_factor", "approach"] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** Direct costs of a case besides the flexible budget. */
export const COST_KINDS = ["vrijwilligerskosten", "activiteit", "overig"] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const caseLabelSchema = z.object({ id: z.uuid(), kind: z.enum(LABEL_KINDS), label: z.string(), active: z.boolean() });

const labelText = z.string().trim().min(2, "Geef een omschrijving van minstens 2 tekens").max(80, "Hoogstens 80 tekens");

export const addLabelSchema = z.object({
  kind: z.enum(LABEL_KINDS, "Kies het soort"),
  label: labelText,
});

/** A label as its manager sees it: with the number of cases that carry it (fewer than 5 suppressed). */
export const managedLabelSchema = caseLabelSchema.extend({ cases: z.number().int().nullable().describe("Cases carrying the label; null when 1–4 (suppressed)") });

/**
 * Rename and/or (de)activate a label. The table has no version column, so the client sends what it last saw
 * (`expected`): the change applies only while the row still holds exactly that, otherwise 409.
 */
export const updateLabelSchema = z
  .object({
    expected: z.object({ label: z.string(), active: z.boolean() }).describe("The label text and active flag the client last read"),
    label: labelText.optional(),
    active: z.boolean().optional(),
  })
  .refine((v) => v.label !== undefined || v.active !== undefined, { message: "Geef een nieuwe omschrijving of een nieuwe status", path: ["label"] });

export const costLineSchema = z.object({
  id: z.uuid(),
  kind: z.enum(COST_KINDS),
  description: z.string(),
  amountCents: z.number().int(),
  spentOn: z.string(),
  recordedByName: z.string(),
});

export const addCostLineSchema = z.object({
  kind: z.enum(COST_KINDS, "Kies het soort kosten"),
  description: z.string().trim().min(1, "Vul een omschrijving in").max(200, "Hoogstens 200 tekens"),
  amountCents: z.number("Vul een bedrag in").int("Gebruik hele centen").min(1, "Het bedrag moet groter zijn dan € 0").max(100_000_000, "Hoogstens € 1.000.000"),
  spentOn: z.iso.date("Gebruik een datum als dd-mm-jjjj"),
});

export const setApproachSchema = z.object({ approachId: z.uuid("Kies een aanpak").nullable() });

/** What the business case reads of a case besides hours and budget: its labels and its direct cost lines. */
export const caseFactsSchema = z.object({
  labelIds: z.array(z.uuid()).describe("Success and failure factors set on the case"),
  approachId: z.uuid().nullable(),
  costLines: z.array(costLineSchema),
  costTotalCents: z.number().int(),
});

export type CaseLabel = z.infer<typeof caseLabelSchema>;
export type AddLabel = z.infer<typeof addLabelSchema>;
export type ManagedLabel = z.infer<typeof managedLabelSchema>;
export type UpdateLabel = z.infer<typeof updateLabelSchema>;
export type CostLine = z.infer<typeof costLineSchema>;
export type AddCostLine = z.infer<typeof addCostLineSchema>;
export type CaseFacts = z.infer<typeof caseFactsSchema>;
