import { z } from "zod";

export const businessCaseQuerySchema = z
  .object({
    closedFrom: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
    closedTo: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
    teamId: z.uuid().optional(),
    hourlyRateCents: z.coerce.number().int().min(1, "Vul een uurtarief in").max(100_000),
    priceYear: z.coerce.number().int().min(2000).max(2100),
    draws: z.coerce.number().int().min(100).max(20_000).default(2000),
    seed: z.coerce.number().int().min(0).default(1),
  })
  .superRefine((v, ctx) => {
    if (v.closedTo < v.closedFrom) ctx.addIssue({ code: "custom", path: ["closedTo"], message: "De einddatum ligt vóór de begindatum" });
  });

const count = z.number().int().nullable().describe("null when below 5 (suppressed)");

export const businessCaseSchema = z.object({
  cases: z.number().int(),
  reviewed: count,
  verdicts: z.object({ prevented: count, reduced: count, ended: count, none: count }),
  closingOutcomes: z.object({ maatwerk_nodig: count, lichte_vorm: count, andere_oplossing: count }),
  effectShare: z.object({ value: z.number().nullable(), wilson95: z.tuple([z.number(), z.number()]).nullable() }),
  reviewedScope: z.object({ costsCents: z.number().int(), benefitsCents: z.number().int(), benefitsByPayerCents: z.record(z.string(), z.number().int()), netCents: z.number().int(), bcr: z.number().nullable() }),
  allCases: z.object({ costsCents: z.number().int(), extrapolatedBenefitsCents: z.number().int().nullable(), extrapolatedNetCents: z.number().int().nullable(), bootstrapNet95Cents: z.tuple([z.number().int(), z.number().int()]).nullable() }),
  frontToBack: z
    .object({ perEuro: z.number(), interval95: z.tuple([z.number(), z.number()]).nullable() })
    .nullable()
    .describe("€ 1 at the front saves € X at the back: extrapolated avoided maatwerk ÷ front-line costs, with the bootstrap interval (costs are fixed, so it follows from the net interval)"),
  flaggedCases: count.describe("Reviewed cases whose front-line costs exceed the maatwerk they replaced (Breda's warning)"),
  unindexedPrices: z.array(z.string()).describe("Price-list codes that could not be indexed to the price year (no index value)"),
  settings: z.object({ hourlyRateCents: z.number().int(), priceYear: z.number().int(), draws: z.number().int(), seed: z.number().int() }),
});

export type BusinessCaseQuery = z.infer<typeof businessCaseQuerySchema>;
export type BusinessCaseResult = z.infer<typeof businessCaseSchema>;
