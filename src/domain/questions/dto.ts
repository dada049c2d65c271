import { z } from "zod";

/** How a question reached the front door. */
export const CHANNELS = ["telefoon", "balie", "email", "website", "huisbezoek", "verwijzing", "anders"] as const;
/** Broad life domain of the question; kept after personal data are removed, so the front door can be counted. */
export const TOPICS = ["wonen", "geldzaken", "zorg_en_gezondheid", "opvoeding_en_jeugd", "werk_en_inkomen", "eenzaamheid_en_contact", "veiligheid", "overig"] as const;
/** The three triage outcomes (glossary): solved together, a case for the household, or answered elsewhere. */
export const TRIAGE_OUTCOMES = ["solved_directly", "needs_conversation", "referred_elsewhere"] as const;

export type Channel = (typeof CHANNELS)[number];
export type Topic = (typeof TOPICS)[number];
export type TriageOutcome = (typeof TRIAGE_OUTCOMES)[number];

const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const questionSchema = z.object({
  id: z.uuid(),
  receivedOn: z.string(),
  channel: z.enum(CHANNELS),
  topic: z.enum(TOPICS),
  asked: z.string().nullable(),
  residentName: z.string().nullable().describe("Null when anonymous or after the retention period"),
  residentContact: z.string().nullable(),
  teamId: z.uuid().nullable(),
  registeredBy: z.uuid(),
  outcome: z.enum(TRIAGE_OUTCOMES).nullable().describe("Null while the question awaits triage"),
  referredTo: z.string().nullable(),
  triageNote: z.string().nullable(),
  triagedAt: z.string().nullable(),
  personalDataRemovedAt: z.string().nullable(),
  version: z.number().int(),
});

export const createQuestionSchema = z.object({
  receivedOn: isoDate,
  channel: z.enum(CHANNELS, "Kies hoe de vraag binnenkwam"),
  topic: z.enum(TOPICS, "Kies een onderwerp"),
  asked: z.string().trim().min(1, "Beschrijf kort wat er gevraagd wordt").max(2000, "Hoogstens 2000 tekens"),
  residentName: optionalText(200, "Hoogstens 200 tekens"),
  residentContact: optionalText(200, "Hoogstens 200 tekens"),
  teamId: z.uuid("Kies een bestaand team").nullable().optional(),
});

export const updateQuestionSchema = createQuestionSchema.partial().extend({ version: z.number().int().min(1) });

export const triageSchema = z
  .object({
    version: z.number().int().min(1),
    outcome: z.enum(TRIAGE_OUTCOMES, "Kies een uitkomst van de triage"),
    referredTo: optionalText(200, "Hoogstens 200 tekens"),
    note: optionalText(2000, "Hoogstens 2000 tekens"),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === "referred_elsewhere" && !value.referredTo) {
      ctx.addIssue({ code: "custom", path: ["referredTo"], message: "Vul in waar de vraag beantwoord wordt" });
    }
  });

export const questionListQuerySchema = z.object({
  status: z.enum(["awaiting_triage", ...TRIAGE_OUTCOMES, "all"]).default("all"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const retentionSettingsSchema = z.object({
  questionRetentionMonths: z.number().int().min(1, "Minstens 1 maand").max(120, "Hoogstens 120 maanden"),
  version: z.number().int(),
});

export type Question = z.infer<typeof questionSchema>;
export type CreateQuestion = z.infer<typeof createQuestionSchema>;
export type UpdateQuestion = z.infer<typeof updateQuestionSchema>;
export type TriageDecision = z.infer<typeof triageSchema>;
export type QuestionListQuery = z.infer<typeof questionListQuerySchema>;
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;
