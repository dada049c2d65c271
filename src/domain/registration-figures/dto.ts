import { z } from "zod";

/** The registration figures a model parameter can be linked to (docs/model-format.md, "Parameter links"). */
export const REGISTRATION_FIGURES = ["cases_opened", "cases_closed", "effect_share", "hours_per_case", "budget_spent"] as const;
export type RegistrationFigureKey = (typeof REGISTRATION_FIGURES)[number];

/** The unit of a figure's value: money is integer cents, as everywhere in the API. */
export const FIGURE_UNITS = {
  cases_opened: "cases",
  cases_closed: "cases",
  effect_share: "fraction",
  hours_per_case: "hours",
  budget_spent: "cents",
} as const satisfies Record<RegistrationFigureKey, string>;

const isoDate = z.iso.date("Gebruik een datum als jjjj-mm-dd");

export const registrationFiguresQuerySchema = z
  .object({ from: isoDate.describe("First day, YYYY-MM-DD"), to: isoDate.describe("Last day, YYYY-MM-DD") })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "De einddatum ligt vóór de begindatum" });

export const registrationFigureSchema = z.object({
  key: z.enum(REGISTRATION_FIGURES),
  unit: z.enum(["cases", "fraction", "hours", "cents"]),
  /** Null when suppressed (fewer than 5 cases or bookings behind it) or when there is nothing to divide by. */
  value: z.number().nullable(),
  /** How many cases (or bookings) the figure rests on; null when suppressed. */
  basis: z.number().int().nullable(),
  suppressed: z.boolean(),
});

export const registrationFiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  figures: z.array(registrationFigureSchema),
});

export type RegistrationFiguresQuery = z.infer<typeof registrationFiguresQuerySchema>;
export type RegistrationFigure = z.infer<typeof registrationFigureSchema>;
export type RegistrationFigures = z.infer<typeof registrationFiguresSchema>;
