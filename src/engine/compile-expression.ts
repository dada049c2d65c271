import type { BinaryOperator, ExpressionNode } from "./expression-node";

/** A compiled expression: reads parameter values by slot from a flat vector. */
export type CompiledExpression = (values: Float64Array) => number;

/**
 * Applies a binary operator to two numbers; `^` is `Math.pow` (IEEE semantics: 0/0 = NaN, 1/0 = Infinity).
 * @example applyOperator("^", 2, 10) // 1024
 */
export const applyOperator = (operator: BinaryOperator, a: number, b: number): number => {
  switch (operator) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "^":
      return a ** b;
  }
};

const binary = (operator: BinaryOperator, l: CompiledExpression, r: CompiledExpression): CompiledExpression => {
  switch (operator) {
    case "+":
      return (v) => l(v) + r(v);
    case "-":
      return (v) => l(v) - r(v);
    case "*":
      return (v) => l(v) * r(v);
    case "/":
      return (v) => l(v) / r(v);
    case "^":
      return (v) => l(v) ** r(v);
  }
};

/**
 * Compiles an expression tree once into a tree of closures over a parameter vector, so that repeated evaluation
 * (switching values, tornado) does no parsing, no lookups by name and no allocation. Constant sub-trees are folded.
 * `slotOf` maps a parameter name to its index in the vector; an unknown name is a programming error (models are
 * validated first) and throws.
 * @example compileExpression(parse("2 * n + 1"), () => 0)(Float64Array.of(3)) // 7
 */
export function compileExpression(node: ExpressionNode, slotOf: (name: string) => number): CompiledExpression {
  const compiled = compile(node, slotOf);
  if (typeof compiled === "number") return () => compiled;
  return compiled;
}

/** One pass: a number when the sub-tree is constant, else a closure. */
function compile(n: ExpressionNode, slotOf: (name: string) => number): CompiledExpression | number {
  switch (n.kind) {
    case "number":
      return n.value;
    case "parameter": {
      const slot = slotOf(n.name);
      if (!Number.isInteger(slot) || slot < 0) throw new Error(`unknown parameter ${n.name}`);
      return (v) => v[slot] as number;
    }
    case "negate": {
      const operand = compile(n.operand, slotOf);
      if (typeof operand === "number") return -operand;
      return (v) => -operand(v);
    }
    case "binary": {
      const l = compile(n.left, slotOf);
      const r = compile(n.right, slotOf);
      if (typeof l === "number" && typeof r === "number") return applyOperator(n.operator, l, r);
      return binary(n.operator, lift(l), lift(r));
    }
    case "call": {
      const pick = n.callee === "min" ? Math.min : Math.max;
      const args = n.args.map((arg) => compile(arg, slotOf));
      if (args.every((a) => typeof a === "number")) return args.reduce((acc: number, x) => pick(acc, x as number), args[0] as number);
      return args.map(lift).reduce((acc, next) => (v) => pick(acc(v), next(v)));
    }
  }
}

const lift = (c: CompiledExpression | number): CompiledExpression => (typeof c === "number" ? () => c : c);
