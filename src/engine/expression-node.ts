/** A binary operator of the expression language; `^` is exponentiation. */
export type BinaryOperator = "+" | "-" | "*" | "/" | "^";

/** The only functions an expression may call. */
export type FunctionName = "min" | "max";

/**
 * The syntax tree of an expression (`amount`, `quantity`, `unitValue`): numbers, parameter names, unary minus,
 * the five binary operators and calls of `min`/`max`. Nothing else exists, so nothing else can be evaluated.
 */
export type ExpressionNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "parameter"; readonly name: string }
  | { readonly kind: "negate"; readonly operand: ExpressionNode }
  | {
      readonly kind: "binary";
      readonly operator: BinaryOperator;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    }
  | { readonly kind: "call"; readonly callee: FunctionName; readonly args: readonly ExpressionNode[] };
