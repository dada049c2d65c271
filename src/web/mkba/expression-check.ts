import { expressionParameters } from "../../engine/expression-parameters";
import { parseExpression } from "../../engine/parse-expression";

/** What is wrong with an expression as typed: nothing typed, a syntax error at a column, or unknown parameter names. */
export type ExpressionProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "syntax"; readonly message: string; readonly position: number }
  | { readonly kind: "unknownParameter"; readonly names: readonly string[] };

/**
 * Checks an amount, quantity or unit value while it is typed, with the engine's own parser (the same one that
 * evaluates it), so the message at the field is the one the model check would give.
 * @example checkExpression("a * (b", new Set(["a", "b"])) // { kind: "syntax", message: 'verwacht ")" …', position: 7 }
 */
export function checkExpression(text: string, parameters: ReadonlySet<string>): ExpressionProblem | null {
  if (text.trim() === "") return { kind: "empty" };
  const parsed = parseExpression(text);
  if (!parsed.ok) return { kind: "syntax", message: parsed.error.message, position: parsed.error.position };
  const unknown = expressionParameters(parsed.node).filter((name) => !parameters.has(name));
  return unknown.length > 0 ? { kind: "unknownParameter", names: unknown } : null;
}

const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * What the model stores for a typed expression: a plain number as a number (so the JSON stays readable), anything
 * else as the text. A Dutch decimal comma in a plain number is accepted (`0,5` → 0.5).
 * @example expressionValue("0,5") // 0.5
 */
export function expressionValue(text: string): number | string {
  const trimmed = text.trim();
  const normal = /^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(",", ".") : trimmed;
  return PLAIN_NUMBER.test(normal) ? Number(normal) : text;
}

/** The text of a stored expression, for its field. */
export const expressionText = (value: number | string | undefined): string => (value === undefined ? "" : String(value));
