/**
 * Names a parameter may not have and an expression may not use as an identifier: the two function names, and
 * names that collide with JavaScript object machinery (`constructor`, `__proto__`, …). Keeping them out closes
 * prototype-pollution paths in every consumer of the model, not only ours.
 */
export const RESERVED_NAMES: readonly string[] = [
  "min",
  "max",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "toString",
  "valueOf",
];

/** The pattern of a parameter name: an identifier, not reserved, not starting with `__`. */
export const PARAMETER_NAME_PATTERN = new RegExp(`^(?!__)(?!(?:${RESERVED_NAMES.join("|")})$)[A-Za-z_][A-Za-z0-9_]*$`);

/**
 * True for names in {@link RESERVED_NAMES} and names starting with `__` (such as `__proto__`).
 * @example isReservedName("constructor") // true
 */
export const isReservedName = (name: string): boolean => name.startsWith("__") || RESERVED_NAMES.includes(name);
