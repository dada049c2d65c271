import type { ExpressionNode } from "./expression-node";

/**
 * The parameter names an expression uses, in order of first appearance, each once.
 * @example expressionParameters(parse("a * b + a")) // ["a", "b"]
 */
export function expressionParameters(node: ExpressionNode): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const visit = (n: ExpressionNode): void => {
    switch (n.kind) {
      case "number":
        return;
      case "parameter":
        if (!seen.has(n.name)) {
          seen.add(n.name);
          names.push(n.name);
        }
        return;
      case "negate":
        visit(n.operand);
        return;
      case "binary":
        visit(n.left);
        visit(n.right);
        return;
      case "call":
        for (const arg of n.args) visit(arg);
        return;
    }
  };
  visit(node);
  return names;
}
