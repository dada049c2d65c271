import { z } from "zod";

export const RESOURCE_KINDS = [
  "eigen_kracht",
  "netwerk",
  "vrijwilliger",
  "algemene_voorziening",
  "lichte_ondersteuning",
  "maatwerkvoorziening",
  "flexibel_budget",
  "overig",
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const line = z.string().trim().min(1, "Een regel mag niet leeg zijn").max(1000, "Hoogstens 1000 tekens");
const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");

export const familyGroupPlanSchema = z.object({
  safetyConditions: z.array(line).max(50),
  emergencyContacts: z.array(z.object({ name: z.string().trim().min(1, "Vul een naam in").max(200), phone: z.string().trim().min(6, "Vul een telefoonnummer in").max(40) })).max(20),
  escapeRoutes: z.array(line).max(20),
  /** Source: Eigen Kracht-practice in the seed article (001): evaluate every 4 weeks for the first 3 months. */
  evaluationEveryWeeks: z.number().int().min(1, "Minstens elke week").max(26, "Hoogstens elke 26 weken").default(4),
  evaluationForMonths: z.number().int().min(1, "Minstens 1 maand").max(24, "Hoogstens 24 maanden").default(3),
  startsOn: isoDate,
});

export const resourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(RESOURCE_KINDS),
  description: z.string(),
  provider: z.string().nullable(),
  priceItemId: z.uuid().nullable(),
  quantity: z.number().nullable(),
  amountCents: z.number().int().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
});

export const planSchema = z.object({
  caseId: z.uuid(),
  goals: z.array(z.string()),
  agreements: z.array(z.string()),
  familyGroupPlan: familyGroupPlanSchema.nullable(),
  resources: z.array(resourceSchema),
  version: z.number().int().describe("0 while the plan has never been saved"),
});

export const savePlanSchema = z.object({
  version: z.number().int().min(0),
  goals: z.array(line).max(30),
  agreements: z.array(line).max(50),
  familyGroupPlan: familyGroupPlanSchema.nullable().optional(),
});

export const addResourceSchema = z
  .object({
    kind: z.enum(RESOURCE_KINDS, "Kies het soort hulpbron"),
    description: z.string().trim().min(1, "Beschrijf de hulpbron").max(500, "Hoogstens 500 tekens"),
    provider: z.string().trim().max(200).nullable().optional(),
    priceItemId: z.uuid("Kies een product uit de prijslijst").nullable().optional(),
    quantity: z.number().positive("Meer dan 0").max(100_000).nullable().optional(),
    amountCents: z.number().int("Bedrag in hele centen").min(0, "Een bedrag is niet negatief").nullable().optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "maatwerkvoorziening" && !value.priceItemId) ctx.addIssue({ code: "custom", path: ["priceItemId"], message: "Kies het maatwerkproduct uit de prijslijst" });
    if (value.kind === "maatwerkvoorziening" && !value.quantity) ctx.addIssue({ code: "custom", path: ["quantity"], message: "Vul het volume in" });
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "De einddatum ligt vóór de begindatum" });
  });

export type FamilyGroupPlan = z.infer<typeof familyGroupPlanSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Plan = z.infer<typeof planSchema>;
export type SavePlan = z.infer<typeof savePlanSchema>;
export type AddResource = z.infer<typeof addResourceSchema>;
