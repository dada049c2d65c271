import { z } from "zod";
import { PURPOSE_CATEGORIES } from "./purpose-categories";

export const POT_KINDS = ["outcome_budget", "petty_cash", "other"] as const;
export const FUNDING_SOURCES = ["wmo", "jeugdwet", "participatiewet", "bijzondere_bijstand", "noodfonds", "zorgverzekeraar", "overig"] as const;
export const ARRANGEMENT_OUTCOMES = ["forgiven", "repaid", "written_off"] as const;
export const REQUEST_STATUSES = ["pending", "awaiting_second", "approved", "rejected"] as const;

const cents = (message: string) => z.number(message).int("Bedrag in hele centen").positive("Een bedrag groter dan 0");
const justification = z.object({
  rechtmatigheid: z.string().trim().min(1, "Waarom mag dit? (rechtmatigheid)").max(2000),
  rendement: z.string().trim().min(1, "Wat levert het op? (rendement)").max(2000),
  betrokkenheid: z.string().trim().min(1, "Hoe is het huishouden betrokken? (betrokkenheid)").max(2000),
});

export const potSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(POT_KINDS),
  year: z.number().int(),
  annualAmountCents: z.number().int(),
  balanceCents: z.number().int(),
  version: z.number().int(),
});
export const createPotSchema = z.object({
  name: z.string().trim().min(1, "Geef de pot een naam").max(200),
  kind: z.enum(POT_KINDS, "Kies het soort budget"),
  year: z.number().int().min(2000).max(2100),
  annualAmountCents: cents("Vul het jaarbedrag in"),
});

export const mandateSchema = z.object({ id: z.uuid(), potId: z.uuid(), userId: z.uuid(), userName: z.string(), limitCents: z.number().int(), active: z.boolean() });
export const grantMandateSchema = z.object({ userId: z.uuid("Kies een medewerker"), limitCents: cents("Vul het mandaatbedrag per besluit in") });

export const spendingRequestSchema = z.object({
  id: z.uuid(),
  potId: z.uuid(),
  caseId: z.uuid(),
  purposeCategory: z.enum(PURPOSE_CATEGORIES).describe("The purpose category the report counts by (PURPOSE_CATEGORIES)"),
  purpose: z.string().describe("The purpose in the requester's own words"),
  description: z.string(),
  amountCents: z.number().int(),
  payee: z.string(),
  justification,
  status: z.enum(REQUEST_STATUSES),
  requestedBy: z.uuid(),
  firstApproverId: z.uuid().nullable(),
  decidedBy: z.uuid().nullable(),
  decisionReason: z.string().nullable(),
  preFinanced: z.boolean(),
  version: z.number().int(),
});

export const createRequestSchema = z.object({
  potId: z.uuid("Kies een budget"),
  caseId: z.uuid("Kies een casus"),
  purposeCategory: z.enum(PURPOSE_CATEGORIES, "Kies een doelcategorie").describe("One of PURPOSE_CATEGORIES; the budget report counts per category"),
  purpose: z.string().trim().min(1, "Beschrijf het doel in een paar woorden").max(100, "Beschrijf het doel in hoogstens 100 tekens").describe("The purpose in the requester's own words"),
  description: z.string().trim().min(1, "Wat wordt er betaald?").max(2000),
  amountCents: cents("Vul een bedrag in"),
  payee: z.string().trim().min(1, "Aan wie wordt betaald?").max(200),
  justification,
  preFinanced: z.boolean().default(false),
  idempotencyKey: z.string().trim().min(8, "Ontbrekende idempotentiesleutel").max(100),
});

export const decideSchema = z
  .object({
    version: z.number().int().min(1),
    decision: z.enum(["approve", "reject"], "Kies goedkeuren of afwijzen"),
    reason: z.string().trim().max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "reject" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Geef een reden voor de afwijzing" });
  });

export const ledgerEntrySchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  amountCents: z.number().int(),
  balanceAfterCents: z.number().int(),
  requestId: z.uuid().nullable(),
  purposeCategory: z.enum(PURPOSE_CATEGORIES).nullable().describe("The purpose category of the entry's spending request; null for entries without one (the annual amount)"),
  note: z.string().nullable(),
  bookedOn: z.string(),
});

export const arrangementSchema = z.object({ id: z.uuid(), requestId: z.uuid(), condition: z.string(), dueOn: z.string(), outcome: z.enum(["pending", ...ARRANGEMENT_OUTCOMES]), settledOn: z.string().nullable(), version: z.number().int() });
export const createArrangementSchema = z.object({
  condition: z.string().trim().min(1, "Beschrijf de voorwaarde").max(1000),
  dueOn: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
});
export const settleArrangementSchema = z.object({ version: z.number().int().min(1), outcome: z.enum(ARRANGEMENT_OUTCOMES, "Kies de afloop") });

export const claimSchema = z.object({ id: z.uuid(), requestId: z.uuid(), fundingSource: z.enum(FUNDING_SOURCES), claimedCents: z.number().int(), status: z.enum(["pending", "honoured", "rejected"]), honouredCents: z.number().int().nullable(), version: z.number().int() });
export const createClaimSchema = z.object({ fundingSource: z.enum(FUNDING_SOURCES, "Kies de reguliere financiering"), claimedCents: cents("Vul het geclaimde bedrag in") });
export const decideClaimSchema = z
  .object({ version: z.number().int().min(1), status: z.enum(["honoured", "rejected"], "Kies de uitkomst"), honouredCents: z.number().int().positive().optional() })
  .superRefine((v, ctx) => {
    if (v.status === "honoured" && !v.honouredCents) ctx.addIssue({ code: "custom", path: ["honouredCents"], message: "Vul het toegekende bedrag in" });
  });

/**
 * One request with what a decider needs beside it: names instead of ids, the mandates used (with
 * their limit today), the case's three-scenario costing as attached at the request, its conditional
 * arrangement and its recovery claims.
 */
export const requestDetailSchema = spendingRequestSchema.extend({
  potName: z.string(),
  requestedByName: z.string(),
  firstApproverName: z.string().nullable(),
  decidedByName: z.string().nullable(),
  firstMandate: mandateSchema.nullable().describe("The mandate of the first approval when a second approver was needed"),
  decidedMandate: mandateSchema.nullable().describe("The mandate under which the request was finally approved or rejected"),
  scenarios: z.unknown().nullable().describe("The case's three-scenario costing (Scenarios) when the request was filed"),
  arrangement: arrangementSchema.nullable(),
  claims: z.array(claimSchema),
});

/** Someone who can hold a mandate: an active user whose role may request and decide spending. */
export const mandateCandidateSchema = z.object({ id: z.uuid(), displayName: z.string() });

export const potWithMandatesSchema = potSchema.extend({ mandates: z.array(mandateSchema) });

export type Pot = z.infer<typeof potSchema>;
export type RequestDetail = z.infer<typeof requestDetailSchema>;
export type MandateCandidate = z.infer<typeof mandateCandidateSchema>;
export type PotWithMandates = z.infer<typeof potWithMandatesSchema>;
export type CreatePot = z.infer<typeof createPotSchema>;
export type Mandate = z.infer<typeof mandateSchema>;
export type SpendingRequest = z.infer<typeof spendingRequestSchema>;
export type CreateRequest = z.infer<typeof createRequestSchema>;
export type Decide = z.infer<typeof decideSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type Arrangement = z.infer<typeof arrangementSchema>;
export type Claim = z.infer<typeof claimSchema>;
