import { z } from "zod";
import { PAYERS } from "../prices/dto";

/** Leeuwarden's three questions: what if we do nothing, with the regular options, with the alternative? */
export const SCENARIOS = ["niets_doen", "regulier", "alternatief"] as const;
export type ScenarioKey = (typeof SCENARIOS)[number];

export const costLineInputSchema = z
  .object({
    label: z.string().trim().min(1, "Beschrijf de kostenpost").max(200, "Hoogstens 200 tekens"),
    priceItemId: z.uuid("Kies een product uit de prijslijst").nullable().optional(),
    unitPriceCents: z.number().int("Bedrag in hele centen").min(0, "Een bedrag is niet negatief").nullable().optional(),
    quantity: z.number("Vul een aantal in").min(0, "Niet negatief").max(100_000),
    periods: z.number("Vul het aantal perioden in").min(0, "Niet negatief").max(600),
    payer: z.enum(PAYERS, "Kies wie betaalt").optional(),
    probability: z.number("Vul een kans in").min(0, "Een kans ligt tussen 0 en 1").max(1, "Een kans ligt tussen 0 en 1").default(1),
  })
  .superRefine((value, ctx) => {
    if (!value.priceItemId && (value.unitPriceCents === null || value.unitPriceCents === undefined)) {
      ctx.addIssue({ code: "custom", path: ["unitPriceCents"], message: "Kies een product uit de prijslijst of vul een bedrag in" });
    }
    if (!value.priceItemId && !value.payer) ctx.addIssue({ code: "custom", path: ["payer"], message: "Kies wie betaalt" });
  });

export const costLineSchema = z.object({
  label: z.string(),
  priceItemId: z.uuid().nullable(),
  unitPriceCents: z.number().int(),
  quantity: z.number(),
  periods: z.number(),
  payer: z.enum(PAYERS),
  probability: z.number(),
  expectedCents: z.number().int(),
});

const justificationSchema = z.object({
  rechtmatigheid: z.string().trim().max(2000, "Hoogstens 2000 tekens"),
  rendement: z.string().trim().max(2000, "Hoogstens 2000 tekens"),
  betrokkenheid: z.string().trim().max(2000, "Hoogstens 2000 tekens"),
});

const costSchema = z.object({ expectedCents: z.number().int(), byPayerCents: z.record(z.string(), z.number().int()) });

export const scenariosSchema = z.object({
  caseId: z.uuid(),
  lines: z.object({ niets_doen: z.array(costLineSchema), regulier: z.array(costLineSchema), alternatief: z.array(costLineSchema) }),
  totals: z.object({ niets_doen: costSchema, regulier: costSchema, alternatief: costSchema }),
  /** alternatief − regulier and alternatief − niets doen: negative means the alternative is cheaper. */
  differences: z.object({ alternatiefVsRegulier: costSchema, alternatiefVsNietsDoen: costSchema }),
  justification: justificationSchema,
  version: z.number().int().describe("0 while never saved"),
});

export const saveScenariosSchema = z.object({
  version: z.number().int().min(0),
  lines: z.object({
    niets_doen: z.array(costLineInputSchema).max(50),
    regulier: z.array(costLineInputSchema).max(50),
    alternatief: z.array(costLineInputSchema).max(50),
  }),
  justification: justificationSchema,
});

export type CostLine = z.infer<typeof costLineSchema>;
export type CostLineInput = z.infer<typeof costLineInputSchema>;
export type Scenarios = z.infer<typeof scenariosSchema>;
export type SaveScenarios = z.infer<typeof saveScenariosSchema>;
