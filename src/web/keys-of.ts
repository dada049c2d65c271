/**
 * The keys of a `Record<Value, true>` in their written order. Lets the web app write out a domain
 * enum without importing the zod-based DTO module at runtime: the compiler reports a missing or
 * unknown value, and a unit test beside each list checks the order against the domain constant.
 * @example keysOf<"a" | "b">({ a: true, b: true }) // ["a", "b"]
 */
export const keysOf = <Value extends string>(record: Record<Value, true>): Value[] => Object.keys(record) as Value[];
