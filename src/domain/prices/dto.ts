import { z } from "zod";

/** Who pays (or saves): the stakeholders of a business case. */
export const PAYERS = ["gemeente_wmo", "gemeente_jeugd", "gemeente_participatie", "gemeente_overig", "zorgverzekeraar", "wlz", "uwv", "huishouden", "overig"] as const;
export type Payer = (typeof PAYERS)[number];

const year = z.number("Vul een jaartal in").int("Vul een heel jaartal in").min(2000, "Jaartal vanaf 2000").max(2100, "Jaartal tot 2100");

export const priceItemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  label: z.string(),
  unit: z.string(),
  priceCents: z.number().int(),
  priceYear: z.number().int(),
  payer: z.enum(PAYERS),
  source: z.string(),
  confidence: z.number().int().min(1).max(5),
  isExample: z.boolean(),
  version: z.number().int(),
  indexedCents: z.number().int().nullable().optional().describe("Price indexed to the requested year; null when the index series lacks a year"),
});

export const priceItemInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Vul een code in")
    .max(40, "Hoogstens 40 tekens")
    .regex(/^[A-Za-z0-9._-]+$/, "Gebruik letters, cijfers en . _ -"),
  label: z.string().trim().min(1, "Vul een omschrijving in").max(200, "Hoogstens 200 tekens"),
  unit: z.string().trim().min(1, "Vul een eenheid in (bijv. uur, dag, jaar)").max(40, "Hoogstens 40 tekens"),
  priceCents: z.number("Vul een bedrag in").int("Bedrag in hele centen").min(0, "Een prijs is niet negatief").max(100_000_000_00, "Bedrag te groot"),
  priceYear: year,
  payer: z.enum(PAYERS, "Kies wie betaalt"),
  source: z.string().trim().min(1, "Vermeld de bron").max(500, "Hoogstens 500 tekens"),
  confidence: z.number("Kies een betrouwbaarheid").int().min(1, "Betrouwbaarheid 1 tot en met 5").max(5, "Betrouwbaarheid 1 tot en met 5"),
  isExample: z.boolean().default(false),
});

export const updatePriceItemSchema = priceItemInputSchema.partial().extend({ version: z.number().int().min(1) });

export const priceListQuerySchema = z.object({ indexTo: z.coerce.number().int().min(2000).max(2100).optional() });

export const indexPointSchema = z.object({
  year,
  value: z.number("Vul een indexcijfer in").positive("Een indexcijfer is groter dan 0"),
  source: z.string().trim().min(1, "Vermeld de bron").max(300),
});
export const indexSeriesSchema = z.object({
  points: z.array(indexPointSchema).max(200).refine((points) => new Set(points.map((p) => p.year)).size === points.length, "Elk jaar mag één keer voorkomen"),
});

export type PriceItem = z.infer<typeof priceItemSchema>;
export type PriceItemInput = z.infer<typeof priceItemInputSchema>;
export type UpdatePriceItem = z.infer<typeof updatePriceItemSchema>;
export type IndexPoint = z.infer<typeof indexPointSchema>;
