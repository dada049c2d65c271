/** A token of the expression language; `position` is the 1-based column of its first character. */
export type ExpressionToken =
  | { readonly kind: "number"; readonly value: number; readonly position: number }
  | { readonly kind: "identifier"; readonly name: string; readonly position: number }
  | { readonly kind: "operator"; readonly symbol: "+" | "-" | "*" | "/" | "^"; readonly position: number }
  | { readonly kind: "paren"; readonly symbol: "(" | ")"; readonly position: number }
  | { readonly kind: "comma"; readonly position: number }
  | { readonly kind: "end"; readonly position: number };

/** A syntax error with a Dutch message and the 1-based column where it was found. */
export interface ExpressionSyntaxError {
  readonly message: string;
  readonly position: number;
}

const NUMBER = /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER_TAIL = /[A-Za-z0-9_.]/;
const OPERATORS = new Set(["+", "-", "*", "/", "^"]);

/**
 * Splits an expression into tokens: decimal numbers (`12`, `0.5`, `.5`, `1e6`), identifiers, `+ - * / ^`,
 * parentheses and commas; blanks are skipped. Any other character is a syntax error.
 * @example tokenizeExpression("2*n").tokens.length // 4 (number, operator, identifier, end)
 */
export function tokenizeExpression(
  text: string,
): { readonly tokens: readonly ExpressionToken[] } | { readonly error: ExpressionSyntaxError } {
  const tokens: ExpressionToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const position = i + 1;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i += 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      const after = text.charAt(i + number[0].length);
      if (NUMBER_TAIL.test(after)) {
        return { error: { message: `ongeldig getal "${number[0]}${after}"`, position } };
      }
      const value = Number(number[0]);
      if (!Number.isFinite(value)) return { error: { message: `getal "${number[0]}" is te groot`, position } };
      tokens.push({ kind: "number", value, position });
      i += number[0].length;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const identifier = IDENTIFIER.exec(text);
    if (identifier) {
      tokens.push({ kind: "identifier", name: identifier[0], position });
      i += identifier[0].length;
      continue;
    }
    if (OPERATORS.has(ch)) {
      tokens.push({ kind: "operator", symbol: ch as "+" | "-" | "*" | "/" | "^", position });
    } else if (ch === "(" || ch === ")") {
      tokens.push({ kind: "paren", symbol: ch, position });
    } else if (ch === ",") {
      tokens.push({ kind: "comma", position });
    } else {
      return { error: { message: `onverwacht teken "${ch}"`, position } };
    }
    i += 1;
  }
  tokens.push({ kind: "end", position: text.length + 1 });
  return { tokens };
}
