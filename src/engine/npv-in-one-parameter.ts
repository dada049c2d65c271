import type { CompiledModel } from "./compile-model";

/**
 * NPV as a function of one parameter, the others held at `values`: the inner loop of switching values and the
 * tornado, which ask for NPV at many values of one parameter at a time.
 *
 * Every line's present value at `values` is computed once; a call then re-evaluates only the lines whose
 * expression reads the varied parameter and reuses the stored present value of the others. The sum still runs over
 * all lines in model order with the same terms, so the result is bit for bit {@link netPresentValue} at `values`
 * with that one slot replaced — only cheaper (a line's value depends on no slot it does not read).
 * @example npvInOneParameter(compiled, compiled.baseValues)(0)(400) // netPresentValue(compiled, values with slot 0 = 400)
 */
export function npvInOneParameter(compiled: CompiledModel, values: Float64Array): (slot: number) => (x: number) => number {
  const lines = compiled.lines;
  const count = lines.length;
  const isCost = Uint8Array.from(lines, (line) => (line.type === "cost" ? 1 : 0));
  const stored = Float64Array.from(lines, (line) => line.evaluate(values) * line.pvWeight);
  return (slot) => {
    const reads = Uint8Array.from(lines, (line) => (line.parameterSlots.includes(slot) ? 1 : 0));
    const scratch = values.slice();
    return (x) => {
      scratch[slot] = x;
      let benefits = 0;
      let costs = 0;
      for (let i = 0; i < count; i++) {
        const line = lines[i] as CompiledModel["lines"][number];
        const pv = reads[i] === 1 ? line.evaluate(scratch) * line.pvWeight : (stored[i] as number);
        if (isCost[i] === 1) costs += pv;
        else benefits += pv;
      }
      return benefits - costs;
    };
  };
}
