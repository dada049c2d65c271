import type { Model } from "../../engine/model-schema";
import { runMonteCarlo } from "./monte-carlo-run";

/** Messages of the Monte Carlo worker: progress while it runs, then the run (or a failure). */
export type WorkerAnswer =
  | { readonly kind: "progress"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly run: ReturnType<typeof runMonteCarlo> }
  | { readonly kind: "failed"; readonly message: string };

/** The worker's global scope, typed by hand: the app's type program uses the DOM library, not the WebWorker one. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ model: Model; draws: number; seed: number }>) => void) | null;
  postMessage(answer: WorkerAnswer): void;
};

// The Monte Carlo runs here, off the main thread, so the page stays responsive and can show progress.
scope.onmessage = (event) => {
  const post = (answer: WorkerAnswer) => scope.postMessage(answer);
  try {
    const { model, draws, seed } = event.data;
    const run = runMonteCarlo(model, { draws, seed, onProgress: (done, total) => post({ kind: "progress", done, total }) });
    post({ kind: "done", run });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
