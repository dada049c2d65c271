import { useEffect, useMemo, useRef, useState } from "react";
import type { CompiledModel } from "../../engine/compile-model";
import { type Timed, type WhatIfSensitivity, whatIfSensitivity } from "./what-if";

/**
 * How long the what-if values must stay unchanged before the sensitivity is recomputed, in ms. While a slider
 * moves, only the key figures follow it; the tornado and switching values catch up when the user pauses.
 */
export const SENSITIVITY_DELAY_MS = 120;

export interface SensitivityState {
  /** The latest computed sensitivity; it may belong to earlier values while `updating`. */
  readonly latest: Timed<WhatIfSensitivity> | null;
  /** True while the shown sensitivity is not yet the one at the current model and what-if values. */
  readonly updating: boolean;
}

interface Computed {
  readonly compiled: CompiledModel;
  readonly values: Readonly<Record<string, number>>;
  readonly timed: Timed<WhatIfSensitivity>;
}

/**
 * The sensitivity (tornado and switching values) at the what-if values, computed in a task of its own after the key
 * figures have rendered: at once for a model without a result yet, else {@link SENSITIVITY_DELAY_MS} after the last
 * change (a newer change cancels the pending one). It is the engine's own computation, so once `updating` is false
 * the page shows exactly what `evaluateModel` gives at those values.
 */
export function useDeferredSensitivity(
  compiled: CompiledModel | null,
  values: Readonly<Record<string, number>>,
  onComputed: (milliseconds: number) => void = () => {},
): SensitivityState {
  const [computed, setComputed] = useState<Computed | null>(null);
  const hasResult = useRef(false);
  const report = useRef(onComputed);
  report.current = onComputed;

  useEffect(() => {
    if (!compiled) return;
    const timer = window.setTimeout(
      () => {
        const timed = whatIfSensitivity(compiled, values);
        hasResult.current = true;
        setComputed({ compiled, values, timed });
        report.current(timed.milliseconds);
      },
      hasResult.current ? SENSITIVITY_DELAY_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [compiled, values]);

  const updating = compiled !== null && !(computed !== null && computed.compiled === compiled && computed.values === values);
  const latest = computed?.timed ?? null;
  // The same object while nothing changes, so memoised views of it skip a render.
  return useMemo(() => ({ latest, updating }), [latest, updating]);
}
