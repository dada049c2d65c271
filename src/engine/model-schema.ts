import { z } from "zod";
import { MAX_EXPRESSION_LENGTH } from "./parse-expression";
import { PARAMETER_NAME_PATTERN } from "./reserved-names";

/** The format tag of version 1 of the model format; a new incompatible version gets a new tag. */
export const MODEL_FORMAT = "baatwijzer.model/1";
/** The Dutch standard real discount rate since 2021 (Werkgroep discontovoet 2020). */
export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Longest horizon accepted, in years. */
export const MAX_HORIZON = 500;
/** Most Monte Carlo draws accepted (time grows linearly: about 1.1–1.6 ms per 1,000 draws for 50 parameters). */
export const MAX_DRAWS = 100_000;

const fraction = (what: string) =>
  z.number().min(0).max(1).default(0).describe(`${what}: a fraction in [0, 1]; default 0.`);

const expression = (what: string) =>
  z
    .union([z.number(), z.string().min(1).max(MAX_EXPRESSION_LENGTH)])
    .describe(
      `${what}: a number, or an expression of numbers and parameter names with + - * / ^, parentheses, unary minus, min(…) and max(…).`,
    );

const yearIndex = z.number().int().min(0).describe("A year index: 0 is the first year of the horizon.");

const rate = z.number().gt(-1).max(1);

const uniform = z
  .strictObject({ dist: z.literal("uniform"), min: z.number(), max: z.number() })
  .describe("Uniform on [min, max]; the tornado uses min and max.");
const triangular = z
  .strictObject({ dist: z.literal("triangular"), min: z.number(), mode: z.number(), max: z.number() })
  .describe("Triangular with min ≤ mode ≤ max and min < max.");
const pert = z
  .strictObject({ dist: z.literal("pert"), min: z.number(), mode: z.number(), max: z.number() })
  .describe("PERT: min + (max − min) · Beta(1 + 4(mode − min)/(max − min), 1 + 4(max − mode)/(max − min)).");
const normal = z
  .strictObject({
    dist: z.literal("normal"),
    mean: z.number(),
    sd: z.number().positive(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .describe("Normal with mean and standard deviation; truncated to [min, max] when bounds are given.");

/** The uncertainty of a parameter: a probability distribution, tagged by `dist`. */
export const uncertaintySchema = z.discriminatedUnion("dist", [uniform, triangular, pert, normal]);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("A calendar date, YYYY-MM-DD.");

/**
 * Where a parameter's value can be observed: an item of the tenant's price list (by its code) or a figure of the
 * live registration over a period. Informational for the evaluation (the engine never reads it); apps use it to
 * show the assumption next to the observation (ex-post) and to adopt the observation as a new version.
 */
export const parameterLinkSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("priceItem"),
        code: z.string().min(1).max(100).describe("The price-list item's code, e.g. WMO-IB-UUR."),
      })
      .describe("The unit price of a price-list item, brought to the model's price year where possible."),
    z
      .strictObject({
        kind: z.literal("registration"),
        figure: z
          .string()
          .min(1)
          .max(100)
          .describe(
            "A registration figure: cases_opened, cases_closed, effect_share, hours_per_case, budget_spent (app-defined; unknown names are kept).",
          ),
        from: isoDate.describe("First day of the period, YYYY-MM-DD."),
        to: isoDate.describe("Last day of the period, YYYY-MM-DD."),
      })
      .describe("A figure of the registration over a period, e.g. the number of closed cases in 2025."),
  ])
  .describe("Optional: where this value can be observed. Ignored by the evaluation.");

/** A named input of the model with its base value, used in expressions. */
export const parameterSchema = z.strictObject({
  value: z.number().describe("The base value, used for the deterministic result."),
  unit: z.string().optional(),
  source: z.string().optional().describe("Where the value comes from (report, price list, year)."),
  uncertainty: uncertaintySchema.optional(),
  link: parameterLinkSchema.optional(),
});

/** Who pays or benefits. */
export const stakeholderSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.string().optional().describe("Free text, e.g. gemeente, zorgverzekeraar, huishoudens."),
});

/** A cost line: C[t] = amount × (1 + optimismBias) for each t in `years`. */
export const costSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  stakeholder: z.string().min(1).describe("The id of the stakeholder who bears the cost."),
  amount: expression("Amount per year, in euros of the price year"),
  years: z.array(yearIndex).min(1).describe("The year indices in which the amount is spent, each once."),
  optimismBias: fraction("Mark-up for optimism bias"),
});

/**
 * A benefit line: for t in [startYear, startYear + duration) within the horizon,
 * B[t] = quantity × (1 − deadweight)(1 − displacement)(1 − attribution)(1 − dropOff)^(t − startYear)
 *        × unitValue × (1 − optimismBias).
 */
export const benefitSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  stakeholder: z.string().min(1).describe("The id of the stakeholder who receives the benefit."),
  category: z.enum(["financial", "immaterial"]),
  quantity: expression("Quantity per year (e.g. participants)"),
  unitValue: expression("Value per unit, in euros of the price year"),
  startYear: yearIndex.default(0),
  duration: z.number().int().min(1).optional().describe("Number of years; default: to the end of the horizon."),
  deadweight: fraction("Share that would have happened anyway (nulalternatief)"),
  displacement: fraction("Share displaced from elsewhere"),
  attribution: fraction("Share due to others"),
  dropOff: fraction("Yearly decline after the first year"),
  optimismBias: fraction("Haircut for optimism bias"),
});

/** Monte Carlo settings: the same seed gives byte-identical results. */
export const monteCarloSchema = z.strictObject({
  draws: z.number().int().min(1).max(MAX_DRAWS),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** The public model format `baatwijzer.model/1` (see docs/model-format.md; JSON Schema in docs/model.schema.json). */
export const modelSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(MODEL_FORMAT),
    name: z.string().min(1),
    description: z.string().optional(),
    kind: z.enum(["mkba", "businesscase"]).describe("mkba: all welfare effects; businesscase: money only."),
    priceYear: z.number().int().min(1900).max(2200).describe("Prijspeil: the year whose prices all amounts use."),
    horizon: z.number().int().min(1).max(MAX_HORIZON).describe("Number of years; year indices run 0 … horizon − 1."),
    discountRate: z
      .union([rate, z.array(rate).min(1).max(MAX_HORIZON)])
      .default(DEFAULT_DISCOUNT_RATE)
      .describe("Real discount rate, or one rate per year (length = horizon). Default 0.0225."),
    firstYearDiscounted: z
      .boolean()
      .default(false)
      .describe("false: DF[t] = 1/∏(1+r) over years 1..t (DF[0] = 1); true: over years 0..t."),
    stakeholders: z.array(stakeholderSchema).min(1),
    parameters: z
      .record(z.string().regex(PARAMETER_NAME_PATTERN), parameterSchema)
      .default({})
      .describe("Named inputs; a name is an identifier, not min, max or a JavaScript object property name."),
    costs: z.array(costSchema).default([]),
    benefits: z.array(benefitSchema).default([]),
    monteCarlo: monteCarloSchema.optional(),
  })
  .meta({ title: "Baatwijzer model (baatwijzer.model/1)" });

/** A parsed model, defaults filled in. */
export type Model = z.output<typeof modelSchema>;
/** A model as written in JSON, defaults optional. */
export type ModelInput = z.input<typeof modelSchema>;
/** A parameter's distribution. */
export type Uncertainty = z.output<typeof uncertaintySchema>;
/** A parsed cost line. */
export type CostLine = z.output<typeof costSchema>;
/** Where a parameter's value can be observed (price list or registration); ignored by the evaluation. */
export type ParameterLink = z.output<typeof parameterLinkSchema>;
/** A parsed benefit line. */
export type BenefitLine = z.output<typeof benefitSchema>;
