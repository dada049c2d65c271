import type { Finding } from "../../engine/finding";

/** The id of the control for a model path (`benefits[0].quantity` → `mkba-benefits-0-quantity`). */
export const fieldId = (path: string): string => `mkba-${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;

/** The engine's findings per JSON path, so each field shows its own. */
export type FindingsByPath = ReadonlyMap<string, readonly Finding[]>;

export const findingsByPath = (findings: readonly Finding[]): FindingsByPath => {
  const map = new Map<string, Finding[]>();
  for (const finding of findings) map.set(finding.path, [...(map.get(finding.path) ?? []), finding]);
  return map;
};

/** The error messages at one path (and, with `below`, under it), joined for the field. */
export const errorAt = (map: FindingsByPath, path: string, { below = false }: { below?: boolean } = {}): string | undefined => {
  const found = [...map.entries()]
    .filter(([key]) => key === path || (below && (key.startsWith(`${path}.`) || key.startsWith(`${path}[`))))
    .flatMap(([, list]) => list.filter((f) => f.level === "error").map((f) => f.message));
  return found.length === 0 ? undefined : capitalise(found.join("; "));
};

/** The warnings at one path, for the field's description. */
export const warningAt = (map: FindingsByPath, path: string): string | undefined => {
  const found = (map.get(path) ?? []).filter((f) => f.level === "warning").map((f) => f.message);
  return found.length === 0 ? undefined : capitalise(found.join("; "));
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
