import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExpressionNode } from "./expression-node";
import { MAX_EXPRESSION_DEPTH, parseExpression } from "./parse-expression";
import { evaluateText } from "./test-helpers";

const error = (text: string) => {
  const parsed = parseExpression(text);
  if (parsed.ok) throw new Error(`expected a syntax error for ${text}`);
  return parsed.error;
};

describe("parseExpression: precedence and associativity", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 - 4 - 3", 3], // left-associative
    ["8 / 4 / 2", 1], // left-associative
    ["2 ^ 3 ^ 2", 512], // right-associative: 2^(3^2)
    ["(2 ^ 3) ^ 2", 64],
    ["-2 ^ 2", -4], // unary minus binds looser than ^
    ["(-2) ^ 2", 4],
    ["2 ^ -1", 0.5],
    ["-2 * -3", 6],
    ["--4", 4],
    ["3 - -2", 5],
    ["2 * 3 ^ 2", 18],
    ["-3 ^ 2 * 2", -18],
    ["min(3, 1, 2)", 1],
    ["max(3, 1 + 5, 2)", 6],
    ["max(1)", 1],
    ["min(max(1, 2), 3) * 2", 4],
    ["1.5e3 + .5", 1500.5],
    ["  1\n+\t2 ", 3],
  ])("%s = %d", (text, expected) => {
    expect(evaluateText(text)).toBe(expected);
  });

  it("reads parameters", () => {
    expect(evaluateText("n * (1 - share) + min(n, cap)", { n: 10, share: 0.25, cap: 4 })).toBe(11.5);
  });

  it("folds constants to the same value as evaluating them", () => {
    expect(evaluateText("0.1 + 0.2")).toBe(0.1 + 0.2);
  });
});

describe("parseExpression: rejection", () => {
  it.each([
    ["constructor", "gereserveerde naam"],
    ["__proto__", "gereserveerde naam"],
    ["prototype * 2", "gereserveerde naam"],
    ["toString", "gereserveerde naam"],
    ["__defineGetter__", "gereserveerde naam"],
    ["sqrt(4)", 'onbekende functie "sqrt"'],
    ["eval(1)", 'onbekende functie "eval"'],
    ["constructor(1)", 'onbekende functie "constructor"'],
    ["Math.max(1, 2)", 'onverwacht teken "."'],
    ["min", "moet worden aangeroepen"],
    ["max + 1", "moet worden aangeroepen"],
    ["", "onvolledig"],
    ["1 +", "onvolledig"],
    ["2 ** 3", 'onverwacht "*"'],
    ["(1 + 2", 'verwacht ")"'],
    ["1 + 2)", 'onverwacht ")"'],
    ["min()", "onverwacht"],
    ["min(1,)", "onverwacht"],
    ["a b", 'onverwacht "b"'],
    ["a[0]", 'onverwacht teken "["'],
    ["'x'", "onverwacht teken"],
    ["0x10", "ongeldig getal"],
    ["1_000", "ongeldig getal"],
    ["1.2.3", "ongeldig getal"],
    ["2e", "ongeldig getal"],
    ["1e999", "te groot"],
    ["+1", 'onverwacht "+"'],
    ["x = 1", 'onverwacht teken "="'],
    ["a; b", 'onverwacht teken ";"'],
    ["`x`", "onverwacht teken"],
    ["1 − 2", 'onverwacht teken "−"'],
  ])("rejects %j", (text, message) => {
    expect(error(text).message).toContain(message);
  });

  it("reports a 1-based position", () => {
    expect(error("1 + * 2")).toEqual({ message: 'onverwacht "*"', position: 5 });
    expect(error("sqrt(2)").position).toBe(1);
  });

  it("limits nesting instead of exhausting the stack", () => {
    const deep = `${"(".repeat(MAX_EXPRESSION_DEPTH + 5)}1${")".repeat(MAX_EXPRESSION_DEPTH + 5)}`;
    expect(error(deep).message).toContain("dieper genest");
    expect(error("-".repeat(500) + "1").message).toContain("dieper genest");
    expect(evaluateText(`${"(".repeat(50)}1${")".repeat(50)}`)).toBe(1);
  });

  it("handles long flat chains", () => {
    expect(evaluateText(Array.from({ length: 4000 }, () => "1").join("+"))).toBe(4000);
  });

  it("rejects over-long text", () => {
    expect(error("1".repeat(10_001)).message).toContain("langer dan");
  });
});

describe("parseExpression: properties", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(..."0123456789.e+-*/^(),minaxb_ ") })), (text) => {
        const parsed = parseExpression(text);
        if (parsed.ok) expect(() => evaluateText(text, { a: 1, b: 2 })).not.toThrow();
        else expect(parsed.error.position).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  // Generate trees, print them fully parenthesised, parse back: the parser must rebuild the same value.
  const tree: fc.Arbitrary<ExpressionNode> = fc.letrec<{ node: ExpressionNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.integer({ min: 0, max: 1000 }).map((value): ExpressionNode => ({ kind: "number", value })),
      fc.constantFrom("a", "b").map((name): ExpressionNode => ({ kind: "parameter", name })),
      tie("node").map((operand): ExpressionNode => ({ kind: "negate", operand })),
      fc
        .record({ operator: fc.constantFrom("+", "-", "*", "/", "^" as const), left: tie("node"), right: tie("node") })
        .map((n): ExpressionNode => ({ kind: "binary", ...n })),
      fc
        .record({ callee: fc.constantFrom("min", "max" as const), args: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) })
        .map((n): ExpressionNode => ({ kind: "call", ...n })),
    ),
  })).node;
  const print = (n: ExpressionNode): string => {
    switch (n.kind) {
      case "number":
        return String(n.value);
      case "parameter":
        return n.name;
      case "negate":
        return `(-${print(n.operand)})`;
      case "binary":
        return `(${print(n.left)} ${n.operator} ${print(n.right)})`;
      case "call":
        return `${n.callee}(${n.args.map(print).join(", ")})`;
    }
  };
  const direct = (n: ExpressionNode, env: Record<string, number>): number => {
    switch (n.kind) {
      case "number":
        return n.value;
      case "parameter":
        return env[n.name] as number;
      case "negate":
        return -direct(n.operand, env);
      case "binary": {
        const l = direct(n.left, env);
        const r = direct(n.right, env);
        return n.operator === "+" ? l + r : n.operator === "-" ? l - r : n.operator === "*" ? l * r : n.operator === "/" ? l / r : l ** r;
      }
      case "call":
        return n.args.map((x) => direct(x, env)).reduce((x, y) => (n.callee === "min" ? Math.min(x, y) : Math.max(x, y)));
    }
  };

  it("round-trips printed trees", () => {
    fc.assert(
      fc.property(tree, fc.double({ noNaN: true, min: -1e3, max: 1e3 }), fc.double({ noNaN: true, min: -1e3, max: 1e3 }), (node, a, b) => {
        expect(evaluateText(print(node), { a, b })).toBe(direct(node, { a, b }));
      }),
      { numRuns: 500 },
    );
  });
});
