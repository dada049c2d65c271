import { z } from "zod";

export const MOMENTS = ["start", "na_6_maanden", "afsluiting", "tussentijds"] as const;

export const instrumentSchema = z.object({
  code: z.string(),
  name: z.string(),
  builtIn: z.boolean(),
  domains: z.array(z.object({ code: z.string(), label: z.string() })),
  levels: z.array(z.object({ value: z.number().int(), label: z.string() })),
});

export const createInstrumentSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]{2,40}$/, "Gebruik 2–40 kleine letters, cijfers, _ of -"),
  name: z.string().trim().min(1, "Vul een naam in").max(200),
  domains: z
    .array(z.object({ code: z.string().trim().regex(/^[a-z0-9_]{1,60}$/, "Gebruik kleine letters, cijfers en _"), label: z.string().trim().min(1).max(200) }))
    .min(1, "Minstens één domein")
    .max(40)
    .refine((d) => new Set(d.map((x) => x.code)).size === d.length, "Elk domein één keer"),
  levels: z
    .array(z.object({ value: z.number().int(), label: z.string().trim().min(1).max(200) }))
    .min(2, "Minstens twee niveaus")
    .max(10)
    .refine((l) => new Set(l.map((x) => x.value)).size === l.length, "Elk niveau één keer"),
});

export const scoreSchema = z.object({
  domain: z.string().min(1),
  level: z.number().int(),
  reason: z.string().trim().min(1, "Geef aan waarom dit domein relevant is").max(1000, "Hoogstens 1000 tekens"),
});

export const measurementSchema = z.object({
  id: z.uuid(),
  instrumentCode: z.string(),
  moment: z.enum(MOMENTS),
  measuredOn: z.string(),
  scores: z.array(scoreSchema),
});

export const addMeasurementSchema = z.object({
  instrumentCode: z.string().min(1, "Kies een instrument"),
  moment: z.enum(MOMENTS, "Kies het meetmoment"),
  measuredOn: z.iso.date("Gebruik een datum als jjjj-mm-dd"),
  scores: z.array(scoreSchema).min(1, "Scoor minstens één domein dat bij de vraag hoort"),
});

export type Instrument = z.infer<typeof instrumentSchema>;
export type CreateInstrument = z.infer<typeof createInstrumentSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type AddMeasurement = z.infer<typeof addMeasurementSchema>;
