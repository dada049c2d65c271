import { applyOperator } from "./compile-expression";
import type { BinaryOperator, ExpressionNode } from "./expression-node";

/** Where the values of parameters come from: a column of draws for uncertain ones, a fixed value otherwise. */
export interface ColumnBindings {
  readonly draws: number;
  readonly columnOf: (name: string) => Float64Array | undefined;
  readonly valueOf: (name: string) => number;
}

/** Scratch columns of one length, reused from one node (and one line) to the next. */
export class ColumnPool {
  private readonly free: Float64Array[] = [];
  /** Starts with `reserve` columns carved from one allocation; more are allocated when needed. */
  constructor(
    readonly draws: number,
    reserve = 8,
  ) {
    const block = new Float64Array(draws * reserve);
    for (let k = 0; k < reserve; k++) this.free.push(block.subarray(k * draws, (k + 1) * draws));
  }
  acquire(): Float64Array {
    return this.free.pop() ?? new Float64Array(this.draws);
  }
  release(column: Float64Array): void {
    this.free.push(column);
  }
}

/**
 * The value of an expression over all draws: a constant, or a column — either a parameter's own column
 * (`owned: false`, read only) or a scratch column from the pool (`owned: true`; hand it back with `pool.release`).
 */
export type ColumnValue = number | { readonly column: Float64Array; readonly owned: boolean };

type Kernel = (a: Float64Array, b: Float64Array, out: Float64Array) => void;
type ConstKernel = (a: Float64Array, k: number, out: Float64Array) => void;

// One tight loop per operator and operand shape: no per-element dispatch, no allocation per draw.
const VV: Record<BinaryOperator | "min" | "max", Kernel> = {
  "+": (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) + (b[i] as number); },
  "-": (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) - (b[i] as number); },
  "*": (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) * (b[i] as number); },
  "/": (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) / (b[i] as number); },
  "^": (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) ** (b[i] as number); },
  min: (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.min(a[i] as number, b[i] as number); },
  max: (a, b, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.max(a[i] as number, b[i] as number); },
};
/** Column op constant (`a[i] op k`). */
const VK: Record<BinaryOperator | "min" | "max", ConstKernel> = {
  "+": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) + k; },
  "-": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) - k; },
  "*": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) * k; },
  "/": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) / k; },
  "^": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = (a[i] as number) ** k; },
  min: (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.min(a[i] as number, k); },
  max: (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.max(a[i] as number, k); },
};
/** Constant op column (`k op a[i]`); min and max are symmetric. */
const KV: Record<BinaryOperator | "min" | "max", ConstKernel> = {
  "+": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = k + (a[i] as number); },
  "-": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = k - (a[i] as number); },
  "*": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = k * (a[i] as number); },
  "/": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = k / (a[i] as number); },
  "^": (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = k ** (a[i] as number); },
  min: (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.min(k, a[i] as number); },
  max: (a, k, o) => { for (let i = 0; i < o.length; i++) o[i] = Math.max(k, a[i] as number); },
};

type Op = BinaryOperator | "min" | "max";

const combine = (op: Op, l: ColumnValue, r: ColumnValue, pool: ColumnPool): ColumnValue => {
  if (typeof l === "number" && typeof r === "number") {
    if (op === "min") return Math.min(l, r);
    if (op === "max") return Math.max(l, r);
    return applyOperator(op, l, r);
  }
  if (typeof r === "number") {
    const left = l as Exclude<ColumnValue, number>;
    const out = left.owned ? left.column : pool.acquire();
    VK[op](left.column, r, out);
    return { column: out, owned: true };
  }
  if (typeof l === "number") {
    const out = r.owned ? r.column : pool.acquire();
    KV[op](r.column, l, out);
    return { column: out, owned: true };
  }
  // Elementwise kernels may write into an operand they own.
  const out = l.owned ? l.column : r.owned ? r.column : pool.acquire();
  VV[op](l.column, r.column, out);
  if (l.owned && r.owned) pool.release(r.column);
  return { column: out, owned: true };
};

/**
 * Evaluates an expression over all Monte Carlo draws at once, the numpy way without numpy: every uncertain
 * parameter is a column of draws and every operator runs one tight loop over the columns (one loop per operator and
 * operand shape, so no dispatch per element). Scratch columns come from `pool` and are reused, so a whole run
 * allocates only a handful of columns and nothing per draw. Sub-trees without uncertain parameters fold to constants
 * with exactly the arithmetic of {@link compileExpression}, so a draw with every parameter at its base value
 * reproduces the deterministic result bit for bit.
 * @example evaluateColumn(parse("2 * p"), { draws: 2, columnOf: () => Float64Array.of(1, 3), valueOf: () => 0 }, pool)
 *   // { column: Float64Array [2, 6], owned: true }
 */
export function evaluateColumn(node: ExpressionNode, bindings: ColumnBindings, pool: ColumnPool): ColumnValue {
  switch (node.kind) {
    case "number":
      return node.value;
    case "parameter": {
      const column = bindings.columnOf(node.name);
      return column === undefined ? bindings.valueOf(node.name) : { column, owned: false };
    }
    case "negate": {
      const operand = evaluateColumn(node.operand, bindings, pool);
      if (typeof operand === "number") return -operand;
      const a = operand.column;
      const out = operand.owned ? a : pool.acquire();
      for (let i = 0; i < out.length; i++) out[i] = -(a[i] as number);
      return { column: out, owned: true };
    }
    case "binary":
      return combine(node.operator, evaluateColumn(node.left, bindings, pool), evaluateColumn(node.right, bindings, pool), pool);
    case "call": {
      let acc = evaluateColumn(node.args[0] as ExpressionNode, bindings, pool);
      for (let i = 1; i < node.args.length; i++) {
        acc = combine(node.callee, acc, evaluateColumn(node.args[i] as ExpressionNode, bindings, pool), pool);
      }
      return acc;
    }
  }
}

/**
 * Adds `weight` × the expression's value to `target`, draw by draw: target[i] += v[i] × weight. A top-level product
 * (every benefit line is quantity × unitValue) is fused into the same loop as (l[i] × r[i]) × weight, the very
 * arithmetic of the scalar path, so no intermediate column is written.
 * @example accumulateColumn(parse("q * v"), 0.9, pvBenefits, bindings, pool)
 */
export function accumulateColumn(
  node: ExpressionNode,
  weight: number,
  target: Float64Array,
  bindings: ColumnBindings,
  pool: ColumnPool,
): void {
  const n = target.length;
  if (node.kind === "binary" && node.operator === "*") {
    const l = evaluateColumn(node.left, bindings, pool);
    const r = evaluateColumn(node.right, bindings, pool);
    if (typeof l !== "number" && typeof r !== "number") {
      const a = l.column;
      const b = r.column;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + (a[i] as number) * (b[i] as number) * weight;
    } else if (typeof l !== "number") {
      const a = l.column;
      const k = r as number;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + (a[i] as number) * k * weight;
    } else if (typeof r !== "number") {
      const b = r.column;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + l * (b[i] as number) * weight;
    } else {
      const pv = l * r * weight;
      for (let i = 0; i < n; i++) target[i] = (target[i] as number) + pv;
    }
    if (typeof l !== "number" && l.owned) pool.release(l.column);
    if (typeof r !== "number" && r.owned) pool.release(r.column);
    return;
  }
  const value = evaluateColumn(node, bindings, pool);
  if (typeof value === "number") {
    const pv = value * weight;
    for (let i = 0; i < n; i++) target[i] = (target[i] as number) + pv;
    return;
  }
  const column = value.column;
  for (let i = 0; i < n; i++) target[i] = (target[i] as number) + (column[i] as number) * weight;
  if (value.owned) pool.release(column);
}
