const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Formats a JSON path as users read it: `benefits[0].stakeholder`; keys that are not identifiers are quoted
 * (`parameters["aantal deelnemers"]`); the empty path (the document itself) is `$`.
 * @example formatPath(["benefits", 0, "stakeholder"]) // "benefits[0].stakeholder"
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === "" ? "$" : out;
}
