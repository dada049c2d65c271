// What-if benchmark (issue 7): the studio's slider response on a model of 50 uncertain parameters over 30 years
// (the engine benchmark's model), timed over a fixed sequence of slider moves. Target: ≤ 100 ms per move.
//
// Timed side by side in the same process, in alternating rounds (the machine is shared):
// - slider path: what the studio computes on each move — the key figures (NPV, BCRs, classification, per stakeholder,
//   flows per year, payback) on the model compiled once, re-based to the slider values (whatIfKeyFigures);
// - deferred sensitivity: switching values and tornado at those values, computed when the sliders pause
//   (whatIfSensitivity);
// - full recompute: compile + key figures + sensitivity (evaluateModel without Monte Carlo), which is what every
//   move computed before the split;
// - plain JS: the NPV alone, written out by hand for this model (loops over lines and years, no engine), the floor
//   any implementation has to pay for one NPV.
// The slider path plus the deferred sensitivity is exactly the full recompute (property test in
// src/web/mkba/what-if.test.ts); this only times them. Not a timed test: `npm run bench` prints it.
import { compileModel, evaluateModel, type Model, parseModel } from "../src/engine/index";
import { modelWithValues, sliderRange, whatIfKeyFigures, whatIfSensitivity } from "../src/web/mkba/what-if";
import { benchModel } from "./engine.bench";

const MOVES = 200;
const ROUNDS = 5;
const TARGET_MS = 100;

/** Slider moves as a user makes them: one parameter at a time, the earlier moves kept. Deterministic. */
function sliderMoves(model: Model): Readonly<Record<string, number>>[] {
  const names = Object.keys(model.parameters);
  const moves: Record<string, number>[] = [];
  let values: Record<string, number> = {};
  for (let k = 0; k < MOVES; k++) {
    const name = names[(k * 7) % names.length] as string;
    const { min, max } = sliderRange(model.parameters[name] as Model["parameters"][string]);
    values = { ...values, [name]: min + ((max - min) * ((k * 37) % 101)) / 100 };
    moves.push(values);
  }
  return moves;
}

/**
 * NPV of the bench model at some parameter values, by hand: each line's value from its formula in
 * bench/engine.bench.ts, times its yearly weight and discount factor, summed over the years.
 */
function plainNpv(model: Model, values: Readonly<Record<string, number>>): number {
  const p = (name: string) => values[name] ?? (model.parameters[name]?.value as number);
  const rate = model.discountRate;
  if (typeof rate !== "number" || model.firstYearDiscounted) throw new Error("the hand-written NPV assumes one rate and an undiscounted year 0");
  let npv = 0;
  model.benefits.forEach((b, i) => {
    const n = p(`n${i}`);
    const v = p(`v${i}`);
    const quantity = i % 3 === 0 ? n * (1 - 0.1) : i % 3 === 1 ? Math.min(n, 60 + 10 * i) : n;
    const unitValue = i % 4 === 0 ? Math.max(0, v - 100) : i % 4 === 1 ? v * 1.02 ** 2 : v;
    const retained = (1 - b.deadweight) * (1 - b.displacement) * (1 - b.attribution) * (1 - b.optimismBias);
    const end = Math.min(model.horizon, b.startYear + (b.duration ?? model.horizon - b.startYear));
    for (let t = b.startYear; t < end; t++) npv += quantity * unitValue * retained * (1 - b.dropOff) ** (t - b.startYear) * (1 + rate) ** -t;
  });
  model.costs.forEach((c, i) => {
    const amount = i % 2 === 0 ? p(`c${i}`) * 1.5 : p(`c${i}`);
    for (const t of c.years) npv -= amount * (1 + c.optimismBias) * (1 + rate) ** -t;
  });
  return npv;
}

interface Stats {
  median: number;
  p95: number;
  max: number;
}

const stats = (xs: readonly number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
  return { median: at(0.5), p95: at(0.95), max: s.at(-1) as number };
};

/** Times `run` on every move, in ms (performance.now). */
function timeMoves(moves: readonly Readonly<Record<string, number>>[], run: (values: Readonly<Record<string, number>>) => unknown): number[] {
  return moves.map((values) => {
    const start = performance.now();
    run(values);
    return performance.now() - start;
  });
}

const ms = (x: number): string => `${x.toFixed(3).padStart(8)} ms`;

export async function runWhatIfBench(): Promise<void> {
  const parsed = parseModel(benchModel());
  if (!parsed.model) throw new Error(`bench model is invalid: ${JSON.stringify(parsed.findings)}`);
  const model = parsed.model;
  const compiled = compileModel(model);
  const moves = sliderMoves(model);
  const paths = {
    slider: (values: Readonly<Record<string, number>>) => whatIfKeyFigures(compiled, values),
    sensitivity: (values: Readonly<Record<string, number>>) => whatIfSensitivity(compiled, values),
    full: (values: Readonly<Record<string, number>>) => evaluateModel(modelWithValues(model, values), { monteCarlo: false }),
    plain: (values: Readonly<Record<string, number>>) => plainNpv(model, values),
  };
  const times: Record<keyof typeof paths, number[]> = { slider: [], sensitivity: [], full: [], plain: [] };
  // One warm-up pass each (JIT), then rounds that alternate the paths so each sees the same machine load.
  for (const run of Object.values(paths)) timeMoves(moves, run);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(paths) as [keyof typeof paths, (typeof paths)[keyof typeof paths]][]) times[name].push(...timeMoves(moves, run));
  }
  const s = { slider: stats(times.slider), sensitivity: stats(times.sensitivity), full: stats(times.full), plain: stats(times.plain) };

  // Cross-check: the slider path's NPV against the hand-written one, at the last move.
  const last = moves.at(-1) as Readonly<Record<string, number>>;
  const engineNpv = whatIfKeyFigures(compiled, last).value.npv;
  const handNpv = plainNpv(model, last);
  const row = (label: string, x: Stats) => `  ${label.padEnd(58)} median ${ms(x.median)}  p95 ${ms(x.p95)}  max ${ms(x.max)}`;
  const worstMove = s.slider.max;
  console.log(
    [
      "",
      `what-if: ${Object.keys(model.parameters).length} parameters, ${model.horizon} years, ${model.costs.length + model.benefits.length} lines; ${MOVES} slider moves × ${ROUNDS} alternating rounds`,
      row("slider path: key figures on the compiled model", s.slider),
      row("deferred: switching values + tornado (when sliding pauses)", s.sensitivity),
      row("full recompute per move (the old slider path; today's engine)", s.full),
      row("peer: plain-JS NPV by hand (NPV only, no engine)", s.plain),
      `  ratio full recompute / slider path: ${(s.full.median / s.slider.median).toFixed(1)}× median, ${(s.full.max / s.slider.max).toFixed(1)}× max`,
      `  ratio slider path / plain-JS NPV: ${(s.slider.median / s.plain.median).toFixed(2)}× median (the slider path also gives BCRs, stakeholders, flows, payback)`,
      `  target ≤ ${TARGET_MS} ms per slider move (slider path, max): ${worstMove <= TARGET_MS ? "met" : "EXCEEDED"} (${worstMove.toFixed(2)} ms); full recompute max ${s.full.max.toFixed(2)} ms: ${s.full.max <= TARGET_MS ? "also within" : "over"} the target`,
      `  cross-check at the last move: NPV engine ${engineNpv.toFixed(2)}, plain JS ${handNpv.toFixed(2)} (relative difference ${Math.abs(engineNpv / handNpv - 1).toExponential(1)})`,
    ].join("\n"),
  );
}
