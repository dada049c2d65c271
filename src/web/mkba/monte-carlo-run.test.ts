import { describe, expect, it } from "vitest";
import { evaluateModel } from "../../engine/evaluate-model";
import { parseModel } from "../../engine/parse-model";
import { MODEL_TEMPLATES } from "../../domain/models/templates";
import { CHUNK, histogram, runMonteCarlo } from "./monte-carlo-run";

describe("runMonteCarlo", () => {
  it("gives exactly the engine's Monte Carlo summary, in chunks with progress", () => {
    const model = parseModel(MODEL_TEMPLATES["sociaal-wijkteam"]).model!;
    const draws = 2 * CHUNK + 123;
    const progress: number[] = [];
    const run = runMonteCarlo(model, { draws, seed: 7, onProgress: (done) => progress.push(done) });
    const engine = evaluateModel({ ...model, monteCarlo: { draws, seed: 7 } }).result.monteCarlo!;
    expect(run.npv).toEqual(engine.npv);
    expect(run.bcr).toEqual(engine.bcr);
    expect(run.probabilityPositiveNpv).toBe(engine.probabilityPositiveNpv);
    expect(progress).toEqual([CHUNK, 2 * CHUNK, draws]);
    expect(run.histogram!.counts.reduce((a, b) => a + b, 0)).toBe(draws);
  });
});

describe("histogram", () => {
  it("bins between min and max, the max in the last bin", () => {
    expect(histogram(Float64Array.of(0, 1, 2, 3), 2)).toEqual({ edges: [0, 1.5, 3], counts: [2, 2] });
    expect(histogram(Float64Array.of(5, 5, 5), 3).counts).toEqual([3, 0, 0]);
  });
});
