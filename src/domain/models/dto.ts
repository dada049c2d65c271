import { z } from "zod";

export const modelSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  currentVersion: z.number().int(),
  updatedAt: z.string(),
});

export const modelVersionSchema = z.object({ version: z.number().int(), label: z.string(), note: z.string().nullable(), createdBy: z.string(), createdAt: z.string() });

export const modelDetailSchema = modelSummarySchema.extend({
  document: z.record(z.string(), z.unknown()).describe("The current baatwijzer.model/1 document"),
  versions: z.array(modelVersionSchema),
});

export const createModelSchema = z
  .object({
    template: z.string().optional().describe("Key of a template (GET /model-templates)"),
    document: z.record(z.string(), z.unknown()).optional().describe("An imported baatwijzer.model/1 document"),
    label: z.string().trim().min(1).max(100).default("ex-ante v1"),
  })
  .superRefine((v, ctx) => {
    if (!v.template === !v.document) ctx.addIssue({ code: "custom", path: ["template"], message: "Kies een sjabloon of importeer een model (één van beide)" });
  });

export const saveVersionSchema = z.object({
  baseVersion: z.number().int().min(1).describe("The version you edited; a newer one answers 409"),
  label: z.string().trim().min(1, "Geef de versie een naam (bijv. ex-ante v2, ex-post)").max(100),
  note: z.string().trim().max(2000).nullable().optional(),
  document: z.record(z.string(), z.unknown()),
});

export type ModelSummary = z.infer<typeof modelSummarySchema>;
export type ModelDetail = z.infer<typeof modelDetailSchema>;
export type CreateModel = z.infer<typeof createModelSchema>;
export type SaveVersion = z.infer<typeof saveVersionSchema>;
