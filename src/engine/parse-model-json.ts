import { type ModelParse, parseModel } from "./parse-model";

/**
 * Reads a model from JSON text: invalid JSON is a finding at `$` (code `invalid_json`); otherwise as
 * {@link parseModel}. A leading byte-order mark is ignored.
 * @example parseModelJson("{").findings[0].code // "invalid_json"
 */
export function parseModelJson(text: string): ModelParse {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { model: null, findings: [{ level: "error", code: "invalid_json", path: "$", message: `ongeldige JSON: ${detail}` }] };
  }
  return parseModel(value);
}
