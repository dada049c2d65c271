import { type DependencyList, useCallback, useEffect, useRef, useState } from "react";

export type QueryState<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly error: unknown }
  | { readonly status: "ok"; readonly data: T; readonly loadId: number };

/**
 * Loads data for a page. `reload` fetches again while the current data stays on screen (so forms
 * and focus survive); a change in `deps` starts over. A newer load cancels an older one, so a slow
 * answer never replaces a fresh one. `loadId` counts successful loads, to reset forms after a
 * reload; `setData` puts a saved row in place without fetching.
 */
export const useApiQuery = <T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) => {
  const [state, setState] = useState<QueryState<T>>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const refreshing = useRef(false);
  const loads = useRef(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to load again
  useEffect(() => {
    const controller = new AbortController();
    const keepData = refreshing.current;
    refreshing.current = false;
    setState((current) => (keepData && current.status === "ok" ? current : { status: "loading" }));
    loadRef.current(controller.signal).then(
      (data) => {
        loads.current += 1;
        if (!controller.signal.aborted) setState({ status: "ok", data, loadId: loads.current });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback(() => {
    refreshing.current = true;
    setGeneration((value) => value + 1);
  }, []);

  const setData = useCallback((update: (data: T) => T) => {
    setState((current) => (current.status === "ok" ? { ...current, data: update(current.data) } : current));
  }, []);

  return { state, reload, setData };
};
