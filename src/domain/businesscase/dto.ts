import { z } from "zod";

export const businessCaseQuerySchema = z
  .object({
    closedFrom: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
    closedTo: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
    teamId: z.uuid().optional(),
    approachId: z.uuid("Kies een aanpak uit de lijst").optional(),
    hourlyRateCents: z.coerce.number().int().min(1, "Vul een uurtarief in").max(100_000),
    priceYear: z.coerce.number().int().min(2000).max(2100),
    draws: z.coerce.number().int().min(100).max(20_000).default(2000),
    seed: z.coerce.number().int().min(0).default(1),
    teamRates: z
      .string()
      .optional()
      .transform((text, ctx) => parseTeamRates(text ?? "", ctx))
      .describe("Per-team hourly rates in cents overriding hourlyRateCents, as teamId:cents pairs separated by commas"),
  })
  .superRefine((v, ctx) => {
    if (v.closedTo < v.closedFrom) ctx.addIssue({ code: "custom", path: ["closedTo"], message: "De einddatum ligt vóór de begindatum" });
  });

/** Reads "teamId:cents,teamId:cents"; every bad pair is an issue at teamRates. */
function parseTeamRates(text: string, ctx: z.RefinementCtx): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const pair of text.split(",").filter((p) => p.trim() !== "")) {
    const [teamId = "", cents = ""] = pair.split(":").map((p) => p.trim());
    const value = Number(cents);
    if (!z.uuid().safeParse(teamId).success || !Number.isInteger(value) || value < 1 || value > 100_000) {
      ctx.addIssue({ code: "custom", message: "Vul per team een uurtarief in van € 0,01 tot € 1.000" });
      continue;
    }
    rates[teamId] = value;
  }
  return rates;
}

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
  costsByKindCents: z
    .object({ hours: z.number().int(), budget: z.number().int(), vrijwilligerskosten: z.number().int(), activiteit: z.number().int(), overig: z.number().int() })
    .describe("Front-line costs of all selected cases by kind: hours × rate, approved budget spending and the case cost lines"),
  factors: z
    .array(z.object({ id: z.uuid(), kind: z.enum(["success_factor", "failure_factor"]), label: z.string(), active: z.boolean(), cases: count }))
    .describe("Success and failure factors with the number of selected cases tagged with each; retired ones (active false) still count"),
  flaggedList: z
    .array(z.object({ ref: z.string(), verdict: z.enum(["prevented", "reduced", "ended"]), costsCents: z.number().int(), benefitsCents: z.number().int() }))
    .nullable()
    .describe("The flagged cases by a short pseudonymous reference; null when fewer than 5 (suppressed)"),
  flaggedCases: count.describe("Reviewed cases whose front-line costs exceed the maatwerk they replaced (Breda's warning)"),
  panelAgreement: z
    .object({ cases: count, fleissKappa: z.number().nullable() })
    .describe("Agreement of the three reviewers on the selected cases with three verdicts (Fleiss' kappa); kappa null below 5 such cases or when undefined"),
  unindexedPrices: z.array(z.string()).describe("Price-list codes that could not be indexed to the price year (no index value)"),
  settings: z.object({ hourlyRateCents: z.number().int(), teamRates: z.record(z.string(), z.number().int()), priceYear: z.number().int(), draws: z.number().int(), seed: z.number().int() }),
});

export type BusinessCaseQuery = z.output<typeof businessCaseQuerySchema>;
export type BusinessCaseQueryInput = z.input<typeof businessCaseQuerySchema>;
export type BusinessCaseResult = z.infer<typeof businessCaseSchema>;

export const filterChoicesSchema = z.object({
  teams: z.array(z.object({ id: z.uuid(), name: z.string() })),
  approaches: z.array(z.object({ id: z.uuid(), label: z.string(), active: z.boolean() })).describe("Retired approaches too: past cases can still be selected by them"),
});
export type FilterChoices = z.infer<typeof filterChoicesSchema>;
