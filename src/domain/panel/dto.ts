import { z } from "zod";

/** Panel verdicts (glossary): maatwerk prevented, reduced, ended, or no effect. */
export const VERDICTS = ["prevented", "reduced", "ended", "none"] as const;
export type Verdict = (typeof VERDICTS)[number];

const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");

export const packetSchema = z.object({
  durationDays: z.number().int().nullable(),
  steps: z.array(z.object({ status: z.string(), day: z.number().int() })),
  conversations: z.array(z.object({ day: z.number().int(), kind: z.string(), participantCount: z.number().int() })),
  hoursByActivity: z.record(z.string(), z.number()),
  totalHours: z.number(),
  resources: z.array(z.object({ kind: z.string(), product: z.string().nullable() })),
  measurements: z.array(z.object({ day: z.number().int(), moment: z.string(), scores: z.array(z.object({ domain: z.string(), level: z.number().int() })) })),
  closingOutcome: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
});

export const createRoundSchema = z
  .object({
    name: z.string().trim().min(1, "Geef de ronde een naam").max(200),
    sampleSize: z.number().int().min(1, "Minstens 1 casus").max(1000, "Hoogstens 1000 casussen"),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    closedFrom: isoDate,
    closedTo: isoDate,
    stratifyByTeam: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (v.closedTo < v.closedFrom) ctx.addIssue({ code: "custom", path: ["closedTo"], message: "De einddatum ligt vóór de begindatum" });
  });

export const roundSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  seed: z.number().int(),
  sampleSize: z.number().int(),
  closedFrom: z.string(),
  closedTo: z.string(),
  stratifyByTeam: z.boolean(),
  items: z.number().int(),
  released: z.number().int(),
  complete: z.number().int().describe("Items with three verdicts"),
  withConsensus: z.number().int(),
  fleissKappa: z.number().nullable().describe("Agreement over the complete items; null below 2 complete items or when undefined"),
});

export const assignSchema = z.object({ reviewerIds: z.array(z.uuid()).describe("Exactly three panel members who were not involved") });
export const releaseSchema = z.object({ version: z.number().int().min(1), summary: z.string().trim().max(5000, "Hoogstens 5000 tekens") });

const verdictFields = {
  verdict: z.enum(VERDICTS, "Kies een oordeel"),
  priceItemId: z.uuid("Kies de voorziening uit de prijslijst").nullable().optional(),
  unitsPerMonth: z.number().int().min(1, "Minstens 1").max(10_000).nullable().optional(),
  months: z.number().int().min(1, "Minstens 1 maand").max(120).nullable().optional(),
};
const needsProvision = (v: { verdict: Verdict; priceItemId?: string | null; unitsPerMonth?: number | null; months?: number | null }, ctx: z.RefinementCtx) => {
  if (v.verdict === "none") return;
  if (!v.priceItemId) ctx.addIssue({ code: "custom", path: ["priceItemId"], message: "Welke voorziening was anders toegekend?" });
  if (!v.unitsPerMonth) ctx.addIssue({ code: "custom", path: ["unitsPerMonth"], message: "Vul de eenheden per maand in" });
  if (!v.months) ctx.addIssue({ code: "custom", path: ["months"], message: "Vul het aantal maanden in" });
};

export const submitVerdictSchema = z
  .object({ ...verdictFields, confidence: z.number().int().min(1, "Zekerheid 1 tot en met 5").max(5, "Zekerheid 1 tot en met 5"), note: z.string().trim().max(2000).nullable().optional() })
  .superRefine(needsProvision);
export const consensusSchema = z.object({ version: z.number().int().min(1), ...verdictFields }).superRefine(needsProvision);

export const verdictSchema = z.object({
  reviewerId: z.uuid(),
  verdict: z.enum(VERDICTS).nullable(),
  priceItemId: z.uuid().nullable(),
  unitsPerMonth: z.number().int().nullable(),
  months: z.number().int().nullable(),
  confidence: z.number().int().nullable(),
  note: z.string().nullable(),
  submitted: z.boolean(),
});

export const reviewItemSchema = z.object({
  roundId: z.uuid(),
  caseId: z.uuid(),
  packet: packetSchema,
  summary: z.string().nullable(),
  released: z.boolean(),
  myVerdict: verdictSchema.nullable(),
  /** Only when all three verdicts are in: no reviewer sees another's verdict before. */
  allVerdicts: z.array(verdictSchema).nullable(),
  consensus: z.object({ verdict: z.enum(VERDICTS), priceItemId: z.uuid().nullable(), unitsPerMonth: z.number().int().nullable(), months: z.number().int().nullable() }).nullable(),
  version: z.number().int(),
});

export type Packet = z.infer<typeof packetSchema>;
export type CreateRound = z.infer<typeof createRoundSchema>;
export type Round = z.infer<typeof roundSchema>;
export type SubmitVerdict = z.infer<typeof submitVerdictSchema>;
export type Consensus = z.infer<typeof consensusSchema>;
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type VerdictView = z.infer<typeof verdictSchema>;
