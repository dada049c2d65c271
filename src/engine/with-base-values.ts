import type { CompiledModel } from "./compile-model";

/**
 * The compiled model with some parameters' base values replaced (names the model does not have are ignored): the
 * same as compiling the model with those values, without compiling again — expressions, weights and discount
 * factors do not depend on parameter values, only the parameter vector and the model's values do. For what-if
 * sliders, which change values many times a second. Returns `compiled` itself when nothing changes.
 * @example keyFigures(withBaseValues(compiled, { huishoudens: 400 })).npv // as keyFigures(compileModel(model with huishoudens 400))
 */
export function withBaseValues(compiled: CompiledModel, values: Readonly<Record<string, number>>): CompiledModel {
  const model = compiled.model;
  const changed = compiled.parameterNames.filter((name) => Object.hasOwn(values, name));
  if (changed.length === 0) return compiled;
  const baseValues = compiled.baseValues.slice();
  const parameters = { ...model.parameters };
  compiled.parameterNames.forEach((name, slot) => {
    if (!Object.hasOwn(values, name)) return;
    const value = values[name] as number;
    baseValues[slot] = value;
    parameters[name] = { ...(parameters[name] as (typeof parameters)[string]), value };
  });
  return { ...compiled, model: { ...model, parameters }, baseValues };
}
