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

export const createContractSchema = z
  .object({
    organisationId: z.uuid("Kies de aanbieder of het consortium"),
    name: z.string().trim().min(1, "Geef het contract een naam").max(200),
    financing: z.enum(FINANCING, "Kies de financieringsvorm"),
    startsOn: isoDate,
    endsOn: isoDate,
    amountCents: z.number().int().min(0),
    targetStableOrBetter: z.number().min(0).max(1).default(0.75),
    targetSatisfaction: z.number().min(1).max(10).default(7.5),
    targetReach: z.number().int().min(0).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "De einddatum ligt vóór de begindatum" });
  });

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
