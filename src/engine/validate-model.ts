import type { Finding } from "./finding";
import { parseModel } from "./parse-model";

/**
 * All findings about a model (errors and warnings, each with its JSON path and a Dutch message); the model is valid
 * when none is an error. Never throws.
 * @example validateModel({ format: "baatwijzer.model/1" }).filter((f) => f.code === "missing_field").length // 5
 */
export const validateModel = (input: unknown): readonly Finding[] => parseModel(input).findings;
