import { z } from "zod";

export const FINANCING = ["lump_sum", "price_per_unit", "per_trajectory"] as const;
const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");
const light = z.enum(["groen", "oranje", "rood", "onbekend"]);

export const contractSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  name: z.string(),
  financing: z.enum(FINANCING),
  startsOn: z.string(),
  endsOn: z.string(),
  amountCents: z.number().int(),
  targetStableOrBetter: z.number(),
  targetSatisfaction: z.number(),
  targetReach: z.number().int().nullable(),
  version: z.number().int(),
});

const contractFields = {
    organisationId: z.uuid("Kies de aanbieder of het consortium"),
    name: z.string().trim().min(1, "Geef het contract een naam").max(200),
    financing: z.enum(FINANCING, "Kies de financieringsvorm"),
    startsOn: isoDate,
    endsOn: isoDate,
    amountCents: z.number().int().min(0),
    targetStableOrBetter: z.number().min(0).max(1).default(0.75),
    targetSatisfaction: z.number().min(1).max(10).default(7.5),
    targetReach: z.number().int().min(0).nullable().optional(),
};
const periodInOrder = (v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) => {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "De einddatum ligt vóór de begindatum" });
};

/** The amount means, by financing: lump_sum the sum for the whole period; price_per_unit the price per month of support; per_trajectory the price per trajectory. */
export const createContractSchema = z.object(contractFields).superRefine(periodInOrder);
/** A changed contract: every field again, with the version that was read (409 when someone saved first). */
export const updateContractSchema = z.object({ ...contractFields, version: z.number().int().min(1) }).superRefine(periodInOrder);

const kpiValue = z.object({ value: z.number().nullable(), target: z.number().nullable(), light });

export const contractKpisSchema = z.object({
  from: z.string(),
  to: z.string(),
  reach: kpiValue,
  stableOrBetter: kpiValue.extend({ measured: z.number().int().nullable() }),
  satisfaction: kpiValue.extend({ scored: z.number().int().nullable() }),
  trend: z.array(z.object({ quarter: z.string(), stableOrBetter: z.number().nullable(), satisfaction: z.number().nullable() })),
});

export const contractNoteSchema = z.object({ id: z.uuid(), heldOn: z.string(), text: z.string() });
export const addNoteSchema = z.object({ heldOn: isoDate, text: z.string().trim().min(1, "Schrijf op wat is besproken").max(5000) });

export type Contract = z.infer<typeof contractSchema>;
export type CreateContract = z.infer<typeof createContractSchema>;
export type ContractKpis = z.infer<typeof contractKpisSchema>;
export type UpdateContract = z.infer<typeof updateContractSchema>;

/** An organisation a contract can be made with (provider or consortium). */
export const providerSchema = z.object({ id: z.uuid(), name: z.string() });

export const trajectoryComparisonQuerySchema = z
  .object({
    closedFrom: isoDate,
    closedTo: isoDate,
    hourlyRateCents: z.coerce.number().int().min(1, "Vul een uurtarief in").max(100_000),
    draws: z.coerce.number().int().min(100).max(20_000).default(2000),
    seed: z.coerce.number().int().min(0).default(1),
  })
  .superRefine((v, ctx) => {
    if (v.closedTo < v.closedFrom) ctx.addIssue({ code: "custom", path: ["closedTo"], message: "De einddatum ligt vóór de begindatum" });
  });

const estimate = z.object({ mean: z.number(), interval95: z.tuple([z.number(), z.number()]) }).nullable().describe("Mean with its 95% bootstrap interval; null below 5 values");
const count = z.number().int().nullable().describe("null when 1–4 (suppressed)");

export const trajectoryComparisonSchema = z.object({
  groups: z.array(
    z.object({
      kind: z.enum(["own", "provider"]),
      organisationId: z.uuid().nullable(),
      name: z.string().nullable(),
      financing: z.array(z.enum(FINANCING)),
      trajectories: count,
      withoutContract: count,
      costCents: estimate,
      durationDays: estimate,
      satisfaction: estimate,
    }),
  ),
  ownCostShare: z.object({ ratio: z.number(), interval95: z.tuple([z.number(), z.number()]).nullable() }).nullable().describe("Mean own cost ÷ mean provider cost"),
  settings: z.object({ closedFrom: z.string(), closedTo: z.string(), asOf: z.string(), hourlyRateCents: z.number().int(), draws: z.number().int(), seed: z.number().int() }),
});

export type TrajectoryComparisonQuery = z.infer<typeof trajectoryComparisonQuerySchema>;
export type TrajectoryComparisonResult = z.infer<typeof trajectoryComparisonSchema>;
export type Provider = z.infer<typeof providerSchema>;
