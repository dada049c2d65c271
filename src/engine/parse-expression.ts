import type { ExpressionNode, FunctionName } from "./expression-node";
import { isReservedName } from "./reserved-names";
import { type ExpressionSyntaxError, type ExpressionToken, tokenizeExpression } from "./tokenize-expression";

/** The outcome of parsing: a tree, or the first syntax error with its column. */
export type ParsedExpression =
  | { readonly ok: true; readonly node: ExpressionNode }
  | { readonly ok: false; readonly error: ExpressionSyntaxError };

/** Longest expression text accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 10_000;
/** Deepest nesting accepted (parentheses, unary minus, exponent chains), so no input can exhaust the stack. */
export const MAX_EXPRESSION_DEPTH = 100;

const FUNCTIONS: ReadonlySet<string> = new Set<FunctionName>(["min", "max"]);

class SyntaxFailure extends Error {
  constructor(readonly detail: ExpressionSyntaxError) {
    super(detail.message);
  }
}

const describe = (token: ExpressionToken): string => {
  switch (token.kind) {
    case "number":
      return `getal ${token.value}`;
    case "identifier":
      return `"${token.name}"`;
    case "operator":
    case "paren":
      return `"${token.symbol}"`;
    case "comma":
      return `","`;
    case "end":
      return "einde van de expressie";
  }
};

/**
 * Parses an expression of the model format with our own recursive-descent parser (never `eval`/`Function`).
 *
 * Grammar, loosest binding first:
 * ```
 * expression := term (("+" | "-") term)*          left-associative
 * term       := unary (("*" | "/") unary)*        left-associative
 * unary      := "-" unary | power
 * power      := primary ("^" unary)?              right-associative: 2^3^2 = 2^9 = 512
 * primary    := number | name | ("min" | "max") "(" expression ("," expression)* ")" | "(" expression ")"
 * ```
 * Unary minus binds looser than `^`, as in mathematics and Python (Excel differs): `-2^2` = −4, `2^-1` = 0.5.
 * Names that are reserved (`constructor`, `__proto__`, …) and calls of anything but `min`/`max` are rejected.
 * @example parseExpression("2^3^2") // { ok: true, node: { kind: "binary", operator: "^", … } } evaluating to 512
 */
export function parseExpression(text: string): ParsedExpression {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, error: { message: `expressie is langer dan ${MAX_EXPRESSION_LENGTH} tekens`, position: 1 } };
  }
  const tokenized = tokenizeExpression(text);
  if ("error" in tokenized) return { ok: false, error: tokenized.error };
  const tokens = tokenized.tokens;
  let index = 0;
  let depth = 0;

  const peek = (): ExpressionToken => tokens[index] ?? { kind: "end", position: text.length + 1 };
  const fail = (message: string, token: ExpressionToken = peek()): never => {
    throw new SyntaxFailure({ message, position: token.position });
  };
  const enter = (): void => {
    depth += 1;
    if (depth > MAX_EXPRESSION_DEPTH) fail(`expressie is dieper genest dan ${MAX_EXPRESSION_DEPTH} niveaus`);
  };
  const isOperator = (token: ExpressionToken, symbols: string): boolean =>
    token.kind === "operator" && symbols.includes(token.symbol);

  const expression = (): ExpressionNode => {
    let left = term();
    for (let token = peek(); isOperator(token, "+-"); token = peek()) {
      index += 1;
      left = { kind: "binary", operator: token.kind === "operator" && token.symbol === "+" ? "+" : "-", left, right: term() };
    }
    return left;
  };

  const term = (): ExpressionNode => {
    let left = unary();
    for (let token = peek(); isOperator(token, "*/"); token = peek()) {
      index += 1;
      left = { kind: "binary", operator: token.kind === "operator" && token.symbol === "*" ? "*" : "/", left, right: unary() };
    }
    return left;
  };

  // Every recursion (parentheses, arguments, exponents, unary minus) passes through here, so depth is counted once.
  const unary = (): ExpressionNode => {
    enter();
    let node: ExpressionNode;
    if (isOperator(peek(), "-")) {
      index += 1;
      node = { kind: "negate", operand: unary() };
    } else {
      node = power();
    }
    depth -= 1;
    return node;
  };

  const power = (): ExpressionNode => {
    const base = primary();
    if (!isOperator(peek(), "^")) return base;
    index += 1;
    return { kind: "binary", operator: "^", left: base, right: unary() };
  };

  const expect = (kind: "paren" | "comma", symbol?: string): void => {
    const token = peek();
    if (token.kind !== kind || (symbol !== undefined && token.kind === "paren" && token.symbol !== symbol)) {
      fail(`verwacht "${symbol ?? ","}" maar vond ${describe(token)}`);
    }
    index += 1;
  };

  const primary = (): ExpressionNode => {
    const token = peek();
    if (token.kind === "number") {
      index += 1;
      return { kind: "number", value: token.value };
    }
    if (token.kind === "paren" && token.symbol === "(") {
      index += 1;
      const inner = expression();
      expect("paren", ")");
      return inner;
    }
    if (token.kind === "identifier") {
      index += 1;
      const next = peek();
      if (next.kind === "paren" && next.symbol === "(") {
        if (!FUNCTIONS.has(token.name)) fail(`onbekende functie "${token.name}" (alleen min en max zijn toegestaan)`, token);
        index += 1;
        const args = [expression()];
        while (peek().kind === "comma") {
          index += 1;
          args.push(expression());
        }
        expect("paren", ")");
        return { kind: "call", callee: token.name === "min" ? "min" : "max", args };
      }
      if (FUNCTIONS.has(token.name)) fail(`functie "${token.name}" moet worden aangeroepen, zoals ${token.name}(a, b)`, token);
      if (isReservedName(token.name)) fail(`"${token.name}" is een gereserveerde naam en kan geen parameter zijn`, token);
      return { kind: "parameter", name: token.name };
    }
    return fail(token.kind === "end" ? "expressie is onvolledig" : `onverwacht ${describe(token)}`);
  };

  try {
    const node = expression();
    const rest = peek();
    if (rest.kind !== "end") fail(`onverwacht ${describe(rest)}`, rest);
    return { ok: true, node };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, error: error.detail };
    throw error;
  }
}
